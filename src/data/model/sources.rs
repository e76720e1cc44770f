//! Where the dataset's facts come from: the source documents and a reference into one of them.

use serde::{Deserialize, Serialize};

#[cfg(schema)]
use super::formats::{DATE, NON_BLANK, SLUG};

/// The `doc` value of facts that are plain public reference facts (coordinates, ISO codes,
/// official languages) rather than statements of one of the two source documents.
pub const REFERENCE_DOC: &str = "reference";

/// The `doc` of what a city or partner organisation states about itself on a device: kept apart
/// from the sources, never merged into the shipped file under this name.
pub const SELF_DESCRIBED_DOC: &str = "self-described";

/// The `doc` of facts a maintainer merged from a contribution file; `ref` names who contributed
/// them and when.
pub const CONTRIBUTION_DOC: &str = "contribution";

/// Whether a document holds what people stated rather than a published text: it has no file in
/// the seeds and its texts are not quotations to check.
pub fn is_contributed_doc(doc: &str) -> bool {
    doc == SELF_DESCRIBED_DOC || doc == CONTRIBUTION_DOC
}

/// Where a fact comes from: a source document and the table, box, figure or section in it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema), schemars(deny_unknown_fields, transform = source_ref))]
pub struct SourceRef {
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub doc: String,
    #[serde(rename = "ref", default)]
    #[cfg_attr(schema, schemars(pattern(NON_BLANK)))]
    pub section: Option<String>,
}

impl SourceRef {
    pub fn is_reference(&self) -> bool {
        self.doc == REFERENCE_DOC
    }

    /// A fact someone stated about their own city or organisation (self-described on a device,
    /// or merged from a contribution), shown apart from quotations.
    pub fn is_contributed(&self) -> bool {
        is_contributed_doc(&self.doc)
    }
}

/// One of the source documents in `../shared/seeds/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[cfg_attr(schema, schemars(deny_unknown_fields, transform = super::formats::always_written))]
pub struct Document {
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub id: String,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    #[cfg_attr(schema, schemars(pattern(DATE)))]
    pub date: Option<String>,
    pub kind: String,
    pub licence: Option<String>,
    pub file: String,
}

/// A source is a public reference fact (`doc` is "reference", no `ref` or a null one) or a passage of a source
/// document, which names its table, box, figure or section in `ref`.
#[cfg(schema)]
fn source_ref(schema: &mut schemars::Schema) {
    schema.insert(
        "if".into(),
        serde_json::json!({"properties": {"doc": {"const": REFERENCE_DOC}}}),
    );
    schema.insert(
        "then".into(),
        serde_json::json!({"properties": {"ref": {"type": "null"}}}),
    );
    schema.insert("else".into(), serde_json::json!({"required": ["ref"]}));
}
