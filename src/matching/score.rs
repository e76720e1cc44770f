//! Scoring one pair: the components of [`super::Components`] from the two cities' evidence.

use std::collections::BTreeSet;

use super::confidence::Confidence;
use super::evidence::{Cell, CHALLENGE, EXPERTISE, INITIATIVE, INVESTING, NEED, STANCES, WISH};
use super::index::MatchIndex;
use super::query::{Components, MatchError, MatchQuery, Suggestion, TiePolicy};
use crate::data::{Catalog, Continent};

/// The sectors a query scores: those asked for, or all.
pub(super) struct Scope {
    pub sectors: Vec<usize>,
    /// Whether the user asked for them: then each means "the focus city wants to work on this".
    pub asked: bool,
}

impl Scope {
    pub fn new(index: &MatchIndex, ids: &BTreeSet<String>) -> Result<Scope, MatchError> {
        let asked = index.sector_positions(ids)?;
        Ok(if asked.is_empty() {
            Scope {
                sectors: (0..index.sector_count()).collect(),
                asked: false,
            }
        } else {
            Scope {
                sectors: asked,
                asked: true,
            }
        })
    }
}

/// How much a city can offer in a sector: expertise in full, a named initiative half, an
/// investment a quarter (a city building a sector is ahead of one that needs help in it).
pub(super) fn offer(bits: u8) -> f64 {
    if bits & EXPERTISE != 0 {
        1.0
    } else if bits & INITIATIVE != 0 {
        0.5
    } else if bits & INVESTING != 0 {
        0.25
    } else {
        0.0
    }
}

/// How much a city wants to work on a sector: a need or a wish for partners in full, an
/// investment or a challenge bearing on it half.
pub(super) fn want(bits: u8) -> f64 {
    if bits & (NEED | WISH) != 0 {
        1.0
    } else if bits & (INVESTING | CHALLENGE) != 0 {
        0.5
    } else {
        0.0
    }
}

/// What the focus city wants in a sector: a sector asked for where it states no stance counts as
/// wanting it, half (the reading "my city wants to work on this").
pub(super) fn focus_want(cell: Cell, asked: bool) -> f64 {
    let stated = want(cell.bits);
    if asked && cell.bits & STANCES == 0 {
        stated.max(0.5)
    } else {
        stated
    }
}

/// What sharing a network says about a pair: its selectivity, doubled when it works on a sector
/// asked for (a small thematic network is the strongest channel there is).
pub(super) fn network_weight(index: &MatchIndex, scope: &Scope, network: usize) -> f64 {
    let thematic = scope.asked && index.works_on(network, &scope.sectors);
    index.selectivity(network) * if thematic { 2.0 } else { 1.0 }
}

/// Saturates a count of matching sectors: `full` or more is a full match.
fn saturate(points: f64, full: f64) -> f64 {
    (points / full).min(1.0)
}

/// Sector-by-sector sums for one pair.
#[derive(Default)]
struct Sectors {
    forward: f64,
    backward: f64,
    shared: f64,
    /// Some expertise meets a stated need or investment: quotations on both sides.
    strong: bool,
    quoted: usize,
}

fn sectors(focus: &[Cell], candidate: &[Cell], scope: &Scope) -> Sectors {
    let mut sum = Sectors::default();
    for &s in &scope.sectors {
        let (f, c) = (focus[s], candidate[s]);
        let f_want = focus_want(f, scope.asked);
        let forward = offer(c.bits) * f_want;
        let backward = offer(f.bits) * want(c.bits);
        let shared = f_want.min(want(c.bits));
        if forward + backward + shared > 0.0 {
            sum.quoted += usize::from(f.quotes) + usize::from(c.quotes);
        }
        let meets =
            |giver: u8, receiver: u8| giver & EXPERTISE != 0 && receiver & (NEED | INVESTING) != 0;
        sum.strong |= meets(c.bits, f.bits) || meets(f.bits, c.bits);
        sum.forward += forward;
        sum.backward += backward;
        sum.shared += shared;
    }
    sum
}

/// What scoring every candidate for one focus city shares: built once a ranking.
pub(super) struct Scorer<'a> {
    pub catalog: &'a Catalog,
    pub index: &'a MatchIndex,
    pub query: &'a MatchQuery,
    pub scope: Scope,
    pub focus: usize,
}

impl Scorer<'_> {
    /// Scores one candidate; `ties` are the partnerships the two share under the query's policy.
    pub fn score(&self, candidate: usize, ties: Vec<usize>) -> Option<Suggestion> {
        let (index, query, scope, focus) = (self.index, self.query, &self.scope, self.focus);
        if query.ties == TiePolicy::Exclude && !ties.is_empty() {
            return None;
        }
        // With one sector asked for, one sector is a full match.
        let full = |most: f64| most.min(scope.sectors.len() as f64);
        let (focus_cells, candidate_cells) = index.pair_cells(focus, candidate, query.blind);
        let sum = sectors(&focus_cells, &candidate_cells, scope);
        let (strong, weak) = (
            saturate(sum.forward, full(2.0)),
            saturate(sum.backward, full(2.0)),
        );
        let selective = index
            .shared_networks(focus, candidate, query.blind)
            .fold(0.0, |sum, n| sum + network_weight(index, scope, n));
        let language = index.shared_languages(focus, candidate).next().is_some();
        // Something specific to the pair: a sector, a selective network or a language.
        let connected =
            sum.forward + sum.backward + sum.shared > 0.0 || selective > 0.0 || language;
        let tie_component = if query.ties == TiePolicy::Boost && !query.blind {
            saturate(ties.len() as f64, 2.0)
        } else {
            0.0
        };
        let components = Components {
            complementarity: 0.6 * strong.max(weak) + 0.4 * strong.min(weak),
            shared_priorities: saturate(sum.shared, full(3.0)),
            networks: saturate(selective, 3.0),
            language: f64::from(u8::from(language)),
            context: self.context(candidate),
            ties: tie_component,
            wishes: if connected {
                self.wishes(candidate)
            } else {
                0.0
            },
        };
        Some(Suggestion {
            city: candidate,
            score: components.weighted(&query.weights),
            components,
            two_way: sum.forward > 0.0 && sum.backward > 0.0,
            confidence: Confidence::from_evidence(sum.strong, sum.quoted),
            quoted: sum.quoted,
            duplicates: self.duplicates(candidate, &ties),
            ties,
        })
    }

    /// A tie duplicates the suggestion when it covers a sector the suggestion is about: one
    /// asked for, or, when none was, one where the two complement each other or share a
    /// priority.
    fn duplicates(&self, candidate: usize, ties: &[usize]) -> Vec<usize> {
        if ties.is_empty() {
            return Vec::new();
        }
        let about = if self.scope.asked {
            self.scope.sectors.clone()
        } else {
            engaged(self.index, self.query, self.focus, candidate)
        };
        ties.iter()
            .copied()
            .filter(|&p| {
                self.catalog.partnerships()[p]
                    .sectors
                    .iter()
                    .filter_map(|s| self.index.sector_position(s))
                    .any(|s| about.contains(&s))
            })
            .collect()
    }

    /// Half for each city whose wishes ask for partners on the other's continent. It counts
    /// only for a pair already connected by a sector of the question, a selective network or a
    /// language: a wish for a continent prefers one such city to another, it does not make a
    /// lead from nothing (half the dataset's cities are on any given continent).
    fn wishes(&self, candidate: usize) -> f64 {
        let asks = |city: usize, other: usize| {
            let continent = self.catalog.cities()[other].continent;
            self.index
                .continent_wishes(city, self.query.blind.then_some(other))
                .any(|w| w.continents.contains(&continent))
        };
        0.5 * f64::from(u8::from(asks(self.focus, candidate)))
            + 0.5 * f64::from(u8::from(asks(candidate, self.focus)))
    }

    /// Likeness in size and migration (peers) and an Africa–Europe pair, as the query asks.
    fn context(&self, candidate: usize) -> f64 {
        let cities = self.catalog.cities();
        let (a, b) = (&cities[self.focus], &cities[candidate]);
        let mut parts: Vec<f64> = Vec::new();
        if self.query.peers {
            // A tenfold population difference is as far apart as it gets; unknown counts as
            // unlike.
            let population = match (a.population, b.population) {
                (Some(x), Some(y)) => closeness((x as f64).log10(), (y as f64).log10(), 1.0),
                _ => 0.0,
            };
            let share = match (a.migrant_share_pct, b.migrant_share_pct) {
                (Some(x), Some(y)) => closeness(x, y, 20.0),
                _ => 0.0,
            };
            parts.push((population + share) / 2.0);
        }
        if self.query.cross_continental {
            parts.push(f64::from(u8::from(is_africa_europe(
                a.continent,
                b.continent,
            ))));
        }
        if parts.is_empty() {
            0.0
        } else {
            parts.iter().sum::<f64>() / parts.len() as f64
        }
    }
}

/// The sectors a pair engages in: those asked for, or, when none was, those where one can offer
/// what the other wants or both want to work on (what funding for the pair should cover).
pub(super) fn engaged(
    index: &MatchIndex,
    query: &MatchQuery,
    focus: usize,
    candidate: usize,
) -> Vec<usize> {
    let Ok(scope) = Scope::new(index, &query.sectors) else {
        return Vec::new();
    };
    if scope.asked {
        return scope.sectors;
    }
    let (f, c) = index.pair_cells(focus, candidate, query.blind);
    scope
        .sectors
        .into_iter()
        .filter(|&s| {
            let (f, c) = (f[s].bits, c[s].bits);
            offer(c) * want(f) + offer(f) * want(c) + want(f).min(want(c)) > 0.0
        })
        .collect()
}

/// Similarity on a 0–1 scale: 1 for equal values, 0 from `spread` apart.
fn closeness(a: f64, b: f64, spread: f64) -> f64 {
    (1.0 - (a - b).abs() / spread).max(0.0)
}

pub fn is_africa_europe(a: Continent, b: Continent) -> bool {
    matches!(
        (a, b),
        (Continent::Africa, Continent::Europe) | (Continent::Europe, Continent::Africa)
    )
}
