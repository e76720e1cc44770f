//! The Dialogue dataset: its model, how it is loaded and checked, and an indexed view of it.

mod catalog;
mod locate;
mod model;
mod pack;
#[cfg(schema)]
pub mod schema;
pub mod synthetic;
pub mod validate;
pub mod vocabulary;

pub use catalog::Catalog;
pub use model::*;
pub use pack::{pack, pack_as, unpack, unpack_as, PackError};
pub use validate::Issue;

use thiserror::Error;

/// Why a dataset file could not be used. Each variant says where the problem is, so that a
/// data maintainer can fix the file and a user can report it.
#[derive(Debug, Clone, Error, PartialEq)]
pub enum DatasetError {
    #[error("the file is not valid JSON (line {line}, column {column}): {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Shape { path: String, message: String },
    #[error(transparent)]
    Packed(#[from] PackError),
    #[error("the file has {} problem(s); the first is {}", .0.len(), .0.first().map(ToString::to_string).unwrap_or_default())]
    Inconsistent(Vec<Issue>),
}

impl DatasetError {
    /// Every located problem, one line each, for display.
    pub fn issues(&self) -> Vec<String> {
        match self {
            DatasetError::Inconsistent(issues) => issues.iter().map(ToString::to_string).collect(),
            other => vec![other.to_string()],
        }
    }
}

/// Parses a dataset file and checks it against itself.
pub fn load(json: &str) -> Result<Catalog, DatasetError> {
    from_dataset(parse(json)?)
}

/// Reads a packed dataset (`passerelle-cli pack` checked it before packing) and indexes it,
/// after `extend` added what only this device has: the profiles it mirrors, which check
/// themselves against the dataset (`contributions::Mirror`).
pub fn load_packed<E>(
    bytes: &[u8],
    extend: impl FnOnce(&mut Dataset) -> E,
) -> Result<(Catalog, E), DatasetError> {
    let mut dataset = unpack(bytes)?;
    let extended = extend(&mut dataset);
    Ok((Catalog::new(dataset), extended))
}

/// Checks a dataset built in memory (tests, synthetic benchmarks) and indexes it.
pub fn from_dataset(dataset: Dataset) -> Result<Catalog, DatasetError> {
    let issues = validate::check(&dataset);
    if issues.is_empty() {
        Ok(Catalog::new(dataset))
    } else {
        Err(DatasetError::Inconsistent(issues))
    }
}

/// Parses without the consistency checks, reporting the path of the first field of the wrong
/// shape.
pub fn parse(json: &str) -> Result<Dataset, DatasetError> {
    serde_json::from_str(json).map_err(|e| {
        if e.is_data() {
            DatasetError::Shape {
                path: locate::path_at(json, e.line(), e.column()),
                message: e.to_string(),
            }
        } else {
            DatasetError::Syntax {
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            }
        }
    })
}
