//! The rules a profile keeps, checked against the dataset the same way whether it comes from a
//! contribution file, a share link or the form; and the flag for a profile that names a city the
//! dataset already has.

use std::collections::BTreeSet;

use super::problems::{ProblemKind, Problems};
use super::profile::{NetworkRef, Profile};
use crate::data::validate::{is_slug, is_year_month};
use crate::data::{Catalog, City};
use crate::records::checks::is_date;
use crate::records::problems::echo;
use crate::search::fold;

/// Limits that keep a hostile file from exhausting the device or the layout.
pub const MAX_ID: usize = 64;
pub const MAX_NAME: usize = 200;
pub const MAX_WORDS: usize = 2_000;
pub const MAX_ITEMS: usize = 50;

/// Every rule of `profile`, its problems located under `path` (`profiles[0]`).
pub fn check_profile(profile: &Profile, catalog: &Catalog, path: &str, problems: &mut Problems) {
    let at = |field: &str| format!("{path}.{field}");
    if !is_slug(&profile.id) || profile.id.len() > MAX_ID {
        problems.push(at("id"), ProblemKind::NotId(echo(&profile.id)));
    }
    problems.text(at("name"), &profile.name, MAX_NAME);
    problems.text(at("country"), &profile.country, MAX_NAME);
    if !is_country_code(&profile.country_code) {
        problems.push(
            at("country_code"),
            ProblemKind::NotCountryCode(echo(&profile.country_code)),
        );
    }
    if let Some(location) = profile.location {
        range(
            problems,
            at("location.lat"),
            location.lat,
            -90.0,
            90.0,
            "-90..90",
        );
        range(
            problems,
            at("location.lon"),
            location.lon,
            -180.0,
            180.0,
            "-180..180",
        );
    }
    if profile.languages.is_empty() {
        problems.push(
            at("languages"),
            ProblemKind::Expected("at least one language"),
        );
    }
    problems.items(at("languages"), profile.languages.len(), MAX_ITEMS);
    let mut seen = BTreeSet::new();
    for (j, language) in profile.languages.iter().enumerate().take(MAX_ITEMS) {
        let p = format!("{path}.languages[{j}]");
        if !is_language(language) {
            problems.push(&p, ProblemKind::NotLanguage(echo(language)));
        } else if !seen.insert(language) {
            problems.push(&p, ProblemKind::Twice(language.clone()));
        }
    }
    problems.items(at("networks"), profile.networks.len(), MAX_ITEMS);
    for (j, network) in profile.networks.iter().enumerate().take(MAX_ITEMS) {
        let p = format!("{path}.networks[{j}]");
        match network {
            NetworkRef::Dataset(id) if catalog.network(id).is_none() => {
                problems.push(
                    format!("{p}.dataset"),
                    ProblemKind::UnknownNetwork(echo(id)),
                );
            }
            NetworkRef::Dataset(_) => {}
            NetworkRef::New(name) => problems.text(format!("{p}.new"), name, MAX_NAME),
        }
    }
    problems.items(at("priorities"), profile.priorities.len(), MAX_ITEMS);
    for (j, priority) in profile.priorities.iter().enumerate().take(MAX_ITEMS) {
        let p = format!("{path}.priorities[{j}]");
        if catalog.sector(&priority.sector).is_none() {
            problems.push(
                format!("{p}.sector"),
                ProblemKind::UnknownSector(echo(&priority.sector)),
            );
        }
        problems.text(format!("{p}.text"), &priority.text, MAX_WORDS);
    }
    if let Some(facts) = &profile.facts {
        if !profile.kind.has_table_facts() {
            problems.push(at("facts"), ProblemKind::FactsForKind(profile.kind.into()));
        }
        if facts.population == 0 {
            problems.push(
                at("facts.population"),
                ProblemKind::OutOfRange {
                    value: "0".into(),
                    range: "1 and more",
                },
            );
        }
        let share = facts.migrant_share_pct;
        range(
            problems,
            at("facts.migrant_share_pct"),
            share,
            0.0,
            100.0,
            "0..100",
        );
        problems.text(at("facts.mayor"), &facts.mayor, MAX_NAME);
        if let Some(year) = facts.mayor_since {
            year_in_range(problems, at("facts.mayor_since"), year);
        }
        if !is_year_month(&facts.as_of) {
            problems.push(at("facts.as_of"), ProblemKind::NotMonth(echo(&facts.as_of)));
        }
    }
    if !is_date(&profile.date) {
        problems.push(at("date"), ProblemKind::NotDate(echo(&profile.date)));
    }
}

/// The dataset city whose name is the profile's, ignoring case and accents ("Zurich" for
/// Zürich): the profile may describe a city the dataset already has.
pub fn duplicate_of<'a>(profile: &Profile, catalog: &'a Catalog) -> Option<&'a City> {
    let name = fold(profile.name.trim());
    catalog
        .cities()
        .iter()
        .find(|city| fold(city.name.trim()) == name)
}

pub fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

pub fn is_language(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

pub fn year_in_range(problems: &mut Problems, path: String, year: i32) {
    if !(1900..=2100).contains(&year) {
        problems.push(
            path,
            ProblemKind::OutOfRange {
                value: year.to_string(),
                range: "1900..2100",
            },
        );
    }
}

/// A finite number within `min..=max`.
pub fn range(
    problems: &mut Problems,
    path: String,
    value: f64,
    min: f64,
    max: f64,
    says: &'static str,
) {
    if !(min..=max).contains(&value) {
        problems.push(
            path,
            ProblemKind::OutOfRange {
                value: crate::format::decimal(value, 4, &crate::format::ENGLISH),
                range: says,
            },
        );
    }
}
