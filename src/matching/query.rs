//! What a ranking is asked, and what it answers: the query, each suggestion with its score
//! components, and why a query cannot be answered.

use std::collections::BTreeSet;

use strum::{IntoStaticStr, VariantArray};
use thiserror::Error;

use super::confidence::Confidence;
use super::weights::{PerComponent, Weights};
use crate::data::Mode;

/// How the user wants existing partnerships treated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum TiePolicy {
    /// Existing partners rank higher: reinforce what exists.
    #[default]
    Boost,
    /// Existing partnerships add nothing to a score.
    Neutral,
    /// Leave existing partners out: new ties only.
    Exclude,
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

/// Each component of a score, between 0 and 1, before weighting. Always built in full by the
/// scorer: `Default` gives the fitted weights, which mean nothing as components.
pub type Components = PerComponent;

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
