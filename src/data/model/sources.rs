//! Where the dataset's facts come from: the source documents and a reference into one of them.

use serde::{Deserialize, Serialize};

/// The `doc` value of facts that are plain public reference facts (coordinates, ISO codes,
/// official languages) rather than statements of one of the two source documents.
pub const REFERENCE_DOC: &str = "reference";

/// Where a fact comes from: a source document and the table, box, figure or section in it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SourceRef {
    pub doc: String,
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
}

impl SourceRef {
    pub fn is_reference(&self) -> bool {
        self.doc == REFERENCE_DOC
    }
}

/// One of the source documents in `../shared/seeds/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub date: Option<String>,
    pub kind: String,
    pub licence: Option<String>,
    pub file: String,
}
