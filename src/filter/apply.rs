//! Running a filter over the catalogue: the cities it keeps and, for every facet value, how many
//! cities selecting that value instead would keep.
//!
//! One pass over the cities: each city is checked against each facet's selection on its own.
//! A city that passes them all is kept and counts for every facet; a city that fails exactly one
//! facet still counts for that facet's values (choosing another value there could keep it); a
//! city that fails two counts for nothing. This gives the same counts as filtering once per
//! value, in time proportional to the number of cities, so a list of 10,000 cities answers
//! within a frame.

use std::collections::{BTreeMap, BTreeSet};

use super::facets::{
    facet_values, population_band, population_place, role, role_place, CityFilter, Facet,
};
use crate::data::{Catalog, Continent, Priority, Stance};
use crate::id::{Id, VariantArray};
use crate::search::{Field, Query, SearchIndex};

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

/// The facets a city is checked against on its own. Sector and stance apply to the same
/// priority, so they are checked together.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Check {
    Continent,
    Country,
    Population,
    Role,
    Network,
    Priority,
}

const CHECKS: [Check; 6] = [
    Check::Continent,
    Check::Country,
    Check::Population,
    Check::Role,
    Check::Network,
    Check::Priority,
];

/// Runs the filter over the catalogue.
pub fn apply(catalog: &Catalog, index: &SearchIndex, filter: &CityFilter) -> Outcome {
    let query = Query::new(&filter.query);
    let mut tally = Tally::new(catalog);
    let mut outcome = Outcome {
        cities: Vec::new(),
        found_in: Vec::new(),
        counts: BTreeMap::new(),
        unknown_share_hidden: 0,
    };
    for (i, city) in catalog.cities().iter().enumerate() {
        let Some(found) = index.matches(i, &query) else {
            continue;
        };
        let mut failed = CHECKS
            .into_iter()
            .filter(|&check| !passes(catalog, filter, i, check));
        let (first, second) = (failed.next(), failed.next());
        if !filter.share.contains(city.migrant_share_pct) {
            if first.is_none() && city.migrant_share_pct.is_none() {
                outcome.unknown_share_hidden += 1;
            }
            continue;
        }
        match (first, second) {
            (None, _) => {
                for check in CHECKS {
                    tally.city(catalog, filter, i, check);
                }
                outcome.cities.push(i);
                outcome.found_in.push(found);
            }
            (Some(only), None) => tally.city(catalog, filter, i, only),
            _ => {}
        }
    }
    outcome.counts = tally.into_counts();
    outcome
}

/// The counts of every facet value, kept in arrays by the value's place in [`facet_values`]:
/// counting runs for most cities on every keystroke, and looking values up by name (a map of
/// maps keyed by strings, then a hash per value) took most of a keystroke's filtering at 10,000
/// cities. A city's places come from the catalogue's indexes and the facets' own orders.
struct Tally<'a> {
    /// For each facet (by its place in [`Facet::VARIANTS`]), its values in display order.
    values: Vec<Vec<&'a str>>,
    counts: Vec<Vec<usize>>,
    /// For each facet value, the last city counted for it (position + 1), so that a city
    /// counts once per value however many of its priorities have it.
    last: Vec<Vec<usize>>,
    /// The place of each continent (by its place in [`Continent::VARIANTS`]) among the values,
    /// which list only the continents with cities.
    continents: Vec<Option<usize>>,
    /// The place of each network (by position in the catalogue) among the values, which list
    /// only the networks with members.
    networks: Vec<Option<usize>>,
}

impl<'a> Tally<'a> {
    fn new(catalog: &'a Catalog) -> Tally<'a> {
        let values: Vec<Vec<&str>> = Facet::VARIANTS
            .iter()
            .map(|&facet| facet_values(catalog, facet))
            .collect();
        let place_of =
            |facet: Facet, id: &str| values[facet as usize].iter().position(|&value| value == id);
        let continents = Continent::VARIANTS
            .iter()
            .map(|c| place_of(Facet::Continent, c.id()))
            .collect();
        let networks = catalog
            .networks()
            .iter()
            .map(|n| place_of(Facet::Network, &n.id))
            .collect();
        let zeros = |v: &Vec<&str>| vec![0; v.len()];
        Tally {
            counts: values.iter().map(zeros).collect(),
            last: values.iter().map(zeros).collect(),
            values,
            continents,
            networks,
        }
    }

    fn add(&mut self, facet: Facet, position: usize, place: Option<usize>) {
        // `Facet::VARIANTS` lists the facets in declaration order.
        let f = facet as usize;
        if let Some(place) = place.filter(|&p| p < self.counts[f].len()) {
            if self.last[f][place] != position + 1 {
                self.last[f][place] = position + 1;
                self.counts[f][place] += 1;
            }
        }
    }

    /// Counts the city at `position` once for each value it has in the facets of `check`.
    fn city(&mut self, catalog: &Catalog, filter: &CityFilter, position: usize, check: Check) {
        let city = &catalog.cities()[position];
        match check {
            Check::Continent => {
                let variant = Continent::VARIANTS
                    .iter()
                    .position(|&c| c == city.continent);
                let place = variant.and_then(|v| self.continents[v]);
                self.add(Facet::Continent, position, place);
            }
            Check::Country => self.add(Facet::Country, position, catalog.country_place(position)),
            Check::Population => self.add(
                Facet::Population,
                position,
                Some(population_place(city.population)),
            ),
            Check::Role => self.add(Facet::Role, position, Some(role_place(city))),
            Check::Network => {
                for &network in catalog.network_positions(position) {
                    let place = self.networks.get(network).copied().flatten();
                    self.add(Facet::Network, position, place);
                }
            }
            Check::Priority => {
                // Another sector would keep the city if it has it with a stance asked for, and
                // another stance if it has it in a sector asked for. The sector facet lists every
                // sector and the stance facet every stance, in the catalogue's and the enum's order.
                let sectors = catalog.priority_sectors(position);
                for (priority, &sector) in city.priorities.iter().zip(sectors) {
                    if priority_asked(filter, priority, Some(Facet::Sector)) {
                        self.add(Facet::Sector, position, sector);
                    }
                    if priority_asked(filter, priority, Some(Facet::Stance)) {
                        let stance = Stance::VARIANTS.iter().position(|&s| s == priority.stance);
                        self.add(Facet::Stance, position, stance);
                    }
                }
            }
        }
    }

    fn into_counts(self) -> BTreeMap<Facet, Vec<(String, usize)>> {
        Facet::VARIANTS
            .iter()
            .zip(self.values.into_iter().zip(self.counts))
            .map(|(&facet, (values, counts))| {
                let values = values.into_iter().map(String::from);
                (facet, values.zip(counts).collect())
            })
            .collect()
    }
}

/// Whether `values` (a facet's selection) lets `value` through: an empty selection lets
/// everything through.
fn allows(values: &BTreeSet<String>, value: &str) -> bool {
    values.is_empty() || values.contains(value)
}

/// Whether the priority is one the sector and stance selections ask for, each ignored when
/// `ignore` names it (for counting that facet's values).
fn priority_asked(filter: &CityFilter, priority: &Priority, ignore: Option<Facet>) -> bool {
    (ignore == Some(Facet::Sector) || allows(filter.values(Facet::Sector), &priority.sector))
        && (ignore == Some(Facet::Stance)
            || allows(filter.values(Facet::Stance), priority.stance.id()))
}

/// Whether the city at `position` passes `check`.
fn passes(catalog: &Catalog, filter: &CityFilter, position: usize, check: Check) -> bool {
    let city = &catalog.cities()[position];
    let selected = |facet| filter.values(facet);
    match check {
        Check::Continent => allows(selected(Facet::Continent), city.continent.id()),
        Check::Country => allows(selected(Facet::Country), &city.country_code),
        Check::Population => allows(
            selected(Facet::Population),
            population_band(city.population),
        ),
        Check::Role => allows(selected(Facet::Role), role(city)),
        Check::Network => {
            let wanted = selected(Facet::Network);
            wanted.is_empty()
                || catalog
                    .memberships_at(position)
                    .any(|n| wanted.contains(&n.id))
        }
        Check::Priority => {
            let none = selected(Facet::Sector).is_empty() && selected(Facet::Stance).is_empty();
            none || city
                .priorities
                .iter()
                .any(|p| priority_asked(filter, p, None))
        }
    }
}
