//! Faceted filtering of cities, with the number of results each facet value would give.
//!
//! Values combine with OR inside a facet and facets combine with AND. Sector and stance apply to
//! the same priority: "waste management" and "need" finds cities that need help with waste
//! management, not cities that need anything and mention waste management somewhere.

use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, BTreeSet};

use crate::data::{Catalog, City, Continent, Stance};
use crate::id::{Id, VariantArray};
use crate::search::{fold, Field, SearchIndex};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Continent,
    Country,
    Sector,
    Stance,
    Network,
    Population,
    Role,
}

impl Facet {
    pub const ALL: [Facet; 7] = [
        Facet::Continent,
        Facet::Country,
        Facet::Sector,
        Facet::Stance,
        Facet::Network,
        Facet::Population,
        Facet::Role,
    ];

    /// The URL parameter that carries this facet's values.
    pub fn param(self) -> &'static str {
        match self {
            Facet::Continent => "continent",
            Facet::Country => "country",
            Facet::Sector => "sector",
            Facet::Stance => "stance",
            Facet::Network => "network",
            Facet::Population => "population",
            Facet::Role => "role",
        }
    }

    pub fn from_param(param: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.param() == param)
    }
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

pub fn population_band(population: Option<u64>) -> &'static str {
    population
        .and_then(|p| {
            POPULATION_BANDS
                .iter()
                .find(|(_, low, high)| (*low..*high).contains(&p))
        })
        .map_or(POPULATION_UNKNOWN, |(id, _, _)| id)
}

pub fn role(city: &City) -> &'static str {
    if city.participant {
        ROLE_PARTICIPANT
    } else {
        ROLE_PARTNER
    }
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

/// The values a facet offers, in display order.
pub fn facet_values(catalog: &Catalog, facet: Facet) -> Vec<String> {
    let cities = catalog.cities();
    match facet {
        Facet::Continent => Continent::VARIANTS
            .iter()
            .copied()
            .filter(|c| cities.iter().any(|city| city.continent == *c))
            .map(|c| c.id().to_string())
            .collect(),
        Facet::Country => {
            let mut countries: Vec<(&str, &str)> = cities
                .iter()
                .map(|c| (c.country.as_str(), c.country_code.as_str()))
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            crate::order::sort_by(&mut countries, Ord::cmp);
            countries.dedup_by_key(|(_, code)| *code);
            countries
                .into_iter()
                .map(|(_, code)| code.to_string())
                .collect()
        }
        Facet::Sector => catalog.sector_ids(),
        Facet::Stance => Stance::VARIANTS
            .iter()
            .map(|s| s.id().to_string())
            .collect(),
        Facet::Network => catalog
            .networks()
            .iter()
            .filter(|n| !n.members.is_empty())
            .map(|n| n.id.clone())
            .collect(),
        Facet::Population => POPULATION_BANDS
            .iter()
            .map(|(id, _, _)| *id)
            .chain([POPULATION_UNKNOWN])
            .map(String::from)
            .collect(),
        Facet::Role => [ROLE_PARTICIPANT, ROLE_PARTNER].map(String::from).into(),
    }
}

/// What the list shows for a filter.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Positions of the matching cities in [`Catalog::cities`], in catalogue order.
    pub cities: Vec<usize>,
    /// For each matching city, where the search words were found.
    pub found_in: Vec<Vec<Field>>,
    /// For each facet, each value with the number of cities the filter would match if that
    /// value alone were selected in the facet.
    pub counts: BTreeMap<Facet, Vec<(String, usize)>>,
    /// Cities left out only because the migrant-share range is set and their share is unknown.
    pub unknown_share_hidden: usize,
}

/// Runs the filter over the catalogue.
pub fn apply(catalog: &Catalog, index: &SearchIndex, filter: &CityFilter) -> Outcome {
    let searched: Vec<Option<Vec<Field>>> = (0..catalog.cities().len())
        .map(|i| index.matches(i, &filter.query))
        .collect();
    let candidates: Vec<usize> = (0..searched.len())
        .filter(|&i| searched[i].is_some())
        .collect();

    let matching: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| {
            passes(catalog, i, filter, None)
                && filter.share.contains(catalog.cities()[i].migrant_share_pct)
        })
        .collect();
    let counts = Facet::ALL
        .into_iter()
        .map(|facet| {
            let values = facet_values(catalog, facet)
                .into_iter()
                .map(|value| {
                    let n = candidates
                        .iter()
                        .filter(|&&i| {
                            passes(catalog, i, filter, Some((facet, &value)))
                                && filter.share.contains(catalog.cities()[i].migrant_share_pct)
                        })
                        .count();
                    (value, n)
                })
                .collect();
            (facet, values)
        })
        .collect();
    let unknown_share_hidden = if filter.share.is_set() {
        candidates
            .iter()
            .filter(|&&i| {
                passes(catalog, i, filter, None) && catalog.cities()[i].migrant_share_pct.is_none()
            })
            .count()
    } else {
        0
    };
    Outcome {
        found_in: matching
            .iter()
            .map(|&i| searched[i].clone().unwrap_or_default())
            .collect(),
        cities: matching,
        counts,
        unknown_share_hidden,
    }
}

/// Whether the city passes every facet; `replace` swaps one facet's selection for a single
/// value, which is how facet counts are computed.
fn passes(
    catalog: &Catalog,
    city: usize,
    filter: &CityFilter,
    replace: Option<(Facet, &str)>,
) -> bool {
    let replaced = replace.map(|(facet, value)| (facet, BTreeSet::from([value.to_string()])));
    let effective = |facet: Facet| -> Option<&BTreeSet<String>> {
        match &replaced {
            Some((f, set)) if *f == facet => Some(set),
            _ => Some(filter.values(facet)).filter(|set| !set.is_empty()),
        }
    };
    let c = &catalog.cities()[city];
    let allows = |facet: Facet, value: &str| effective(facet).is_none_or(|set| set.contains(value));
    allows(Facet::Continent, c.continent.id())
        && allows(Facet::Country, &c.country_code)
        && allows(Facet::Population, population_band(c.population))
        && allows(Facet::Role, role(c))
        && effective(Facet::Network)
            .is_none_or(|set| catalog.memberships(&c.id).any(|n| set.contains(&n.id)))
        && match (effective(Facet::Sector), effective(Facet::Stance)) {
            (None, None) => true,
            (sectors, stances) => c.priorities.iter().any(|p| {
                sectors.is_none_or(|s| s.contains(&p.sector))
                    && stances.is_none_or(|s| s.contains(p.stance.id()))
            }),
        }
}

/// How the list and the matrix order their cities.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    Name,
    /// Largest first; unknown last.
    Population,
    /// Highest first; unknown last.
    MigrantShare,
    /// Most priorities first.
    Priorities,
    /// Cities with expertise in the sector first, then investing, then need, then none.
    Sector(String),
}

impl SortKey {
    pub fn id(&self) -> String {
        match self {
            SortKey::Name => "name".into(),
            SortKey::Population => "population".into(),
            SortKey::MigrantShare => "migrant-share".into(),
            SortKey::Priorities => "priorities".into(),
            SortKey::Sector(sector) => format!("sector:{sector}"),
        }
    }
}

/// Orders city positions by `key`, breaking ties by name so the order never depends on the
/// order of the file.
pub fn sort(catalog: &Catalog, cities: &mut [usize], key: &SortKey) {
    sort_by_city(catalog, cities, |&i| i, key);
}

/// Orders items that each stand for a city (given by `city_of`, a position in
/// [`Catalog::cities`]) by `key`.
pub fn sort_by_city<T>(
    catalog: &Catalog,
    items: &mut [T],
    city_of: impl Fn(&T) -> usize,
    key: &SortKey,
) {
    let all = catalog.cities();
    let sector_rank = |city: &City, sector: &str| -> u8 {
        // Expertise first: the sector sort answers "who can help with this?".
        city.priorities
            .iter()
            .filter(|p| p.sector == sector)
            .map(|p| match p.stance {
                Stance::Expertise => 0,
                Stance::Investing => 1,
                Stance::Need => 2,
            })
            .min()
            .unwrap_or(3)
    };
    crate::order::sort_by(items, |a, b| {
        let (x, y) = (&all[city_of(a)], &all[city_of(b)]);
        let primary = match key {
            SortKey::Name => Ordering::Equal,
            SortKey::Population => (x.population.is_none(), Reverse(x.population))
                .cmp(&(y.population.is_none(), Reverse(y.population))),
            SortKey::MigrantShare => {
                let rank = |c: &City| c.migrant_share_pct.map(|s| Reverse((s * 100.0) as i64));
                (x.migrant_share_pct.is_none(), rank(x))
                    .cmp(&(y.migrant_share_pct.is_none(), rank(y)))
            }
            SortKey::Priorities => y.priorities.len().cmp(&x.priorities.len()),
            SortKey::Sector(sector) => sector_rank(x, sector).cmp(&sector_rank(y, sector)),
        };
        primary
            .then_with(|| fold(&x.name).cmp(&fold(&y.name)))
            .then_with(|| x.id.cmp(&y.id))
    });
}
