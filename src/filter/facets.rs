//! The facets of the city list, their values and a selection of them.

use std::collections::{BTreeMap, BTreeSet};

use strum::IntoStaticStr;

use crate::data::{Catalog, City, Continent, Stance};
use crate::id::{Id, VariantArray};

/// A facet of the city list; its id is the URL parameter that carries its values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum Facet {
    Continent,
    Country,
    Sector,
    Stance,
    Network,
    Population,
    Role,
}

/// Population bands for the population facet. The bounds are the app's own, not the sources'.
pub const POPULATION_BANDS: [(&str, u64, u64); 4] = [
    ("under-500k", 0, 500_000),
    ("500k-1m", 500_000, 1_000_000),
    ("1m-2m", 1_000_000, 2_000_000),
    ("2m-plus", 2_000_000, u64::MAX),
];
/// The band of cities whose population the sources do not give.
pub const POPULATION_UNKNOWN: &str = "unknown";

pub const ROLE_PARTICIPANT: &str = "participant";
pub const ROLE_PARTNER: &str = "partner";
/// The role facet's values, in display order.
const ROLES: [&str; 2] = [ROLE_PARTICIPANT, ROLE_PARTNER];

/// The place of a population's band among the population facet's values (the unknown band
/// last).
pub fn population_place(population: Option<u64>) -> usize {
    population
        .and_then(|p| {
            POPULATION_BANDS
                .iter()
                .position(|(_, low, high)| (*low..*high).contains(&p))
        })
        .unwrap_or(POPULATION_BANDS.len())
}

pub fn population_band(population: Option<u64>) -> &'static str {
    POPULATION_BANDS
        .get(population_place(population))
        .map_or(POPULATION_UNKNOWN, |(id, _, _)| id)
}

/// The place of a city's role among the role facet's values.
pub fn role_place(city: &City) -> usize {
    usize::from(!city.participant)
}

pub fn role(city: &City) -> &'static str {
    ROLES[role_place(city)]
}

/// An inclusive range of migrant shares in percent; an open end is unbounded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ShareRange {
    pub min: Option<u8>,
    pub max: Option<u8>,
}

impl ShareRange {
    pub fn is_set(&self) -> bool {
        self.min.is_some() || self.max.is_some()
    }

    /// A city whose share is unknown is outside every set range.
    pub fn contains(&self, share: Option<f64>) -> bool {
        if !self.is_set() {
            return true;
        }
        share.is_some_and(|s| {
            self.min.is_none_or(|min| s >= f64::from(min))
                && self.max.is_none_or(|max| s <= f64::from(max))
        })
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CityFilter {
    selected: BTreeMap<Facet, BTreeSet<String>>,
    pub share: ShareRange,
    pub query: String,
}

static NONE: BTreeSet<String> = BTreeSet::new();

impl CityFilter {
    pub fn values(&self, facet: Facet) -> &BTreeSet<String> {
        self.selected.get(&facet).unwrap_or(&NONE)
    }

    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.values(facet).contains(value)
    }

    pub fn set(&mut self, facet: Facet, values: impl IntoIterator<Item = String>) {
        let values: BTreeSet<String> = values.into_iter().collect();
        if values.is_empty() {
            self.selected.remove(&facet);
        } else {
            self.selected.insert(facet, values);
        }
    }

    /// Adds the value if absent, removes it if present.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let mut values = self.values(facet).clone();
        if !values.remove(value) {
            values.insert(value.to_string());
        }
        self.set(facet, values);
    }

    pub fn clear(&mut self) {
        *self = CityFilter::default();
    }

    pub fn is_empty(&self) -> bool {
        self.selected.is_empty() && !self.share.is_set() && self.query.trim().is_empty()
    }

    /// The facets with a selection, in display order.
    pub fn selections(&self) -> impl Iterator<Item = (Facet, &BTreeSet<String>)> {
        self.selected.iter().map(|(f, v)| (*f, v))
    }
}

/// The values a facet offers, in display order: the catalogue's ids and the filter's own. The
/// counts go by a value's place in this order (`Tally` in `apply.rs`; `tests/filter_counts.rs`
/// checks every count).
pub fn facet_values(catalog: &Catalog, facet: Facet) -> Vec<&str> {
    let cities = catalog.cities();
    match facet {
        Facet::Continent => Continent::VARIANTS
            .iter()
            .copied()
            .filter(|c| cities.iter().any(|city| city.continent == *c))
            .map(|c| c.id())
            .collect(),
        Facet::Country => catalog.country_codes().iter().map(String::as_str).collect(),
        Facet::Sector => catalog.sectors().iter().map(|s| s.id.as_str()).collect(),
        Facet::Stance => Stance::VARIANTS.iter().map(|s| s.id()).collect(),
        Facet::Network => catalog
            .networks()
            .iter()
            .filter(|n| !n.members.is_empty())
            .map(|n| n.id.as_str())
            .collect(),
        Facet::Population => POPULATION_BANDS
            .iter()
            .map(|(id, _, _)| *id)
            .chain([POPULATION_UNKNOWN])
            .collect(),
        Facet::Role => ROLES.into(),
    }
}
