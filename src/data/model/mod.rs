//! The shape of `public/data/dataset.json`, version 1.
//!
//! These types mirror `public/data/dataset.schema.json` one to one: the file is a public contract
//! that partner websites reuse, so a field changes here only together with the schema and
//! `schema_version`.

mod links;

pub use links::*;

use serde::{Deserialize, Serialize};

/// The dataset version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The `doc` value of facts that are plain public reference facts (coordinates, ISO codes,
/// official languages) rather than statements of one of the two source documents.
pub const REFERENCE_DOC: &str = "reference";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
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
    /// What the city says it wants from partnerships; absent from files written before wishes
    /// were recorded.
    #[serde(default)]
    pub wishes: Vec<Wish>,
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
    /// The sectors the dataset reads the challenge as bearing on (an editorial reading, explained
    /// in the notes), so that match-making can use it; empty when it bears on none in particular.
    #[serde(default)]
    pub sectors: Vec<String>,
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
    /// The partnership this initiative is part of, where the source presents it so (Kanifing's
    /// artist residency with Madison): it restates that partnership, so match-making evaluation
    /// hides it when it tests whether the engine finds that partnership.
    #[serde(default)]
    pub partnership: Option<String>,
    pub since: Option<i32>,
    pub text: String,
    pub source: SourceRef,
}

/// What a city says it wants from partnerships (section 4.2, Box 3, chapter 3, the second paper),
/// quoted, with the dataset's reading of what it asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Wish {
    pub id: String,
    /// The sectors the wish speaks to (an editorial reading, explained in the notes); empty for a
    /// wish about partnership in general.
    pub sectors: Vec<String>,
    /// Continents of the partners it asks for, only where the text names them.
    pub partner_continents: Vec<Continent>,
    /// The partnership the wish belongs to, when it restates one (the Box 3 proposals).
    pub partnership: Option<String>,
    pub text: String,
    pub source: SourceRef,
}
