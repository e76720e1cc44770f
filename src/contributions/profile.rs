//! A self-described profile: what a city or a partner organisation says about itself on a
//! device, in its own words, dated. Nothing here comes from the sources; every fact built from a
//! profile carries a source that says so.

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

use crate::data::{City, CitySources, Continent, Mayor, Priority, SourceRef, Stance};

/// What kind of member of the Dialogue a profile describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum ProfileKind {
    City,
    Region,
    Network,
    Ngo,
    University,
    Funder,
    Company,
}

impl ProfileKind {
    /// Table 1 facts (population, migrant share, mayor) describe a place, not an organisation.
    pub fn has_table_facts(self) -> bool {
        matches!(self, ProfileKind::City | ProfileKind::Region)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub lat: f64,
    pub lon: f64,
}

/// A network the profile belongs to: one of the dataset's, or a new one by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub enum NetworkRef {
    /// A network id of the dataset (`uclga`).
    Dataset(String),
    /// A network the dataset does not know, as the profile names it.
    New(String),
}

/// A sector the profile works on, how, and why in its own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatedPriority {
    pub sector: String,
    pub stance: Stance,
    pub text: String,
}

/// The facts of a Table 1 row, all given together as in the source's table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableFacts {
    pub population: u64,
    pub migrant_share_pct: f64,
    pub mayor: String,
    #[serde(default)]
    pub mayor_since: Option<i32>,
    /// The month the figures describe, `YYYY-MM`.
    pub as_of: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// A lowercase slug, distinct from the dataset's city ids; it becomes the city id if a
    /// maintainer merges the profile.
    pub id: String,
    pub name: String,
    pub kind: ProfileKind,
    pub country: String,
    /// ISO 3166 alpha-2.
    pub country_code: String,
    pub continent: Continent,
    /// Where the map draws it; `None` keeps it off the map.
    #[serde(default)]
    pub location: Option<Location>,
    /// ISO 639 codes of its working languages, at least one (absent reads as none, which the
    /// checks refuse with a located problem).
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub networks: Vec<NetworkRef>,
    #[serde(default)]
    pub priorities: Vec<StatedPriority>,
    #[serde(default)]
    pub facts: Option<TableFacts>,
    /// The day its author described it, `YYYY-MM-DD`.
    pub date: String,
}

impl Profile {
    /// The profile as a dataset city whose every fact cites `source`. Without a location it
    /// stands at 0, 0: callers keep it off the map ([`super::candidates::SelfDescribed::located`]).
    pub fn to_city(&self, source: &SourceRef) -> City {
        let location = self.location.unwrap_or(Location { lat: 0.0, lon: 0.0 });
        let facts = self.facts.as_ref().filter(|_| self.kind.has_table_facts());
        City {
            id: self.id.clone(),
            name: self.name.clone(),
            country: self.country.clone(),
            country_code: self.country_code.clone(),
            continent: self.continent,
            lat: location.lat,
            lon: location.lon,
            participant: false,
            mayor: facts.map(|f| Mayor {
                name: f.mayor.clone(),
                since: f.mayor_since,
                source: source.clone(),
            }),
            population: facts.map(|f| f.population),
            population_text: facts.map(|f| f.population.to_string()),
            migrant_share_pct: facts.map(|f| f.migrant_share_pct),
            as_of: facts.map(|f| f.as_of.clone()),
            languages: self.languages.clone(),
            sources: CitySources {
                named_in: source.clone(),
                characteristics: facts.map(|_| source.clone()),
                country: source.clone(),
                location: source.clone(),
                languages: source.clone(),
            },
            priorities: self
                .priorities
                .iter()
                .map(|p| Priority {
                    sector: p.sector.clone(),
                    stance: p.stance,
                    text: p.text.clone(),
                    source: source.clone(),
                })
                .collect(),
            challenges: Vec::new(),
            opportunities: Vec::new(),
            initiatives: Vec::new(),
            wishes: Vec::new(),
            covid_responses: Vec::new(),
            mobility: Vec::new(),
        }
    }

    /// The dataset networks it names.
    pub fn dataset_networks(&self) -> impl Iterator<Item = &str> {
        self.networks.iter().filter_map(|n| match n {
            NetworkRef::Dataset(id) => Some(id.as_str()),
            NetworkRef::New(_) => None,
        })
    }
}
