//! Match-making: ranks partner cities for a focus city, and proposes clusters of cities for a
//! sector, every suggestion with the facts it rests on.
//!
//! A pair's score is a weighted sum of components, each between 0 and 1:
//!
//! - **complementarity**: what one city needs (1 a sector) or is building (0.5 a sector) where
//!   the other has expertise, in both directions: 0.6 for the stronger direction and 0.4 for the
//!   weaker, each full from two sectors (or from every sector asked for, if fewer). A reverse
//!   direction only ever adds, so a two-way match ranks above the same match one way.
//! - **shared priorities**: sectors both need or both invest in (peer learning, joint projects).
//! - **networks**: network memberships both share, a channel that already exists.
//! - **language**: an official language both administrations use.
//! - **context**: only what the user asks for: similar population and migrant share (peers),
//!   an Africa–Europe pair (cross-continental). Size never adds to a score on its own, so
//!   secondary cities are not pushed down.
//! - **ties**: partnerships the two cities already have, with the `boost` policy only.
//!
//! Ranking is deterministic: by score, then complementarity, then accent-folded name, then id.

mod clusters;
mod explain;
mod index;

pub use clusters::{
    clusters, Cluster, ClusterQuery, MAX_SIZE as MAX_CLUSTER, MIN_SIZE as MIN_CLUSTER,
};
pub use explain::{describe, explain, explain_cluster, Evidence, Reason};
pub use index::MatchIndex;

use std::collections::BTreeSet;

use thiserror::Error;

use crate::data::{Catalog, Continent, Mode};

/// How the user wants existing partnerships treated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TiePolicy {
    /// Existing partners rank higher: reinforce what exists.
    #[default]
    Boost,
    /// Score every city as if no partnership were known (for evaluation).
    Neutral,
    /// Leave existing partners out: new ties only.
    Exclude,
}

impl TiePolicy {
    pub const ALL: [TiePolicy; 3] = [TiePolicy::Boost, TiePolicy::Neutral, TiePolicy::Exclude];

    pub fn id(self) -> &'static str {
        match self {
            TiePolicy::Boost => "boost",
            TiePolicy::Neutral => "neutral",
            TiePolicy::Exclude => "exclude",
        }
    }

    pub fn from_id(id: &str) -> Option<TiePolicy> {
        TiePolicy::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// The weight of each component; the user sees and changes them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    pub complementarity: f64,
    pub shared_priorities: f64,
    pub networks: f64,
    pub language: f64,
    pub context: f64,
    pub ties: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            complementarity: 3.0,
            shared_priorities: 1.5,
            networks: 1.0,
            language: 0.5,
            context: 1.0,
            ties: 1.0,
        }
    }
}

impl Weights {
    /// Starting weights for a collaboration mode: peer learning leans on shared priorities,
    /// development partnerships on expertise meeting needs, economic partnerships and integrated
    /// services on channels that already exist. The user can change any of them.
    pub fn for_mode(mode: Option<Mode>) -> Weights {
        let base = Weights::default();
        match mode {
            None => base,
            Some(Mode::PeerLearning) => Weights {
                complementarity: 2.0,
                shared_priorities: 3.0,
                ..base
            },
            Some(Mode::Development) => Weights {
                complementarity: 4.0,
                shared_priorities: 1.0,
                ..base
            },
            Some(Mode::Economic) => Weights {
                networks: 1.5,
                language: 1.0,
                ..base
            },
            Some(Mode::ServiceDelivery) => Weights {
                complementarity: 2.0,
                shared_priorities: 2.0,
                networks: 2.0,
                language: 1.5,
                ..base
            },
        }
    }

    /// The weights in a fixed order, for the URL and the command line.
    pub fn to_list(self) -> [f64; 6] {
        [
            self.complementarity,
            self.shared_priorities,
            self.networks,
            self.language,
            self.context,
            self.ties,
        ]
    }

    /// Reads six non-negative numbers in the order of [`Weights::to_list`].
    pub fn from_list(values: &[f64]) -> Option<Weights> {
        match values {
            [c, s, n, l, x, t]
                if values
                    .iter()
                    .all(|v| v.is_finite() && (0.0..=100.0).contains(v)) =>
            {
                Some(Weights {
                    complementarity: *c,
                    shared_priorities: *s,
                    networks: *n,
                    language: *l,
                    context: *x,
                    ties: *t,
                })
            }
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MatchQuery {
    /// The focus city's id.
    pub city: String,
    /// Sectors to match on; empty means all.
    pub sectors: BTreeSet<String>,
    pub mode: Option<Mode>,
    pub ties: TiePolicy,
    /// Prefer cities of similar population and migrant share.
    pub peers: bool,
    /// Prefer Africa–Europe pairs.
    pub cross_continental: bool,
    pub weights: Weights,
    /// Positions of the cities allowed as partners (from the list's filters); `None` allows all.
    pub candidates: Option<BTreeSet<usize>>,
}

impl MatchQuery {
    pub fn new(city: impl Into<String>) -> Self {
        MatchQuery {
            city: city.into(),
            sectors: BTreeSet::new(),
            mode: None,
            ties: TiePolicy::default(),
            peers: false,
            cross_continental: false,
            weights: Weights::default(),
            candidates: None,
        }
    }
}

/// Each component of a score, between 0 and 1, before weighting.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Components {
    pub complementarity: f64,
    pub shared_priorities: f64,
    pub networks: f64,
    pub language: f64,
    pub context: f64,
    pub ties: f64,
}

impl Components {
    pub fn weighted(&self, w: &Weights) -> f64 {
        self.complementarity * w.complementarity
            + self.shared_priorities * w.shared_priorities
            + self.networks * w.networks
            + self.language * w.language
            + self.context * w.context
            + self.ties * w.ties
    }

    /// Name and value of each component, in a fixed order.
    pub fn named(&self) -> [(&'static str, f64); 6] {
        [
            ("complementarity", self.complementarity),
            ("shared_priorities", self.shared_priorities),
            ("networks", self.networks),
            ("language", self.language),
            ("context", self.context),
            ("ties", self.ties),
        ]
    }
}

/// One ranked partner.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// Position of the partner in [`Catalog::cities`].
    pub city: usize,
    pub score: f64,
    pub components: Components,
    /// Expertise meets a need or an investment in both directions.
    pub two_way: bool,
    /// Existing partnerships between the two cities (positions in [`Catalog::partnerships`]);
    /// empty under the neutral policy.
    pub ties: Vec<usize>,
    /// Of those, the ones in a sector this suggestion is about: a new partnership there would
    /// duplicate one that exists.
    pub duplicates: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MatchError {
    #[error("there is no city with the id '{0}' in the dataset")]
    UnknownCity(String),
    #[error("there is no sector with the id '{0}' in the dataset")]
    UnknownSector(String),
}

/// Saturates a count of matching sectors: `full` or more is a full match.
fn saturate(points: f64, full: f64) -> f64 {
    (points / full).min(1.0)
}

/// Ranks every other city as a partner for `query.city`, best first.
pub fn rank(
    catalog: &Catalog,
    index: &MatchIndex,
    query: &MatchQuery,
) -> Result<Vec<Suggestion>, MatchError> {
    let focus = catalog
        .city_index(&query.city)
        .ok_or_else(|| MatchError::UnknownCity(query.city.clone()))?;
    let asked = index.sector_positions(&query.sectors)?;
    let scope = if asked.is_empty() {
        index.all_sectors()
    } else {
        asked
    };
    let ties_of_focus = index.ties_by_partner(focus);
    let mut ranked: Vec<Suggestion> = (0..catalog.cities().len())
        .filter(|&c| c != focus)
        .filter(|c| {
            query
                .candidates
                .as_ref()
                .is_none_or(|allowed| allowed.contains(c))
        })
        .filter_map(|c| {
            let ties = match query.ties {
                TiePolicy::Neutral => Vec::new(),
                _ => ties_of_focus.get(&c).cloned().unwrap_or_default(),
            };
            score_pair(catalog, index, query, &scope, focus, c, ties)
        })
        .collect();
    crate::order::sort_by(&mut ranked, |a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| {
                b.components
                    .complementarity
                    .total_cmp(&a.components.complementarity)
            })
            .then_with(|| index.alphabetical(a.city).cmp(&index.alphabetical(b.city)))
    });
    Ok(ranked)
}

/// Scores one candidate; `sectors` is the scope (the sectors asked for, or all), `ties` the
/// partnerships the two share under the query's policy.
fn score_pair(
    catalog: &Catalog,
    index: &MatchIndex,
    query: &MatchQuery,
    sectors: &[usize],
    focus: usize,
    candidate: usize,
    ties: Vec<usize>,
) -> Option<Suggestion> {
    if query.ties == TiePolicy::Exclude && !ties.is_empty() {
        return None;
    }
    // With one sector asked for, one sector is a full match.
    let full = |most: f64| most.min(sectors.len() as f64);
    let (forward, backward) = index.complementarity(focus, candidate, sectors);
    let two_way = forward > 0.0 && backward > 0.0;
    let (strong, weak) = (saturate(forward, full(2.0)), saturate(backward, full(2.0)));
    let complementarity = 0.6 * strong.max(weak) + 0.4 * strong.min(weak);
    let shared_priorities = saturate(
        index.shared_priorities(focus, candidate, sectors) as f64,
        full(3.0),
    );
    let networks = saturate(index.shared_networks(focus, candidate).count() as f64, 3.0);
    let language = if index.shared_languages(focus, candidate).next().is_some() {
        1.0
    } else {
        0.0
    };
    let context = context_score(catalog, query, focus, candidate);
    let tie_component = if query.ties == TiePolicy::Boost {
        saturate(ties.len() as f64, 2.0)
    } else {
        0.0
    };

    // A tie duplicates the suggestion when it covers a sector the suggestion is about: one asked
    // for, or, when none was, one where the two complement each other or share a priority.
    let about = |s: usize| {
        if query.sectors.is_empty() {
            index.engages(focus, candidate, s)
        } else {
            sectors.contains(&s)
        }
    };
    let duplicates = ties
        .iter()
        .copied()
        .filter(|&p| {
            catalog.partnerships()[p]
                .sectors
                .iter()
                .filter_map(|s| index.sector_position(s))
                .any(about)
        })
        .collect();
    let components = Components {
        complementarity,
        shared_priorities,
        networks,
        language,
        context,
        ties: tie_component,
    };
    Some(Suggestion {
        city: candidate,
        score: components.weighted(&query.weights),
        components,
        two_way,
        ties,
        duplicates,
    })
}

/// Similarity on a 0–1 scale: 1 for equal values, 0 from `spread` apart.
fn closeness(a: f64, b: f64, spread: f64) -> f64 {
    (1.0 - (a - b).abs() / spread).max(0.0)
}

fn context_score(catalog: &Catalog, query: &MatchQuery, focus: usize, candidate: usize) -> f64 {
    let (a, b) = (&catalog.cities()[focus], &catalog.cities()[candidate]);
    let mut parts: Vec<f64> = Vec::new();
    if query.peers {
        // A tenfold population difference is as far apart as it gets; unknown counts as unlike.
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
    if query.cross_continental {
        parts.push(if is_africa_europe(a.continent, b.continent) {
            1.0
        } else {
            0.0
        });
    }
    if parts.is_empty() {
        0.0
    } else {
        parts.iter().sum::<f64>() / parts.len() as f64
    }
}

pub fn is_africa_europe(a: Continent, b: Continent) -> bool {
    matches!(
        (a, b),
        (Continent::Africa, Continent::Europe) | (Continent::Europe, Continent::Africa)
    )
}

/// How often the engine, told nothing of existing partnerships, ranks a real partner near the
/// top: for every partnership, every member with priorities as the focus and every sector of
/// the partnership, the best rank of another member.
#[derive(Debug, Clone, PartialEq)]
pub struct Recall {
    /// The best rank of a real partner in each (focus, sector, partnership) case.
    pub ranks: Vec<usize>,
    /// For each case, whether some partner has priorities in the dataset: a partner the sources
    /// say nothing about can only be found through networks and language.
    pub partner_known: Vec<bool>,
}

impl Recall {
    /// Share of cases with a partner in the top `k`, over all cases or only those where a
    /// partner has priorities.
    pub fn at(&self, k: usize, known_only: bool) -> f64 {
        let cases: Vec<usize> = self
            .ranks
            .iter()
            .zip(&self.partner_known)
            .filter(|(_, known)| !known_only || **known)
            .map(|(rank, _)| *rank)
            .collect();
        cases.iter().filter(|&&r| r <= k).count() as f64 / cases.len().max(1) as f64
    }
}

pub fn recall(catalog: &Catalog, index: &MatchIndex, weights: Weights) -> Recall {
    let has_priorities = |id: &str| catalog.city(id).is_some_and(|c| !c.priorities.is_empty());
    let mut recall = Recall {
        ranks: Vec::new(),
        partner_known: Vec::new(),
    };
    for partnership in catalog.partnerships() {
        for focus in partnership.cities.iter().filter(|c| has_priorities(c)) {
            for sector in &partnership.sectors {
                let mut query = MatchQuery::new(focus.clone());
                query.sectors = BTreeSet::from([sector.clone()]);
                query.ties = TiePolicy::Neutral;
                query.weights = weights;
                let Ok(ranked) = rank(catalog, index, &query) else {
                    continue;
                };
                let best = ranked
                    .iter()
                    .position(|s| partnership.cities.contains(&catalog.cities()[s.city].id))
                    .map_or(usize::MAX, |p| p + 1);
                recall.ranks.push(best);
                recall.partner_known.push(
                    partnership
                        .cities
                        .iter()
                        .any(|c| c != focus && has_priorities(c)),
                );
            }
        }
    }
    recall
}
