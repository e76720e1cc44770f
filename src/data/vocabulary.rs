//! The dataset's terms in another language than the sources'.
//!
//! The dataset is written in the language of its sources (English). For each other interface
//! language, `public/data/vocabulary/<language>.json` names its goals, sectors, challenges,
//! opportunities and countries. `passerelle-cli pack` checks it against the dataset and packs it
//! beside it (`<language>.bin`), which the app fetches when the user picks that language: the
//! browser then needs no JSON parser, which would cost every page about 10 kB of its download
//! (brotli). Adding a language is adding that file (and the interface strings in `locales/`), not
//! code.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};
use thiserror::Error;

use super::catalog::Catalog;
use super::pack::{pack_as, unpack_as, PackError};
use crate::id::Id;

/// The language the dataset's own names are written in.
pub const DATASET_LANGUAGE: &str = "en";

/// The kinds of dataset terms a vocabulary names; the id of each is its key in a vocabulary
/// file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, IntoStaticStr, VariantArray)]
pub enum TermKind {
    #[strum(serialize = "goals")]
    Goal,
    #[strum(serialize = "sectors")]
    Sector,
    #[strum(serialize = "challenges")]
    Challenge,
    #[strum(serialize = "opportunities")]
    Opportunity,
    /// Countries, by ISO 3166 code.
    #[strum(serialize = "countries")]
    Country,
}

/// The first bytes of every packed vocabulary.
const MAGIC: &[u8; 8] = b"PSRLVOCB";

/// One language's names for the dataset's terms.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    pub language: String,
    goals: BTreeMap<String, String>,
    sectors: BTreeMap<String, String>,
    challenges: BTreeMap<String, String>,
    opportunities: BTreeMap<String, String>,
    countries: BTreeMap<String, String>,
}

/// Why a vocabulary file cannot be used as it is.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum VocabularyError {
    #[error("the vocabulary file is not valid: {0}")]
    Parse(String),
    #[error("{kind} \"{id}\" has no name in the {language} vocabulary: add it to the file")]
    Missing {
        language: String,
        kind: &'static str,
        id: String,
    },
    #[error(
        "{kind} \"{id}\" in the {language} vocabulary is not in the dataset: remove or rename it"
    )]
    Unknown {
        language: String,
        kind: &'static str,
        id: String,
    },
}

impl Vocabulary {
    pub fn parse(json: &str) -> Result<Self, VocabularyError> {
        serde_json::from_str(json).map_err(|e| VocabularyError::Parse(e.to_string()))
    }

    /// The packed form the app loads; pack only a vocabulary [`Vocabulary::check`] found whole.
    pub fn pack(&self) -> Result<Vec<u8>, postcard::Error> {
        pack_as(MAGIC, self)
    }

    /// A vocabulary from its packed bytes, refusing anything but one packed by this model.
    pub fn unpack(bytes: &[u8]) -> Result<Self, PackError> {
        unpack_as(MAGIC, bytes)
    }

    fn names(&self, kind: TermKind) -> &BTreeMap<String, String> {
        match kind {
            TermKind::Goal => &self.goals,
            TermKind::Sector => &self.sectors,
            TermKind::Challenge => &self.challenges,
            TermKind::Opportunity => &self.opportunities,
            TermKind::Country => &self.countries,
        }
    }

    pub fn name(&self, kind: TermKind, id: &str) -> Option<&str> {
        self.names(kind).get(id).map(String::as_str)
    }

    /// Every term of `catalog` this vocabulary does not name, and every name it has for a term
    /// the catalog does not know: a complete vocabulary gives an empty list.
    pub fn check(&self, catalog: &Catalog) -> Vec<VocabularyError> {
        let mut problems = Vec::new();
        for &kind in TermKind::VARIANTS {
            let ids: BTreeSet<&str> = dataset_terms(catalog, kind)
                .into_iter()
                .map(|(id, _)| id)
                .collect();
            let names = self.names(kind);
            for id in ids.iter().filter(|id| !names.contains_key(**id)) {
                problems.push(VocabularyError::Missing {
                    language: self.language.clone(),
                    kind: kind.id(),
                    id: id.to_string(),
                });
            }
            for id in names.keys().filter(|id| !ids.contains(id.as_str())) {
                problems.push(VocabularyError::Unknown {
                    language: self.language.clone(),
                    kind: kind.id(),
                    id: id.clone(),
                });
            }
        }
        problems
    }
}

/// The terms of one kind in the dataset, as (id, name in the dataset's language).
fn dataset_terms(catalog: &Catalog, kind: TermKind) -> Vec<(&str, &str)> {
    let data = catalog.data();
    let terms = match kind {
        TermKind::Goal => &data.goals,
        TermKind::Challenge => &data.challenges,
        TermKind::Opportunity => &data.opportunities,
        TermKind::Sector => {
            return data
                .sectors
                .iter()
                .map(|s| (s.id.as_str(), s.name.as_str()))
                .collect()
        }
        TermKind::Country => {
            return data
                .cities
                .iter()
                .map(|c| (c.country_code.as_str(), c.country.as_str()))
                .collect()
        }
    };
    terms
        .iter()
        .map(|t| (t.id.as_str(), t.name.as_str()))
        .collect()
}

/// The dataset's own name of a term: by index, since a list of thousands of cities asks for a
/// country's name on every card.
fn dataset_name<'a>(catalog: &'a Catalog, kind: TermKind, id: &str) -> Option<&'a str> {
    let data = catalog.data();
    let terms = match kind {
        TermKind::Goal => &data.goals,
        TermKind::Challenge => &data.challenges,
        TermKind::Opportunity => &data.opportunities,
        TermKind::Sector => return catalog.sector(id).map(|s| s.name.as_str()),
        TermKind::Country => return catalog.country_name(id),
    };
    catalog.term(terms, id).map(|t| t.name.as_str())
}

/// The name of a term in `vocabulary`'s language, or the dataset's own name while no vocabulary
/// is loaded (or when it lacks the term), or the id itself for a term the dataset lacks.
pub fn term_name(
    catalog: &Catalog,
    vocabulary: Option<&Vocabulary>,
    kind: TermKind,
    id: &str,
) -> String {
    vocabulary
        .and_then(|v| v.name(kind, id))
        .or_else(|| dataset_name(catalog, kind, id))
        .unwrap_or(id)
        .to_string()
}
