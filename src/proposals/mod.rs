//! Partnership proposals: the model, the rules of their statuses, duplicates, the list and
//! progress views, the proposal as a document (printed or in Markdown), their limits, and
//! export and import by file. A proposal is a [`crate::records::Record`]; no browser API here.

pub mod document;
pub mod exchange;
pub mod limits;
pub mod list;
pub mod markdown;
mod model;
mod record;
pub mod records;
pub mod rules;

pub use model::*;

/// A new proposal id from 128 random bits.
pub fn new_id(random: u128) -> String {
    format!("p-{random:032x}")
}
