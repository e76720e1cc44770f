//! The contribution file: profiles and corrections a device hands to the dataset's maintainers,
//! checked in full before anything uses it. Documented in docs/contributions-format.md:
//! `{"format": "passerelle-contribution", "version": 1, "exported_at": "…", "contributor": "…",
//! "profiles": [ … ], "corrections": [ … ]}`.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::check::{check_profile, MAX_NAME, MAX_WORDS};
use super::corrections::{parse_path, Correction, Field};
use super::problems::{ProblemKind, Problems};
use super::profile::Profile;
use crate::data::Catalog;
use crate::records::checks::is_date;
use crate::records::checks::is_timestamp;
use crate::records::problems::echo;

pub const FORMAT: &str = "passerelle-contribution";
pub const VERSION: u64 = 1;

/// Limits that keep a hostile file from exhausting the device.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
pub const MAX_PROFILES: usize = 100;
pub const MAX_CORRECTIONS: usize = 1_000;

/// What a contributor hands in: their profiles and their corrections of the dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Contribution {
    /// RFC 3339 UTC timestamp of the export.
    pub exported_at: String,
    /// Who sends the file (a person, an office, an organisation); merged profiles cite it.
    pub contributor: String,
    pub profiles: Vec<Profile>,
    pub corrections: Vec<Correction>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    exported_at: &'a str,
    contributor: &'a str,
    profiles: &'a [Profile],
    corrections: &'a [Correction],
}

/// The keys a version 1 file may have at its top level.
const KEYS: [&str; 6] = [
    "format",
    "version",
    "exported_at",
    "contributor",
    "profiles",
    "corrections",
];

/// The contribution file, pretty-printed so that a maintainer can read it.
pub fn export(contribution: &Contribution) -> String {
    let file = FileOut {
        format: FORMAT,
        version: VERSION,
        exported_at: &contribution.exported_at,
        contributor: &contribution.contributor,
        profiles: &contribution.profiles,
        corrections: &contribution.corrections,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Why a contribution file cannot be used. Nothing is stored or merged when any occurs.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ContributionError {
    #[error("the file is {bytes} bytes; contribution files are at most {MAX_FILE_BYTES} bytes")]
    TooLarge { bytes: usize },
    #[error("the file is not valid JSON (line {line}, column {column}): {message}")]
    NotJson {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("this is not a Passerelle contribution file (its \"format\" is not \"{FORMAT}\")")]
    Foreign,
    #[error("the file is format version {0}, written by a newer Passerelle; update Passerelle (reload the app, or pull the latest passerelle-cli) and try again, or ask the sender to export it again as version {VERSION}")]
    NewerVersion(u64),
    #[error("the file has {} problem(s); the first is {}", .problems.list.len() + .problems.more, .problems.list.first().map(ToString::to_string).unwrap_or_default())]
    Invalid { problems: Problems },
}

fn json(text: &str) -> Result<Value, ContributionError> {
    serde_json::from_str(text).map_err(|e| ContributionError::NotJson {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })
}

/// Reads a contribution file and checks every profile and correction against the dataset.
pub fn parse(text: &str, catalog: &Catalog) -> Result<Contribution, ContributionError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ContributionError::TooLarge { bytes: text.len() });
    }
    let value = json(text)?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ContributionError::Foreign);
    }
    let mut problems = Problems::default();
    match value.get("version").and_then(Value::as_u64) {
        Some(VERSION) => {}
        Some(v) if v > VERSION => return Err(ContributionError::NewerVersion(v)),
        _ => problems.push("version", ProblemKind::Expected("1")),
    }
    if let Some(object) = value.as_object() {
        for key in object.keys().filter(|k| !KEYS.contains(&k.as_str())) {
            problems.push(echo(key), ProblemKind::Shape("unknown field".into()));
        }
    }
    let field = |name: &str| value.get(name).and_then(Value::as_str).unwrap_or_default();
    let exported_at = field("exported_at").to_string();
    if !is_timestamp(&exported_at) {
        problems.push("exported_at", ProblemKind::NotTimestamp(echo(&exported_at)));
    }
    let contributor = field("contributor").to_string();
    problems.text("contributor", &contributor, MAX_NAME);
    let profiles = items::<Profile>(&value, "profiles", MAX_PROFILES, &mut problems);
    let mut ids = BTreeSet::new();
    for (i, profile) in &profiles {
        let path = format!("profiles[{i}]");
        check_profile(profile, catalog, &path, &mut problems);
        if !ids.insert(profile.id.as_str()) {
            problems.push(format!("{path}.id"), ProblemKind::Twice(echo(&profile.id)));
        }
    }
    let corrections = items::<Correction>(&value, "corrections", MAX_CORRECTIONS, &mut problems);
    let mut paths = BTreeSet::new();
    for (i, correction) in &corrections {
        check_correction(
            correction,
            catalog,
            &format!("corrections[{i}]"),
            &mut problems,
        );
        if !paths.insert(correction.path.as_str()) {
            let path = format!("corrections[{i}].path");
            problems.push(path, ProblemKind::Twice(echo(&correction.path)));
        }
    }
    if !problems.is_empty() {
        return Err(ContributionError::Invalid { problems });
    }
    Ok(Contribution {
        exported_at,
        contributor,
        profiles: profiles.into_iter().map(|(_, p)| p).collect(),
        corrections: corrections.into_iter().map(|(_, c)| c).collect(),
    })
}

/// The items of the list `name` that have the right shape, with their positions; the others
/// are problems. An absent list is empty.
fn items<T: for<'de> Deserialize<'de>>(
    value: &Value,
    name: &str,
    max: usize,
    problems: &mut Problems,
) -> Vec<(usize, T)> {
    let list = match value.get(name) {
        None => return Vec::new(),
        Some(Value::Array(list)) if list.len() <= max => list,
        Some(Value::Array(_)) => {
            problems.push(name, ProblemKind::TooMany { max });
            return Vec::new();
        }
        Some(_) => {
            problems.push(name, ProblemKind::Expected("a list"));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for (i, item) in list.iter().enumerate() {
        match T::deserialize(item) {
            Ok(t) => out.push((i, t)),
            Err(e) => problems.push(
                format!("{name}[{i}]"),
                ProblemKind::Shape(shorten_error(&e)),
            ),
        }
    }
    out
}

/// serde's message, cut: it may quote a hostile value.
fn shorten_error(error: &serde_json::Error) -> String {
    let message = error.to_string();
    if message.chars().count() > 200 {
        message.chars().take(200).chain(['…']).collect()
    } else {
        message
    }
}

/// Every rule of one correction: a path to a fact of the dataset, a value of its type, a reason,
/// who and when.
pub fn check_correction(
    correction: &Correction,
    catalog: &Catalog,
    path: &str,
    problems: &mut Problems,
) {
    let at = |field: &str| format!("{path}.{field}");
    match parse_path(&correction.path) {
        Err(problem) => problems.push(at("path"), problem),
        Ok((city, field)) => {
            if catalog.city(&city).is_none() {
                problems.push(at("path"), ProblemKind::UnknownCity(echo(&city)));
            }
            if let Field::Priority(sector) = &field {
                if catalog.sector(sector).is_none() {
                    problems.push(at("path"), ProblemKind::UnknownSector(echo(sector)));
                }
            }
            if let Err(problem) = field.edit(&correction.value) {
                problems.push(at("value"), problem);
            }
        }
    }
    problems.text(at("reason"), &correction.reason, MAX_WORDS);
    problems.length(at("reference"), &correction.reference, MAX_WORDS);
    problems.text(at("who"), &correction.who, MAX_NAME);
    if !is_date(&correction.when) {
        problems.push(at("when"), ProblemKind::NotDate(echo(&correction.when)));
    }
}
