//! Moving a session between devices by file: the export format and a full check of a file
//! before anything is stored, as for proposals (`docs/workshop-format.md`):
//! `{"format": "passerelle-workshop", "version": 1, "exported_at": "…", "session": { … }}`.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::check::{check, Problem, ProblemKind};
use super::model::Session;
use crate::data::Catalog;

pub const FORMAT: &str = "passerelle-workshop";
pub const VERSION: u32 = 1;
/// A session with a plan for a few hundred cities stays far below this.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

#[derive(Debug, Serialize)]
struct ExportFile<'a> {
    format: &'a str,
    version: u32,
    exported_at: &'a str,
    session: &'a Session,
}

/// The export file for `session`, pretty-printed so it stays readable.
pub fn export(session: &Session, now: &str) -> String {
    let file = ExportFile {
        format: FORMAT,
        version: VERSION,
        exported_at: now,
        session,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Why a file cannot be imported. Nothing is stored when any of these occurs.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("the file is {bytes} bytes; workshop files are at most {MAX_FILE_BYTES} bytes")]
    TooLarge { bytes: usize },
    #[error("the file is not valid JSON (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    #[error("this is not a Passerelle workshop file")]
    Foreign,
    #[error("the file was written by a newer Passerelle (format version {0}); update the app to import it")]
    NewerVersion(u64),
    #[error("the file has {} problem(s), the first: {}", .0.len(), .0.first().map(ToString::to_string).unwrap_or_default())]
    Invalid(Vec<Problem>),
}

fn invalid(path: &str, kind: ProblemKind) -> ImportError {
    ImportError::Invalid(vec![Problem {
        path: path.into(),
        kind,
    }])
}

/// Reads and fully checks a workshop file against the dataset, without storing anything.
pub fn parse(text: &str, catalog: &Catalog) -> Result<Session, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::Foreign);
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(1) => {}
        Some(v) if v > u64::from(VERSION) => return Err(ImportError::NewerVersion(v)),
        _ => return Err(invalid("version", ProblemKind::BelowMinimum { min: 1 })),
    }
    let Some(item) = value.get("session") else {
        let message = "missing field `session`".to_string();
        return Err(invalid("session", ProblemKind::Shape { message }));
    };
    let session = Session::deserialize(item).map_err(|e| {
        let message = e.to_string();
        invalid("session", ProblemKind::Shape { message })
    })?;
    let problems: Vec<Problem> = check(&session, catalog)
        .into_iter()
        .map(|p| Problem {
            path: format!("session.{}", p.path),
            kind: p.kind,
        })
        .collect();
    if problems.is_empty() {
        Ok(session)
    } else {
        Err(ImportError::Invalid(problems))
    }
}
