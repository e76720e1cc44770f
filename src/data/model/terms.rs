//! The vocabularies: entries the dataset defines with a quotation or a definition, and the closed
//! lists of values the code itself knows (continents, stances, modes, statuses, network types).

use serde::{Deserialize, Serialize};

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
pub enum Continent {
    Africa,
    Europe,
    Asia,
    NorthAmerica,
}

impl Continent {
    pub const ALL: [Continent; 4] = [
        Continent::Africa,
        Continent::Europe,
        Continent::Asia,
        Continent::NorthAmerica,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Continent::Africa => "africa",
            Continent::Europe => "europe",
            Continent::Asia => "asia",
            Continent::NorthAmerica => "north-america",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// How a city relates to a sector, as the dataset reads the quoted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stance {
    /// A recognised capability it can offer.
    Expertise,
    /// Actively building it.
    Investing,
    /// A pressing priority it wants help with.
    Need,
}

impl Stance {
    pub const ALL: [Stance; 3] = [Stance::Expertise, Stance::Investing, Stance::Need];

    pub fn id(self) -> &'static str {
        match self {
            Stance::Expertise => "expertise",
            Stance::Investing => "investing",
            Stance::Need => "need",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NetworkType {
    Generalist,
    Thematic,
    Geographical,
    LinguisticCultural,
    MultiStakeholder,
    Philanthropic,
    IndividualInitiative,
}

impl NetworkType {
    pub const ALL: [NetworkType; 7] = [
        NetworkType::Generalist,
        NetworkType::Thematic,
        NetworkType::Geographical,
        NetworkType::LinguisticCultural,
        NetworkType::MultiStakeholder,
        NetworkType::Philanthropic,
        NetworkType::IndividualInitiative,
    ];

    pub fn id(self) -> &'static str {
        match self {
            NetworkType::Generalist => "generalist",
            NetworkType::Thematic => "thematic",
            NetworkType::Geographical => "geographical",
            NetworkType::LinguisticCultural => "linguistic-cultural",
            NetworkType::MultiStakeholder => "multi-stakeholder",
            NetworkType::Philanthropic => "philanthropic",
            NetworkType::IndividualInitiative => "individual-initiative",
        }
    }
}

/// The four modes of collaboration of chapter 4 of the first source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    PeerLearning,
    Development,
    Economic,
    ServiceDelivery,
}

impl Mode {
    pub const ALL: [Mode; 4] = [
        Mode::PeerLearning,
        Mode::Development,
        Mode::Economic,
        Mode::ServiceDelivery,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Mode::PeerLearning => "peer-learning",
            Mode::Development => "development",
            Mode::Economic => "economic",
            Mode::ServiceDelivery => "service-delivery",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.id() == id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartnershipStatus {
    Existing,
    Emerging,
    Pipeline,
}

impl PartnershipStatus {
    pub const ALL: [PartnershipStatus; 3] = [
        PartnershipStatus::Existing,
        PartnershipStatus::Emerging,
        PartnershipStatus::Pipeline,
    ];

    pub fn id(self) -> &'static str {
        match self {
            PartnershipStatus::Existing => "existing",
            PartnershipStatus::Emerging => "emerging",
            PartnershipStatus::Pipeline => "pipeline",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }
}
