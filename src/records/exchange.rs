//! Moving records between devices by file, for any kind of [`Record`]: the file, a full check
//! of it before anything is stored, and the plan for records whose id already exists.
//!
//! A file is `{"format": "<name>", "version": 1, "exported_at": "…", "<kind>": [ … ]}` and
//! nothing else.

use std::collections::BTreeSet;

use serde_json::{Map, Value};
use thiserror::Error;

use super::checks::is_timestamp;
use super::problems::{Path, ProblemKind, Problems};
use super::{reader, Record, Stored};

/// A kind of file: its name, the version this app writes, and its limits, which keep a
/// hostile file from exhausting the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileFormat {
    pub name: &'static str,
    pub version: u64,
    pub max_bytes: usize,
    pub max_records: usize,
}

/// Why a file cannot be imported. Nothing is stored when any of these occurs.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("the file is {bytes} bytes; at most {limit}")]
    TooLarge { bytes: usize, limit: usize },
    #[error("the file is not valid JSON (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    #[error("this is not a file of this kind")]
    Foreign,
    #[error("the file was written by a newer version of the app (format version {0})")]
    NewerVersion(u64),
    #[error("the file has {} problem(s)", .0.total())]
    Invalid(Problems),
}

/// The export file for `records`, pretty-printed so it stays readable.
pub fn export<R: Record>(format: &FileFormat, records: &[R], now: &str) -> String {
    let mut file = Map::new();
    file.insert("format".into(), format.name.into());
    file.insert("version".into(), format.version.into());
    file.insert("exported_at".into(), now.into());
    let list = records
        .iter()
        .filter_map(|r| serde_json::to_value(r).ok())
        .collect();
    file.insert(R::KIND.into(), Value::Array(list));
    serde_json::to_string_pretty(&Value::Object(file)).unwrap_or_default()
}

/// Reads and fully checks a file, without storing anything. Without `context` the
/// references to it (the dataset) are not checked.
pub fn parse<R: Record>(
    format: &FileFormat,
    text: &str,
    context: Option<&R::Context>,
) -> Result<Vec<R>, ImportError> {
    if text.len() > format.max_bytes {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            limit: format.max_bytes,
        });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let Some(file) = value.as_object() else {
        return Err(ImportError::Foreign);
    };
    if file.get("format").and_then(Value::as_str) != Some(format.name) {
        return Err(ImportError::Foreign);
    }
    let top = Path::default();
    let mut problems = Problems::default();
    match file.get("version").map(Value::as_u64) {
        Some(Some(v)) if v == format.version => {}
        Some(Some(v)) if v > format.version => return Err(ImportError::NewerVersion(v)),
        _ => problems.push(
            top.field("version"),
            ProblemKind::UnknownValue(format.version.to_string()),
        ),
    }
    if !file
        .get("exported_at")
        .and_then(Value::as_str)
        .is_some_and(is_timestamp)
    {
        problems.push(top.field("exported_at"), ProblemKind::NotADateTime);
    }
    for key in file.keys() {
        if !["format", "version", "exported_at", R::KIND].contains(&key.as_str()) {
            problems.push(top.field(key), ProblemKind::UnknownField(key.clone()));
        }
    }
    let list = top.field(R::KIND);
    let items = match file.get(R::KIND) {
        Some(Value::Array(items)) if items.len() <= format.max_records => items.as_slice(),
        Some(Value::Array(_)) => {
            problems.push(
                list.clone(),
                ProblemKind::TooMany {
                    limit: format.max_records,
                },
            );
            &[]
        }
        _ => {
            problems.push(
                list.clone(),
                ProblemKind::WrongType(super::problems::Expected::List),
            );
            &[]
        }
    };
    let mut records = Vec::new();
    let mut ids = BTreeSet::new();
    for (i, item) in items.iter().enumerate() {
        let at = list.item(i);
        match reader::read::<R>(item, &at) {
            Ok(record) => {
                record.check(context, &at, &mut problems);
                if !ids.insert(record.id().to_string()) {
                    let id = super::problems::echo(record.id());
                    problems.push(at.field("id"), ProblemKind::DuplicateId(id));
                }
                records.push(record);
            }
            Err(problem) => problems.push(problem.path, problem.kind),
        }
    }
    if problems.is_empty() {
        Ok(records)
    } else {
        Err(ImportError::Invalid(problems))
    }
}

/// A record of the file whose id exists on the device with other content.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict<R> {
    pub local: R,
    pub incoming: R,
}

/// What importing a checked file would do. Every record to write carries as its revision the
/// stored one it replaces (see [`super::apply`]), so storage counts the import as a new
/// revision and a tab holding an older copy is told, never overwritten or overwriting.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPlan<R> {
    /// Ids not on the device, or deleted from it: stored as they are.
    pub added: Vec<R>,
    /// Ids on the device with the same content: nothing to do.
    pub unchanged: Vec<String>,
    /// The user chooses for each.
    pub conflicts: Vec<Conflict<R>>,
}

pub fn plan<R: Record>(incoming: Vec<R>, existing: &[Stored<R>]) -> ImportPlan<R> {
    let mut plan = ImportPlan {
        added: Vec::new(),
        unchanged: Vec::new(),
        conflicts: Vec::new(),
    };
    for mut record in incoming {
        let stored = existing.iter().find(|s| match s {
            Stored::Live(r) => r.id() == record.id(),
            Stored::Deleted(t) => t.id == record.id(),
        });
        match stored {
            None => {
                record.set_revision(0);
                plan.added.push(record);
            }
            Some(Stored::Deleted(tombstone)) => {
                record.set_revision(tombstone.revision);
                plan.added.push(record);
            }
            Some(Stored::Live(local)) if super::same_content(local, &record) => {
                plan.unchanged.push(record.id().to_string());
            }
            Some(Stored::Live(local)) => {
                record.set_revision(local.revision());
                plan.conflicts.push(Conflict {
                    local: local.clone(),
                    incoming: record,
                });
            }
        }
    }
    plan
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    KeepMine,
    /// The file's version replaces the device's, as its next revision.
    TakeTheirs,
    /// Keep the device's and add the file's under a new id.
    KeepBoth,
}

/// The record to write for a resolved conflict, if any. `new_id` names the copy under
/// [`Resolution::KeepBoth`]; `now` dates it.
pub fn resolve<R: Record>(
    conflict: &Conflict<R>,
    resolution: Resolution,
    new_id: &str,
    now: &str,
) -> Option<R> {
    match resolution {
        Resolution::KeepMine => None,
        Resolution::TakeTheirs => Some(conflict.incoming.clone()),
        Resolution::KeepBoth => Some(conflict.incoming.copy_as(new_id, now)),
    }
}
