//! A city: its Table 1 characteristics and every quoted fact about it.

use serde::{Deserialize, Serialize};

#[cfg(schema)]
use super::formats::{COUNTRY_CODE, FIRST_YEAR, LANGUAGE, LAST_YEAR, SLUG, YEAR_MONTH};
use super::sources::SourceRef;
use super::terms::{Continent, Stance};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[cfg_attr(schema, schemars(deny_unknown_fields, transform = super::formats::always_written))]
pub struct Mayor {
    pub name: String,
    #[cfg_attr(schema, schemars(range(min = FIRST_YEAR, max = LAST_YEAR)))]
    pub since: Option<i32>,
    pub source: SourceRef,
}

/// Which passage backs each group of a city's characteristics.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[cfg_attr(schema, schemars(deny_unknown_fields, transform = super::formats::always_written))]
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
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[cfg_attr(schema, schemars(deny_unknown_fields, transform = super::formats::always_written))]
pub struct City {
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub id: String,
    pub name: String,
    pub country: String,
    #[cfg_attr(schema, schemars(pattern(COUNTRY_CODE)))]
    pub country_code: String,
    pub continent: Continent,
    #[cfg_attr(schema, schemars(range(min = -90.0, max = 90.0)))]
    pub lat: f64,
    #[cfg_attr(schema, schemars(range(min = -180.0, max = 180.0)))]
    pub lon: f64,
    pub participant: bool,
    pub mayor: Option<Mayor>,
    #[cfg_attr(schema, schemars(range(min = 1)))]
    pub population: Option<u64>,
    /// The population as the source writes it ("1.2 million"), which is rounded.
    pub population_text: Option<String>,
    #[cfg_attr(schema, schemars(range(min = 0.0, max = 100.0)))]
    pub migrant_share_pct: Option<f64>,
    /// The date of the Table 1 figures (`YYYY-MM`).
    #[cfg_attr(schema, schemars(pattern(YEAR_MONTH)))]
    pub as_of: Option<String>,
    /// ISO 639-1 codes of the city administration's main official languages.
    #[cfg_attr(schema, schemars(length(min = 1), inner(pattern(LANGUAGE))))]
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
#[cfg_attr(schema, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct Fact {
    pub text: String,
    pub source: SourceRef,
}

/// One Table A1 cell or one sector priority stated in chapter 3.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct Priority {
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub sector: String,
    pub stance: Stance,
    pub text: String,
    pub source: SourceRef,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct CityChallenge {
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub challenge: String,
    /// The sectors the dataset reads the challenge as bearing on (an editorial reading, explained
    /// in the notes), so that match-making can use it; empty when it bears on none in particular.
    #[serde(default)]
    #[cfg_attr(schema, schemars(inner(pattern(SLUG))))]
    pub sectors: Vec<String>,
    pub text: String,
    pub source: SourceRef,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct CityOpportunity {
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub opportunity: String,
    pub text: String,
    pub source: SourceRef,
}

/// A named municipal programme, centre or plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[cfg_attr(schema, schemars(deny_unknown_fields, transform = super::formats::always_written))]
pub struct Initiative {
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub id: String,
    pub name: String,
    #[cfg_attr(schema, schemars(inner(pattern(SLUG))))]
    pub sectors: Vec<String>,
    /// The partnership this initiative is part of, where the source presents it so (Kanifing's
    /// artist residency with Madison): it restates that partnership, so match-making evaluation
    /// hides it when it tests whether the engine finds that partnership.
    #[serde(default)]
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub partnership: Option<String>,
    #[cfg_attr(schema, schemars(range(min = FIRST_YEAR, max = LAST_YEAR)))]
    pub since: Option<i32>,
    pub text: String,
    pub source: SourceRef,
}

/// What a city says it wants from partnerships (section 4.2, Box 3, chapter 3, the second paper),
/// quoted, with the dataset's reading of what it asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[cfg_attr(schema, schemars(deny_unknown_fields, transform = super::formats::always_written))]
pub struct Wish {
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub id: String,
    /// The sectors the wish speaks to (an editorial reading, explained in the notes); empty for a
    /// wish about partnership in general.
    #[cfg_attr(schema, schemars(inner(pattern(SLUG))))]
    pub sectors: Vec<String>,
    /// Continents of the partners it asks for, only where the text names them.
    pub partner_continents: Vec<Continent>,
    /// The partnership the wish belongs to, when it restates one (the Box 3 proposals).
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub partnership: Option<String>,
    pub text: String,
    pub source: SourceRef,
}
