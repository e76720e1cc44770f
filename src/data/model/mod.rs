//! The shape of `public/data/dataset.json`, version 1.
//!
//! These types mirror `public/data/dataset.schema.json` one to one: the file is a public contract
//! that partner websites reuse, so a field changes here only together with the schema and
//! `schema_version`. Leaf modules first: sources, then the vocabularies, then what uses them.

mod city;
mod links;
mod sources;
mod terms;

pub use city::*;
pub use links::*;
pub use sources::*;
pub use terms::*;

use serde::{Deserialize, Serialize};

/// The dataset version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

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
