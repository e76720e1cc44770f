//! The shape of `public/data/dataset.json`, version 1.
//!
//! The file is a public contract that partner websites reuse, so a field changes here only
//! together with `schema_version`. Its JSON Schema, `public/data/dataset.schema.json`, is
//! generated from these types on native builds (`cfg(schema)`, see `data::schema`): the
//! `schemars` attributes state what the types alone do not (id patterns, ranges, required
//! nulls), and `passerelle-cli schema --write` rewrites the file. Leaf modules first: sources,
//! then the vocabularies, then what uses them.

mod city;
#[cfg(schema)]
mod formats;
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

/// Cities, priorities, networks, partnerships and funding instruments from the two source
/// documents, each fact with its source. Ids are lowercase ASCII slugs and are part of the
/// contract: embed links and saved proposals refer to them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
#[cfg_attr(
    schema,
    schemars(
        title = "Passerelle dataset of the Mayors Dialogue on Growth and Solidarity",
        extend("$id" = "https://passerelle.example/data/dataset.schema.json")
    )
)]
pub struct Dataset {
    #[cfg_attr(schema, schemars(extend("const" = SCHEMA_VERSION)))]
    pub schema_version: u32,
    #[cfg_attr(schema, schemars(length(min = 1)))]
    pub sources: Vec<Document>,
    pub goals: Vec<Term>,
    /// The thirteen columns of Table A1.
    #[cfg_attr(schema, schemars(length(min = 13)))]
    pub sectors: Vec<Sector>,
    pub stances: Vec<Definition>,
    pub collaboration_modes: Vec<Term>,
    pub partnership_statuses: Vec<Definition>,
    pub network_types: Vec<Term>,
    pub challenges: Vec<Term>,
    pub opportunities: Vec<Term>,
    #[cfg_attr(schema, schemars(length(min = 1)))]
    pub cities: Vec<City>,
    pub networks: Vec<Network>,
    pub partnerships: Vec<Partnership>,
    pub funding: Vec<Funding>,
    pub notes: Vec<Note>,
}

impl Dataset {
    /// The vocabularies of terms, each defined with a quotation, by the name of its list.
    pub fn vocabularies(&self) -> [(&'static str, &Vec<Term>); 5] {
        [
            ("goals", &self.goals),
            ("collaboration_modes", &self.collaboration_modes),
            ("network_types", &self.network_types),
            ("challenges", &self.challenges),
            ("opportunities", &self.opportunities),
        ]
    }
}
