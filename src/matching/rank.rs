//! Ranking partners for a focus city, in a deterministic order.

use std::cmp::Ordering;

use super::index::MatchIndex;
use super::query::{MatchError, MatchQuery, Suggestion, TiePolicy};
use super::score;
use crate::data::Catalog;

/// Ranks every other city as a partner for `query.city`, best first.
pub fn rank(
    catalog: &Catalog,
    index: &MatchIndex,
    query: &MatchQuery,
) -> Result<Vec<Suggestion>, MatchError> {
    let focus = catalog
        .city_index(&query.city)
        .ok_or_else(|| MatchError::UnknownCity(query.city.clone()))?;
    let scorer = score::Scorer {
        catalog,
        index,
        query,
        scope: score::Scope::new(index, &query.sectors)?,
        focus,
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
                _ if query.blind => Vec::new(),
                TiePolicy::Neutral => Vec::new(),
                _ => ties_of_focus.get(&c).cloned().unwrap_or_default(),
            };
            scorer.score(c, ties)
        })
        .collect();
    crate::order::sort_by(&mut ranked, |a, b| order(index, a, b));
    Ok(ranked)
}

/// The order of a ranking: by score, then complementarity, then alphabetical. Evaluation counts
/// ranks with the same order.
fn order(index: &MatchIndex, a: &Suggestion, b: &Suggestion) -> Ordering {
    precedes(
        index,
        (a.score, a.components.complementarity, a.city),
        (b.score, b.components.complementarity, b.city),
    )
}

/// [`order`] on `(score, complementarity, city)`.
pub(super) fn precedes(index: &MatchIndex, a: (f64, f64, usize), b: (f64, f64, usize)) -> Ordering {
    b.0.total_cmp(&a.0)
        .then_with(|| b.1.total_cmp(&a.1))
        .then_with(|| index.alphabetical(a.2).cmp(&index.alphabetical(b.2)))
}
