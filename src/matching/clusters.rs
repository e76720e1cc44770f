//! Clusters: groups of 3 to 6 cities around a sector, with at least one city that has
//! expertise and cities that need it, ranked by how much of the sector's need they cover.
//!
//! Each city with expertise seeds a group and takes in the cities whose needs it answers best
//! (needs before investments, then shared networks by selectivity, languages and ties). A
//! group's score is the share of all the sector's need (need 1, investing 0.5 a city and sector)
//! that it covers, plus a quarter of its cohesion: the share of member pairs that already share
//! a selective network, a language or a partnership.

use std::collections::BTreeSet;

use super::evidence::{EXPERTISE, INVESTING, NEED};
use super::index::MatchIndex;
use super::query::MatchError;
use crate::data::{Catalog, Continent};

pub const MIN_SIZE: usize = 3;
pub const MAX_SIZE: usize = 6;
/// How many cities with expertise seed a group; more only adds near-duplicates.
const SEEDS: usize = 40;

#[derive(Debug, Clone, PartialEq)]
pub struct ClusterQuery {
    pub sectors: BTreeSet<String>,
    /// Every group has African and European members.
    pub both_continents: bool,
    /// At most this many groups.
    pub top: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub sectors: Vec<String>,
    /// Positions in [`Catalog::cities`]: providers first, then seekers.
    pub members: Vec<usize>,
    pub providers: Vec<usize>,
    pub seekers: Vec<usize>,
    /// Share of the sector's need in the whole dataset that the group covers.
    pub coverage: f64,
    /// Share of member pairs already linked by a network, a language or a partnership.
    pub cohesion: f64,
    pub score: f64,
}

/// Need points of `city` in `sectors`, counting only sectors where some `providers` has
/// expertise when given.
fn need(index: &MatchIndex, city: usize, sectors: &[usize], providers: Option<&[usize]>) -> f64 {
    sectors
        .iter()
        .filter(|&&s| {
            providers.is_none_or(|p| {
                p.iter()
                    .any(|&g| g != city && index.bits(g, s) & EXPERTISE != 0)
            })
        })
        .map(|&s| {
            let bits = index.bits(city, s);
            if bits & NEED != 0 {
                1.0
            } else if bits & INVESTING != 0 {
                0.5
            } else {
                0.0
            }
        })
        .sum()
}

/// The selectivity of the networks two cities share: one every city belongs to links nothing.
fn networks(index: &MatchIndex, a: usize, b: usize) -> f64 {
    index
        .shared_networks(a, b, false)
        .fold(0.0, |sum, n| sum + index.selectivity(n))
}

fn linked(index: &MatchIndex, a: usize, b: usize) -> bool {
    networks(index, a, b) > 0.0
        || index.shared_languages(a, b).next().is_some()
        || !index.ties_between(a, b).is_empty()
}

pub fn clusters(
    catalog: &Catalog,
    index: &MatchIndex,
    query: &ClusterQuery,
) -> Result<Vec<Cluster>, MatchError> {
    let sectors = index.sector_positions(&query.sectors)?;
    let cities = catalog.cities();
    let expertise = |c: usize| {
        sectors
            .iter()
            .filter(|&&s| index.bits(c, s) & EXPERTISE != 0)
            .count()
    };

    let mut providers: Vec<usize> = (0..cities.len()).filter(|&c| expertise(c) > 0).collect();
    crate::order::sort_by(&mut providers, |&a, &b| {
        expertise(b)
            .cmp(&expertise(a))
            .then(index.network_count(b).cmp(&index.network_count(a)))
            .then_with(|| index.alphabetical(a).cmp(&index.alphabetical(b)))
    });
    providers.truncate(SEEDS);
    let seekers: Vec<usize> = (0..cities.len())
        .filter(|&c| need(index, c, &sectors, None) > 0.0)
        .collect();
    let total_need: f64 = seekers
        .iter()
        .map(|&c| need(index, c, &sectors, None))
        .sum();
    if total_need == 0.0 {
        return Ok(Vec::new());
    }

    let mut groups: Vec<Cluster> = Vec::new();
    for &seed in &providers {
        let mut candidates: Vec<(f64, usize)> = seekers
            .iter()
            .copied()
            .filter(|&c| c != seed)
            .map(|c| {
                let covered = need(index, c, &sectors, Some(&[seed]));
                let affinity = 0.1 * networks(index, seed, c).min(3.0)
                    + 0.05 * f64::from(u8::from(index.shared_languages(seed, c).next().is_some()))
                    + 0.05 * f64::from(u8::from(!index.ties_between(seed, c).is_empty()));
                (covered + affinity * f64::from(u8::from(covered > 0.0)), c)
            })
            .filter(|(value, _)| *value > 0.0)
            .collect();
        crate::order::sort_by(&mut candidates, |a, b| {
            b.0.total_cmp(&a.0)
                .then_with(|| index.alphabetical(a.1).cmp(&index.alphabetical(b.1)))
        });
        let mut members: Vec<usize> = vec![seed];
        members.extend(candidates.iter().take(MAX_SIZE - 1).map(|(_, c)| *c));
        if query.both_continents && !spans_both(catalog, &members) {
            balance_continents(catalog, &mut members, &candidates);
        }
        if members.len() < MIN_SIZE || (query.both_continents && !spans_both(catalog, &members)) {
            continue;
        }
        groups.push(score_group(index, &sectors, &members, total_need));
    }
    crate::order::sort_by(&mut groups, |a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.members.len().cmp(&b.members.len()))
            .then_with(|| {
                let order = |g: &Cluster| {
                    g.members
                        .iter()
                        .map(|&c| index.alphabetical(c))
                        .collect::<Vec<_>>()
                };
                order(a).cmp(&order(b))
            })
    });
    let mut seen: Vec<BTreeSet<usize>> = Vec::new();
    groups.retain(|g| {
        let set: BTreeSet<usize> = g.members.iter().copied().collect();
        let new = !seen.contains(&set);
        seen.push(set);
        new
    });
    groups.truncate(query.top);
    Ok(groups)
}

fn continent_of(catalog: &Catalog, city: usize) -> Continent {
    catalog.cities()[city].continent
}

fn spans_both(catalog: &Catalog, members: &[usize]) -> bool {
    let continents: Vec<Continent> = members.iter().map(|&c| continent_of(catalog, c)).collect();
    continents.contains(&Continent::Africa) && continents.contains(&Continent::Europe)
}

/// Swaps the weakest seeker for the best one from the missing continent.
fn balance_continents(catalog: &Catalog, members: &mut Vec<usize>, ranked: &[(f64, usize)]) {
    let seed = continent_of(catalog, members[0]);
    let missing = if seed == Continent::Africa {
        Continent::Europe
    } else {
        Continent::Africa
    };
    let Some(&(_, best)) = ranked
        .iter()
        .find(|(_, c)| continent_of(catalog, *c) == missing && !members.contains(c))
    else {
        return;
    };
    if members.len() >= MAX_SIZE {
        members.pop();
    }
    members.push(best);
}

fn score_group(
    index: &MatchIndex,
    sectors: &[usize],
    members: &[usize],
    total_need: f64,
) -> Cluster {
    let providers: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&c| sectors.iter().any(|&s| index.bits(c, s) & EXPERTISE != 0))
        .collect();
    let seekers: Vec<usize> = members
        .iter()
        .copied()
        .filter(|c| !providers.contains(c))
        .collect();
    let covered: f64 = members
        .iter()
        .map(|&c| need(index, c, sectors, Some(&providers)))
        .sum();
    let pairs = members.len() * (members.len() - 1) / 2;
    let linked_pairs = members
        .iter()
        .enumerate()
        .flat_map(|(i, &a)| members[i + 1..].iter().map(move |&b| (a, b)))
        .filter(|&(a, b)| linked(index, a, b))
        .count();
    let coverage = covered / total_need;
    let cohesion = linked_pairs as f64 / pairs as f64;
    Cluster {
        sectors: sectors
            .iter()
            .map(|&s| index.sector_id(s).to_string())
            .collect(),
        members: providers.iter().chain(&seekers).copied().collect(),
        providers,
        seekers,
        coverage,
        cohesion,
        score: coverage + 0.25 * cohesion,
    }
}
