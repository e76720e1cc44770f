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
mod query;
mod rank;
mod reason;
mod score;
mod table;
mod warnings;
mod weights;

pub use clusters::{
    clusters, Cluster, ClusterQuery, MAX_SIZE as MAX_CLUSTER, MIN_SIZE as MIN_CLUSTER,
};
pub use confidence::Confidence;
pub use describe::{describe, describe_funding, describe_warning};
pub use evaluate::{baseline_alphabetical, baseline_needs, recall, recall_loo};
pub use explain::{explain, explain_cluster};
pub use funding::{
    funding_for_cluster, funding_for_pair, funding_for_proposal, rank_funding, FundingFit,
    FundingReason,
};
pub use index::MatchIndex;
pub use query::{Components, MatchError, MatchQuery, Suggestion, TiePolicy};
pub use rank::rank;
pub use reason::{Evidence, EvidenceKind, NetworkShare, Reason};
pub use score::is_africa_europe;
pub use table::{cases, Case, Recall, Table};
pub use warnings::{warnings, Warning};
pub use weights::{Weights, NAMES as WEIGHT_NAMES};
