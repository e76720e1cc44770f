//! The vocabularies: entries the dataset defines with a quotation or a definition, and the closed
//! lists of values the code itself knows (continents, stances, modes, statuses, network types).

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

#[cfg(schema)]
use super::formats::{CHAPTER_3_SECTION, SLUG};
use super::sources::SourceRef;

/// A vocabulary entry defined by a passage of the sources (goals, modes, network types,
/// challenges, opportunities).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct Term {
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub id: String,
    pub name: String,
    pub text: String,
    pub source: SourceRef,
}

/// A vocabulary entry the dataset defines itself (stances, partnership statuses).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct Definition {
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub id: String,
    pub name: String,
    pub description: String,
}

/// A column of Table A1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct Sector {
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub id: String,
    pub name: String,
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub goal: String,
    #[cfg_attr(schema, schemars(range(min = 1, max = 13)))]
    pub table_a1_column: u32,
    #[cfg_attr(schema, schemars(pattern(CHAPTER_3_SECTION)))]
    pub chapter_3_section: String,
    pub source: SourceRef,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum Continent {
    Africa,
    Europe,
    Asia,
    NorthAmerica,
}

/// How a city relates to a sector, as the dataset reads the quoted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum Stance {
    /// A recognised capability it can offer.
    Expertise,
    /// Actively building it.
    Investing,
    /// A pressing priority it wants help with.
    Need,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum NetworkType {
    Generalist,
    Thematic,
    Geographical,
    LinguisticCultural,
    MultiStakeholder,
    Philanthropic,
    IndividualInitiative,
}

/// The four modes of collaboration of chapter 4 of the first source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum Mode {
    PeerLearning,
    Development,
    Economic,
    ServiceDelivery,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum PartnershipStatus {
    Existing,
    Emerging,
    Pipeline,
}
