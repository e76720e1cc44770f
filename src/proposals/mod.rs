//! Partnership proposals: the model, the rules of their statuses, duplicates, the list and
//! progress views, Markdown documents, and export and import by file. No browser API here; the
//! browser storage lives in `ui::storage`.

pub mod exchange;
pub mod list;
pub mod markdown;
mod model;
pub mod records;
pub mod rules;

pub use model::*;

/// A new proposal id from 128 random bits.
pub fn new_id(random: u128) -> String {
    format!("p-{random:032x}")
}
