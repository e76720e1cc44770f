//! Match-making: ranks partner cities for a focus city, and proposes clusters of cities for a
//! sector, every suggestion with the quoted facts it rests on, how sure it is, and the funding
//! that fits.
//!
//! A pair's score is a weighted sum of components, each between 0 and 1 (see [`score`]):
//!
//! - **complementarity**: what one city can offer where the other wants to work, in both
//!   directions. A city offers a sector through expertise (1), a named initiative there (½) or an
//!   investment (¼: it is ahead of a city that needs help); it wants a sector through a need or a
//!   wish for partners there (1), an investment or a challenge the dataset reads as bearing on it
//!   (½). 0.6 for the stronger direction and 0.4 for the weaker, each full from two sectors (or
//!   from every sector asked for, if fewer), so a two-way match ranks above a one-way one.
//! - **shared priorities**: sectors both want to work on (co-development, peer learning).
//! - **networks**: shared memberships, each counting by how selective the network is (a network
//!   every city with a known membership belongs to counts nothing, one of two counts most) and
//!   double when it works on a sector asked for; full from 3.
//! - **language**: an official language both administrations use.
//! - **context**: only what the user asks for: similar population and migrant share (peers), an
//!   Africa–Europe pair (cross-continental). Size never adds to a score on its own.
//! - **ties**: partnerships the two cities already have, with the `boost` policy only.
//! - **wishes**: a city's stated wish for partners on the other's continent (section 4.2), for
//!   a pair already connected by a sector, a selective network or a language.
//!
//! A sector the user asks for means "my city wants to work on this": where the focus city states
//! no stance there, it counts as wanting it (½), so cities with expertise in it, and cities that
//! need or invest in it, rank on it; [`warnings`] and the reasons say this reading was used.
//!
//! Ranking is deterministic: by score, then complementarity, then accent-folded name, then id.

mod clusters;
mod confidence;
mod describe;
mod evaluate;
mod evidence;
mod explain;
pub mod fit;
mod fitted;
mod funding;
mod index;
mod reason;
mod score;
mod weights;

pub use clusters::{
    clusters, Cluster, ClusterQuery, MAX_SIZE as MAX_CLUSTER, MIN_SIZE as MIN_CLUSTER,
};
pub use confidence::{warnings, Confidence, Warning};
pub use describe::{describe, describe_funding, describe_warning};
pub use evaluate::{
    baseline_alphabetical, baseline_needs, cases, recall, recall_loo, Case, Recall, Table,
};
pub use explain::{explain, explain_cluster};
pub use funding::{
    funding_for_cluster, funding_for_pair, funding_for_proposal, rank_funding, FundingFit,
    FundingReason,
};
pub use index::MatchIndex;
pub use reason::{Evidence, EvidenceKind, NetworkShare, Reason};
pub use score::is_africa_europe;
pub use weights::{Weights, NAMES as WEIGHT_NAMES};

use std::cmp::Ordering;
use std::collections::BTreeSet;

use thiserror::Error;

use crate::data::{Catalog, Mode};

/// How the user wants existing partnerships treated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TiePolicy {
    /// Existing partners rank higher: reinforce what exists.
    #[default]
    Boost,
    /// Existing partnerships add nothing to a score.
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
    /// Evaluation only: score as if no partnership between the focus and a candidate were known,
    /// hiding with the ties the evidence that restates them (quotations naming the other city,
    /// evidence linked to their partnership, the network it runs through). Implies neutral ties.
    pub blind: bool,
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
            blind: false,
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
    pub wishes: f64,
}

impl Components {
    pub fn weighted(&self, w: &Weights) -> f64 {
        self.complementarity * w.complementarity
            + self.shared_priorities * w.shared_priorities
            + self.networks * w.networks
            + self.language * w.language
            + self.context * w.context
            + self.ties * w.ties
            + self.wishes * w.wishes
    }

    /// Name and value of each component, in the order of [`WEIGHT_NAMES`].
    pub fn named(&self) -> [(&'static str, f64); 7] {
        let values = [
            self.complementarity,
            self.shared_priorities,
            self.networks,
            self.language,
            self.context,
            self.ties,
            self.wishes,
        ];
        let mut named = [("", 0.0); 7];
        for (slot, (name, value)) in named.iter_mut().zip(WEIGHT_NAMES.iter().zip(values)) {
            *slot = (*name, value);
        }
        named
    }
}

/// One ranked partner.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// Position of the partner in [`Catalog::cities`].
    pub city: usize,
    pub score: f64,
    pub components: Components,
    /// Each city can offer something the other wants to work on.
    pub two_way: bool,
    /// How much quoted evidence the suggestion rests on.
    pub confidence: Confidence,
    /// How many quotations of the two cities in the sectors they engage in back it.
    pub quoted: usize,
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

/// Ranks every other city as a partner for `query.city`, best first.
pub fn rank(
    catalog: &Catalog,
    index: &MatchIndex,
    query: &MatchQuery,
) -> Result<Vec<Suggestion>, MatchError> {
    let focus = catalog
        .city_index(&query.city)
        .ok_or_else(|| MatchError::UnknownCity(query.city.clone()))?;
    let scope = score::Scope::new(index, &query.sectors)?;
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
                _ if query.blind => Vec::new(),
                TiePolicy::Neutral => Vec::new(),
                _ => ties_of_focus.get(&c).cloned().unwrap_or_default(),
            };
            score::score_pair(catalog, index, query, &scope, focus, c, ties)
        })
        .collect();
    crate::order::sort_by(&mut ranked, |a, b| order(index, a, b));
    Ok(ranked)
}

/// The order of a ranking: by score, then complementarity, then alphabetical. Evaluation counts
/// ranks with the same order.
pub(crate) fn order(index: &MatchIndex, a: &Suggestion, b: &Suggestion) -> Ordering {
    precedes(
        index,
        (a.score, a.components.complementarity, a.city),
        (b.score, b.components.complementarity, b.city),
    )
}

/// [`order`] on `(score, complementarity, city)`.
fn precedes(index: &MatchIndex, a: (f64, f64, usize), b: (f64, f64, usize)) -> Ordering {
    b.0.total_cmp(&a.0)
        .then_with(|| b.1.total_cmp(&a.1))
        .then_with(|| index.alphabetical(a.2).cmp(&index.alphabetical(b.2)))
}
