//! Corrections of dataset facts: which facts a path can name, what value each takes, and how a
//! merge applies one. A path is `cities/<city id>/<field>`; the fields are listed in
//! [`FIELDS`] and in docs/contributions-format.md.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::check::{is_country_code, is_language, MAX_ITEMS, MAX_NAME, MAX_WORDS};
use super::problems::ProblemKind;
use crate::data::validate::is_year_month;
use crate::data::{City, Continent, Mayor, Priority, SourceRef, Stance};
use crate::id::Id;
use crate::records::problems::echo;

/// A proposed change to one fact of the dataset, with why and who.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// The fact, e.g. `cities/tunis/population`.
    pub path: String,
    /// The proposed value, typed as the fact is (see [`Field::edit`]).
    pub value: Value,
    pub reason: String,
    /// Where the proposed value can be checked (a publication, a web page); may be empty.
    #[serde(default)]
    pub reference: String,
    pub who: String,
    /// `YYYY-MM-DD`.
    pub when: String,
}

/// The city fields a correction can change, as written in a path.
pub const FIELDS: [&str; 13] = [
    "name",
    "country",
    "country_code",
    "continent",
    "lat",
    "lon",
    "languages",
    "population",
    "migrant_share_pct",
    "as_of",
    "mayor/name",
    "mayor/since",
    "priorities/<sector id>",
];

/// The value a correction form's text stands for, typed as `field` (a name of [`FIELDS`])
/// takes it: a number for figures and coordinates, a list for languages, text otherwise. Text
/// that is not the expected kind stays text, so that the checks say what is wrong with it.
pub fn typed_value(field: &str, text: &str) -> Value {
    let text = text.trim();
    match field {
        "lat" | "lon" | "migrant_share_pct" | "population" | "mayor/since" => {
            serde_json::from_str::<serde_json::Number>(&text.replace(',', "."))
                .map_or_else(|_| Value::String(text.into()), Value::Number)
        }
        "languages" => Value::Array(
            text.split(|c: char| c == ',' || c.is_whitespace())
                .filter(|code| !code.is_empty())
                .map(|code| Value::String(code.to_lowercase()))
                .collect(),
        ),
        _ => Value::String(text.into()),
    }
}

/// A correctable fact of a city.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    Name,
    Country,
    CountryCode,
    Continent,
    Lat,
    Lon,
    Languages,
    Population,
    MigrantShare,
    AsOf,
    MayorName,
    MayorSince,
    /// The city's stance and words in a sector; its other priorities there are replaced.
    Priority(String),
}

/// A checked new value for a [`Field`].
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Text(String),
    Continent(Continent),
    Number(f64),
    Count(u64),
    Year(i32),
    Languages(Vec<String>),
    /// `None` removes the city's priorities in the sector.
    Priority(Option<(Stance, String)>),
}

/// The city id and field a path names.
pub fn parse_path(path: &str) -> Result<(String, Field), ProblemKind> {
    let wrong = || ProblemKind::NotCorrectable(echo(path));
    let mut parts = path.splitn(3, '/');
    let (Some("cities"), Some(city), Some(field)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(wrong());
    };
    let field = match field {
        "name" => Field::Name,
        "country" => Field::Country,
        "country_code" => Field::CountryCode,
        "continent" => Field::Continent,
        "lat" => Field::Lat,
        "lon" => Field::Lon,
        "languages" => Field::Languages,
        "population" => Field::Population,
        "migrant_share_pct" => Field::MigrantShare,
        "as_of" => Field::AsOf,
        "mayor/name" => Field::MayorName,
        "mayor/since" => Field::MayorSince,
        other => match other.strip_prefix("priorities/") {
            Some(sector) if !sector.is_empty() && !sector.contains('/') => {
                Field::Priority(sector.to_string())
            }
            _ => return Err(wrong()),
        },
    };
    Ok((city.to_string(), field))
}

fn text(value: &Value, max: usize) -> Result<String, ProblemKind> {
    let text = value.as_str().ok_or(ProblemKind::Expected("a text"))?;
    if text.trim().is_empty() {
        Err(ProblemKind::Blank)
    } else if text.chars().count() > max {
        Err(ProblemKind::TooLong { max })
    } else {
        Ok(text.to_string())
    }
}

fn number(value: &Value, min: f64, max: f64, range: &'static str) -> Result<f64, ProblemKind> {
    let n = value.as_f64().ok_or(ProblemKind::Expected("a number"))?;
    if (min..=max).contains(&n) {
        Ok(n)
    } else {
        Err(ProblemKind::OutOfRange {
            value: echo(&value.to_string()),
            range,
        })
    }
}

impl Field {
    /// The value checked against the field's type and range.
    pub fn edit(&self, value: &Value) -> Result<Edit, ProblemKind> {
        Ok(match self {
            Field::Name | Field::Country | Field::MayorName => Edit::Text(text(value, MAX_NAME)?),
            Field::CountryCode => {
                let code = text(value, 2).unwrap_or_default();
                if !is_country_code(&code) {
                    return Err(ProblemKind::NotCountryCode(echo(&value.to_string())));
                }
                Edit::Text(code)
            }
            Field::Continent => value
                .as_str()
                .and_then(Continent::from_id)
                .map(Edit::Continent)
                .ok_or(ProblemKind::Expected(
                    "africa, europe, asia or north-america",
                ))?,
            Field::Lat => Edit::Number(number(value, -90.0, 90.0, "-90..90")?),
            Field::Lon => Edit::Number(number(value, -180.0, 180.0, "-180..180")?),
            Field::MigrantShare => Edit::Number(number(value, 0.0, 100.0, "0..100")?),
            Field::Population => match value.as_u64() {
                Some(n) if n > 0 => Edit::Count(n),
                _ => return Err(ProblemKind::Expected("a whole number above 0")),
            },
            Field::MayorSince => match value.as_i64() {
                Some(year) if (1900..=2100).contains(&year) => Edit::Year(year as i32),
                _ => return Err(ProblemKind::Expected("a year from 1900 to 2100")),
            },
            Field::AsOf => {
                let month = text(value, 7).unwrap_or_default();
                if !is_year_month(&month) {
                    return Err(ProblemKind::NotMonth(echo(&value.to_string())));
                }
                Edit::Text(month)
            }
            Field::Languages => {
                let list = value
                    .as_array()
                    .filter(|l| (1..=MAX_ITEMS).contains(&l.len()))
                    .ok_or(ProblemKind::Expected("a list of 1 to 50 language codes"))?;
                let codes: Option<Vec<String>> = list
                    .iter()
                    .map(|v| v.as_str().filter(|c| is_language(c)).map(String::from))
                    .collect();
                Edit::Languages(codes.ok_or(ProblemKind::Expected("ISO 639 codes like 'sw'"))?)
            }
            Field::Priority(_) if value.is_null() => Edit::Priority(None),
            Field::Priority(_) => {
                let stance = value
                    .get("stance")
                    .and_then(Value::as_str)
                    .and_then(Stance::from_id);
                let words = value.get("text").map(|t| text(t, MAX_WORDS));
                let known = value
                    .as_object()
                    .is_some_and(|o| o.keys().all(|k| k == "stance" || k == "text"));
                match (stance, words, known) {
                    (Some(stance), Some(Ok(words)), true) => Edit::Priority(Some((stance, words))),
                    (_, Some(Err(problem)), true) => return Err(problem),
                    _ => {
                        return Err(ProblemKind::Expected(
                            "{\"stance\": \"expertise|investing|need\", \"text\": \"…\"} or null",
                        ))
                    }
                }
            }
        })
    }
}

/// A value as the diff shows it.
fn show<T: std::fmt::Debug>(value: Option<T>) -> String {
    value.map_or_else(|| "null".to_string(), |v| format!("{v:?}"))
}

/// Applies `edit` to `city`, citing `source` for the group of facts it belongs to; returns the
/// old and new values for the diff. A mayor's term cannot be set on a city without a mayor.
pub fn apply(
    city: &mut City,
    field: &Field,
    edit: Edit,
    source: &SourceRef,
) -> Result<(String, String), ProblemKind> {
    let sources = &mut city.sources;
    let old = match (field, edit) {
        (Field::Name, Edit::Text(t)) => show(Some(std::mem::replace(&mut city.name, t))),
        (Field::Country, Edit::Text(t)) => {
            sources.country = source.clone();
            show(Some(std::mem::replace(&mut city.country, t)))
        }
        (Field::CountryCode, Edit::Text(t)) => {
            sources.country = source.clone();
            show(Some(std::mem::replace(&mut city.country_code, t)))
        }
        (Field::Continent, Edit::Continent(c)) => {
            sources.country = source.clone();
            show(Some(std::mem::replace(&mut city.continent, c)))
        }
        (Field::Lat | Field::Lon, Edit::Number(n)) => {
            sources.location = source.clone();
            let slot = if *field == Field::Lat {
                &mut city.lat
            } else {
                &mut city.lon
            };
            show(Some(std::mem::replace(slot, n)))
        }
        (Field::Languages, Edit::Languages(l)) => {
            sources.languages = source.clone();
            show(Some(std::mem::replace(&mut city.languages, l)))
        }
        (Field::Population, Edit::Count(n)) => {
            sources.characteristics = Some(source.clone());
            city.population_text = Some(n.to_string());
            show(city.population.replace(n))
        }
        (Field::MigrantShare, Edit::Number(n)) => {
            sources.characteristics = Some(source.clone());
            show(city.migrant_share_pct.replace(n))
        }
        (Field::AsOf, Edit::Text(t)) => {
            sources.characteristics = Some(source.clone());
            show(city.as_of.replace(t))
        }
        (Field::MayorName, Edit::Text(name)) => match &mut city.mayor {
            Some(mayor) => {
                mayor.source = source.clone();
                show(Some(std::mem::replace(&mut mayor.name, name)))
            }
            None => {
                city.mayor = Some(Mayor {
                    name,
                    since: None,
                    source: source.clone(),
                });
                show(None::<String>)
            }
        },
        (Field::MayorSince, Edit::Year(year)) => {
            let mayor = city.mayor.as_mut().ok_or(ProblemKind::Expected(
                "a mayor's name first (cities/<id>/mayor/name)",
            ))?;
            mayor.source = source.clone();
            show(mayor.since.replace(year))
        }
        (Field::Priority(sector), Edit::Priority(stated)) => {
            let (old, kept): (Vec<Priority>, Vec<Priority>) = std::mem::take(&mut city.priorities)
                .into_iter()
                .partition(|p| &p.sector == sector);
            city.priorities = kept;
            if let Some((stance, text)) = stated {
                city.priorities.push(Priority {
                    sector: sector.clone(),
                    stance,
                    text,
                    source: source.clone(),
                });
            }
            let old: Vec<(Stance, String)> = old.into_iter().map(|p| (p.stance, p.text)).collect();
            show((!old.is_empty()).then_some(old))
        }
        _ => return Err(ProblemKind::Expected("a value of the field's type")),
    };
    let new = current(city, field);
    Ok((old, new))
}

/// The field's value after an edit, for the diff.
fn current(city: &City, field: &Field) -> String {
    match field {
        Field::Name => show(Some(&city.name)),
        Field::Country => show(Some(&city.country)),
        Field::CountryCode => show(Some(&city.country_code)),
        Field::Continent => show(Some(city.continent)),
        Field::Lat => show(Some(city.lat)),
        Field::Lon => show(Some(city.lon)),
        Field::Languages => show(Some(&city.languages)),
        Field::Population => show(city.population),
        Field::MigrantShare => show(city.migrant_share_pct),
        Field::AsOf => show(city.as_of.as_ref()),
        Field::MayorName => show(city.mayor.as_ref().map(|m| &m.name)),
        Field::MayorSince => show(city.mayor.as_ref().and_then(|m| m.since)),
        Field::Priority(sector) => {
            let now: Vec<(Stance, &String)> = city
                .priorities
                .iter()
                .filter(|p| &p.sector == sector)
                .map(|p| (p.stance, &p.text))
                .collect();
            show((!now.is_empty()).then_some(now))
        }
    }
}

#[cfg(test)]
mod form_tests {
    use super::typed_value;
    use serde_json::json;

    #[test]
    fn form_text_is_typed_as_the_field_takes_it() {
        assert_eq!(typed_value("population", " 700000 "), json!(700000));
        assert_eq!(typed_value("migrant_share_pct", "4,5"), json!(4.5));
        assert_eq!(typed_value("population", "many"), json!("many"));
        assert_eq!(typed_value("languages", "AR, fr"), json!(["ar", "fr"]));
        assert_eq!(typed_value("name", " Tunis "), json!("Tunis"));
    }
}
