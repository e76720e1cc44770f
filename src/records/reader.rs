//! Reads a record from a parsed JSON value with the record's own `Deserialize`, so the model
//! stays the single description of the format, but reports a failure as a typed [`Problem`]
//! with its path (`proposals[2].cities[0].city`) instead of serde's English sentence.

use std::fmt;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, MapAccess, SeqAccess, VariantAccess,
    Visitor,
};
use serde::forward_to_deserialize_any;
use serde_json::Value;

use super::problems::{echo, Expected, Path, Problem, ProblemKind};

/// `value` as a `T`, or the first problem met, located under `at`.
pub fn read<T: DeserializeOwned>(value: &Value, at: &Path) -> Result<T, Problem> {
    T::deserialize(Reader {
        value,
        path: at.clone(),
    })
    .map_err(|e| Problem {
        path: e.path.unwrap_or_else(|| at.clone()),
        kind: e.kind,
    })
}

#[derive(Debug)]
struct ReadError {
    path: Option<Path>,
    kind: ProblemKind,
}

impl ReadError {
    fn new(kind: ProblemKind) -> Self {
        ReadError { path: None, kind }
    }

    /// Places an error raised without a place (by a visitor) where it was raised.
    fn at(mut self, path: &Path) -> Self {
        self.path.get_or_insert_with(|| path.clone());
        self
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.kind)
    }
}

impl std::error::Error for ReadError {}

impl de::Error for ReadError {
    fn custom<T: fmt::Display>(_: T) -> Self {
        ReadError::new(ProblemKind::WrongType(Expected::Group))
    }
    fn invalid_type(_: de::Unexpected, expected: &dyn de::Expected) -> Self {
        // Only the visitors of `deserialize_any` get here: anything but text or numbers.
        let expected = expected.to_string();
        let kind = if expected.contains("string") || expected.contains("variant") {
            Expected::Text
        } else if expected.contains("integer") || expected.contains("u64") {
            Expected::WholeNumber
        } else {
            Expected::Group
        };
        ReadError::new(ProblemKind::WrongType(kind))
    }
    fn unknown_variant(variant: &str, _: &'static [&'static str]) -> Self {
        ReadError::new(ProblemKind::UnknownValue(echo(variant)))
    }
    fn unknown_field(field: &str, _: &'static [&'static str]) -> Self {
        ReadError::new(ProblemKind::UnknownField(echo(field)))
    }
    fn missing_field(field: &'static str) -> Self {
        ReadError::new(ProblemKind::Missing(field.into()))
    }
}

struct Reader<'a> {
    value: &'a Value,
    path: Path,
}

impl<'a> Reader<'a> {
    fn wrong(&self, expected: Expected) -> ReadError {
        ReadError::new(ProblemKind::WrongType(expected)).at(&self.path)
    }
}

impl<'de> de::Deserializer<'de> for Reader<'de> {
    type Error = ReadError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let path = self.path.clone();
        match self.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => visitor.visit_u64(u),
                (None, Some(i)) => visitor.visit_i64(i),
                _ => visitor.visit_f64(n.as_f64().unwrap_or_default()),
            },
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(items) => visitor.visit_seq(Items {
                items: items.iter(),
                next: 0,
                path: self.path,
            }),
            Value::Object(fields) => visitor.visit_map(Fields {
                fields: fields.iter(),
                value: None,
                path: self.path,
            }),
        }
        .map_err(|e| e.at(&path))
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.value {
            Value::String(s) => visitor.visit_borrowed_str(s),
            _ => Err(self.wrong(Expected::Text)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.value.as_u64() {
            Some(n) => visitor.visit_u64(n),
            None => Err(self.wrong(Expected::WholeNumber)),
        }
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.value {
            Value::Bool(b) => visitor.visit_bool(*b),
            _ => Err(self.wrong(Expected::YesNo)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.value {
            Value::Array(_) => self.deserialize_any(visitor),
            _ => Err(self.wrong(Expected::List)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        match self.value {
            Value::Object(_) => self.deserialize_any(visitor),
            _ => Err(self.wrong(Expected::Group)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    /// Only unit variants, written as their name: the statuses and modes of the model.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        let path = self.path.clone();
        match self.value {
            Value::String(name) => visitor
                .visit_enum(UnitVariant(name))
                .map_err(|e| e.at(&path)),
            _ => Err(self.wrong(Expected::Text)),
        }
    }

    forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u128 f32 f64 char bytes byte_buf unit unit_struct
        newtype_struct tuple tuple_struct map identifier ignored_any
    }
}

struct Items<'a> {
    items: std::slice::Iter<'a, Value>,
    next: usize,
    path: Path,
}

impl<'de> SeqAccess<'de> for Items<'de> {
    type Error = ReadError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ReadError> {
        let Some(value) = self.items.next() else {
            return Ok(None);
        };
        let path = self.path.item(self.next);
        self.next += 1;
        seed.deserialize(Reader { value, path }).map(Some)
    }
}

struct Fields<'a> {
    fields: serde_json::map::Iter<'a>,
    value: Option<(&'a Value, Path)>,
    path: Path,
}

impl<'de> MapAccess<'de> for Fields<'de> {
    type Error = ReadError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, ReadError> {
        let Some((key, value)) = self.fields.next() else {
            return Ok(None);
        };
        let path = self.path.field(key);
        let name = de::value::BorrowedStrDeserializer::<ReadError>::new(key.as_str());
        let key = seed.deserialize(name).map_err(|e| e.at(&path))?;
        self.value = Some((value, path));
        Ok(Some(key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, ReadError> {
        match self.value.take() {
            Some((value, path)) => seed.deserialize(Reader { value, path }),
            None => Err(ReadError::new(ProblemKind::WrongType(Expected::Group))),
        }
    }
}

struct UnitVariant<'a>(&'a str);

impl<'de> EnumAccess<'de> for UnitVariant<'de> {
    type Error = ReadError;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), ReadError> {
        let name = de::value::BorrowedStrDeserializer::<ReadError>::new(self.0);
        Ok((seed.deserialize(name)?, self))
    }
}

impl<'de> VariantAccess<'de> for UnitVariant<'de> {
    type Error = ReadError;

    fn unit_variant(self) -> Result<(), ReadError> {
        Ok(())
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value, ReadError> {
        Err(ReadError::new(ProblemKind::WrongType(Expected::Text)))
    }
    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, ReadError> {
        Err(ReadError::new(ProblemKind::WrongType(Expected::Text)))
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, ReadError> {
        Err(ReadError::new(ProblemKind::WrongType(Expected::Text)))
    }
}
