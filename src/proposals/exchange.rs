//! Proposals files: the format (version 1, documented in `docs/proposals-format.md`) over the
//! generic export and import of [`crate::records::exchange`].

use super::limits::{FILE_BYTES, PER_FILE};
use super::model::Proposal;
use crate::data::Catalog;
use crate::records::exchange::{self, FileFormat, ImportError};

pub use crate::records::exchange::{plan, resolve, Conflict, ImportPlan, Resolution};

pub const FORMAT: FileFormat = FileFormat {
    name: "passerelle-proposals",
    version: 1,
    max_bytes: FILE_BYTES,
    max_records: PER_FILE,
};

/// The export file for `proposals`.
pub fn export(proposals: &[Proposal], now: &str) -> String {
    exchange::export(&FORMAT, proposals, now)
}

/// Reads and fully checks a proposals file against the dataset (when there is one), without
/// storing anything.
pub fn parse(text: &str, catalog: Option<&Catalog>) -> Result<Vec<Proposal>, ImportError> {
    exchange::parse(&FORMAT, text, catalog)
}
