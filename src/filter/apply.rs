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

use super::facets::{facet_values, population_band, role, CityFilter, Facet};
use crate::data::{Catalog, Priority};
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
    let mut counts: BTreeMap<Facet, BTreeMap<&str, usize>> = BTreeMap::new();
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
                    tally(catalog, filter, i, check, &mut counts);
                }
                outcome.cities.push(i);
                outcome.found_in.push(found);
            }
            (Some(only), None) => tally(catalog, filter, i, only, &mut counts),
            _ => {}
        }
    }
    outcome.counts = Facet::VARIANTS
        .iter()
        .copied()
        .map(|facet| {
            let tallied = counts.get(&facet);
            let values = facet_values(catalog, facet)
                .into_iter()
                .map(|value| {
                    let n = tallied.and_then(|t| t.get(value.as_str())).copied();
                    (value, n.unwrap_or(0))
                })
                .collect();
            (facet, values)
        })
        .collect();
    outcome
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

/// Counts the city at `position` once for each value it has in the facets of `check`. Called for most cities on
/// every keystroke: no allocation but the few distinct values of a city's priorities.
fn tally<'a>(
    catalog: &'a Catalog,
    filter: &CityFilter,
    position: usize,
    check: Check,
    counts: &mut BTreeMap<Facet, BTreeMap<&'a str, usize>>,
) {
    let city = &catalog.cities()[position];
    let mut count = |facet: Facet, values: &mut dyn Iterator<Item = &'a str>| {
        let facet_counts = counts.entry(facet).or_default();
        // A city counts once per value, however many of its priorities have it.
        let mut seen: Vec<&str> = Vec::new();
        for value in values {
            if !seen.contains(&value) {
                seen.push(value);
                *facet_counts.entry(value).or_default() += 1;
            }
        }
    };
    let single = |value: &'a str| [value].into_iter();
    match check {
        Check::Continent => count(Facet::Continent, &mut single(city.continent.id())),
        Check::Country => count(Facet::Country, &mut single(&city.country_code)),
        Check::Population => count(
            Facet::Population,
            &mut single(population_band(city.population)),
        ),
        Check::Role => count(Facet::Role, &mut single(role(city))),
        Check::Network => count(
            Facet::Network,
            &mut catalog.memberships_at(position).map(|n| n.id.as_str()),
        ),
        Check::Priority => {
            // Another sector would keep the city if it has it with a stance asked for, and
            // another stance if it has it in a sector asked for.
            let mut sectors = city
                .priorities
                .iter()
                .filter(|p| priority_asked(filter, p, Some(Facet::Sector)))
                .map(|p| p.sector.as_str());
            count(Facet::Sector, &mut sectors);
            let mut stances = city
                .priorities
                .iter()
                .filter(|p| priority_asked(filter, p, Some(Facet::Stance)))
                .map(|p| p.stance.id());
            count(Facet::Stance, &mut stances);
        }
    }
}
