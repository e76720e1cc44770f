//! What the generated JSON Schema says beyond the types (native builds only): the formats of
//! strings, the ranges of numbers, and the two rules that tie fields together. The browser
//! checks the same in `data::validate`.

use schemars::Schema;
use serde_json::{json, Value};

/// A lowercase ASCII slug: every id, and every reference to one.
pub const SLUG: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
/// Some text other than white space.
pub const NON_BLANK: &str = r"\S";
/// An ISO 3166 alpha-2 country code.
pub const COUNTRY_CODE: &str = "^[A-Z]{2}$";
/// An ISO 639 language code.
pub const LANGUAGE: &str = "^[a-z]{2,3}$";
/// A month: `YYYY-MM`.
pub const YEAR_MONTH: &str = "^[0-9]{4}-(0[1-9]|1[0-2])$";
/// A publication date: `YYYY` or `YYYY-MM`.
pub const DATE: &str = "^[0-9]{4}(-[0-9]{2})?$";
/// A section of chapter 3 of the first source, where each sector is described.
pub const CHAPTER_3_SECTION: &str = r"^3\.[12]\.[0-9]$";
/// The plausible years of a founding, a start or a mayor's term.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2100;

/// The file writes every field, null when it is empty: each is required, except those serde
/// fills in when they are absent (a `default` in the schema), which files written before they
/// existed lack. Without this, the schema would let a reader expect an `Option` field to be
/// missing.
pub fn always_written(schema: &mut Schema) {
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return;
    };
    let required: Vec<Value> = properties
        .iter()
        .filter(|(_, property)| property.get("default").is_none())
        .map(|(name, _)| name.as_str().into())
        .collect();
    schema.insert("required".into(), required.into());
}

/// An eligibility names at least one continent or one network.
pub fn eligibility(schema: &mut Schema) {
    schema.insert(
        "anyOf".into(),
        json!([
            {"properties": {"continents": {"minItems": 1}}},
            {"properties": {"networks": {"minItems": 1}}}
        ]),
    );
}
