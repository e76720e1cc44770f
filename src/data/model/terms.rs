//! The vocabularies: entries the dataset defines with a quotation or a definition, and the closed
//! lists of values the code itself knows (continents, stances, modes, statuses, network types).

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

use super::sources::SourceRef;

/// A vocabulary entry defined by a passage of the sources (goals, modes, network types,
/// challenges, opportunities).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Term {
    pub id: String,
    pub name: String,
    pub text: String,
    pub source: SourceRef,
}

/// A vocabulary entry the dataset defines itself (stances, partnership statuses).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Definition {
    pub id: String,
    pub name: String,
    pub description: String,
}

/// A column of Table A1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sector {
    pub id: String,
    pub name: String,
    pub goal: String,
    pub table_a1_column: u32,
    pub chapter_3_section: String,
    pub source: SourceRef,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum PartnershipStatus {
    Existing,
    Emerging,
    Pipeline,
}
