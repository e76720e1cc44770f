//! The shape of `public/data/dataset.json`, version 1.
//!
//! These types mirror `public/data/dataset.schema.json` one to one: the file is a public contract
//! that partner websites reuse, so a field changes here only together with the schema and
//! `schema_version`.

use serde::{Deserialize, Serialize};

/// The dataset version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The `doc` value of facts that are plain public reference facts (coordinates, ISO codes,
/// official languages) rather than statements of one of the two source documents.
pub const REFERENCE_DOC: &str = "reference";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub schema_version: u32,
    pub sources: Vec<Document>,
    pub goals: Vec<Term>,
    pub sectors: Vec<Sector>,
    pub stances: Vec<Definition>,
    pub collaboration_modes: Vec<Term>,
    pub partnership_statuses: Vec<Definition>,
    pub network_types: Vec<Term>,
    pub challenges: Vec<Term>,
    pub opportunities: Vec<Term>,
    pub cities: Vec<City>,
    pub networks: Vec<Network>,
    pub partnerships: Vec<Partnership>,
    pub funding: Vec<Funding>,
    pub notes: Vec<Note>,
}

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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mayor {
    pub name: String,
    pub since: Option<i32>,
    pub source: SourceRef,
}

/// Which passage backs each group of a city's characteristics.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CitySources {
    /// Where the city is named as a participant or as a partner.
    pub named_in: SourceRef,
    /// Table 1 for the participants it lists: population, migrant share, mayor, country.
    pub characteristics: Option<SourceRef>,
    pub country: SourceRef,
    pub location: SourceRef,
    pub languages: SourceRef,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct City {
    pub id: String,
    pub name: String,
    pub country: String,
    pub country_code: String,
    pub continent: Continent,
    pub lat: f64,
    pub lon: f64,
    pub participant: bool,
    pub mayor: Option<Mayor>,
    pub population: Option<u64>,
    /// The population as the source writes it ("1.2 million"), which is rounded.
    pub population_text: Option<String>,
    pub migrant_share_pct: Option<f64>,
    /// The date of the Table 1 figures (`YYYY-MM`).
    pub as_of: Option<String>,
    /// ISO 639-1 codes of the city administration's main official languages.
    pub languages: Vec<String>,
    pub sources: CitySources,
    pub priorities: Vec<Priority>,
    pub challenges: Vec<CityChallenge>,
    pub opportunities: Vec<CityOpportunity>,
    pub initiatives: Vec<Initiative>,
    pub covid_responses: Vec<Fact>,
    pub mobility: Vec<Fact>,
}

/// A quoted statement with its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub text: String,
    pub source: SourceRef,
}

/// One Table A1 cell or one sector priority stated in chapter 3.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Priority {
    pub sector: String,
    pub stance: Stance,
    pub text: String,
    pub source: SourceRef,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CityChallenge {
    pub challenge: String,
    pub text: String,
    pub source: SourceRef,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CityOpportunity {
    pub opportunity: String,
    pub text: String,
    pub source: SourceRef,
}

/// A named municipal programme, centre or plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Initiative {
    pub id: String,
    pub name: String,
    pub sectors: Vec<String>,
    pub since: Option<i32>,
    pub text: String,
    pub source: SourceRef,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    Global,
    Africa,
    Europe,
    Mediterranean,
    AfricaEurope,
    National,
}

impl Scope {
    pub fn id(self) -> &'static str {
        match self {
            Scope::Global => "global",
            Scope::Africa => "africa",
            Scope::Europe => "europe",
            Scope::Mediterranean => "mediterranean",
            Scope::AfricaEurope => "africa-europe",
            Scope::National => "national",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Network {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub network_type: Option<NetworkType>,
    /// The passage of the second paper that names this network as an example of its type;
    /// `None` when the type is the dataset's own reading.
    pub type_source: Option<SourceRef>,
    pub scope: Scope,
    /// Member cities, as far as the sources name them.
    pub members: Vec<String>,
    pub founded: Option<i32>,
    /// The size as the source states it ("50 local government members").
    pub size_text: Option<String>,
    pub sectors: Vec<String>,
    pub in_figure_1: bool,
    pub text: String,
    pub source: SourceRef,
    pub also_in: Vec<SourceRef>,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartnershipKind {
    Twinning,
    SisterCity,
    Bilateral,
    MultiCity,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Partnership {
    pub id: String,
    pub cities: Vec<String>,
    pub sectors: Vec<String>,
    pub mode: Mode,
    pub since: Option<i32>,
    pub status: PartnershipStatus,
    pub kind: PartnershipKind,
    /// The network the tie runs through, where the source names one.
    pub network: Option<String>,
    pub funding: Vec<String>,
    pub summary: String,
    pub source: SourceRef,
    pub also_in: Vec<SourceRef>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FundingKind {
    /// A named fund, facility or programme.
    Instrument,
    /// An organisation that funds city work.
    Funder,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Funding {
    pub id: String,
    pub name: String,
    pub kind: FundingKind,
    pub provider: String,
    pub funds: String,
    pub for_whom: String,
    pub sectors: Vec<String>,
    pub since: Option<i32>,
    pub text: String,
    pub source: SourceRef,
    pub also_in: Vec<SourceRef>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoteKind {
    /// The two documents, or two passages, say different things.
    Disagreement,
    /// The text rendering of a source is wrong and the dataset corrects it.
    Correction,
    /// A reading the dataset makes (stances, modes, types).
    Editorial,
    /// Background a reader needs to interpret a value.
    Context,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub id: String,
    pub kind: NoteKind,
    pub text: String,
    pub sources: Vec<SourceRef>,
}
