//! The cases of an evaluation and the blind components of every candidate in each, computed
//! once so that ranking under any weights is a weighted sum (fitting is fast).

use super::index::MatchIndex;
use super::query::{Components, MatchQuery};
use super::rank::{precedes, rank};
use super::weights::Weights;
use crate::data::Catalog;

/// One test of the engine: ask `sector` for `focus` and look for one of `partners`.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    /// Position in [`Catalog::partnerships`].
    pub partnership: usize,
    pub focus: usize,
    pub sector: String,
    /// The other members of the partnership.
    pub partners: Vec<usize>,
    /// Whether some partner has priorities in the dataset: a partner the sources say nothing
    /// about can only be found through networks and language.
    pub partner_known: bool,
}

pub fn cases(catalog: &Catalog) -> Vec<Case> {
    let has_priorities = |c: usize| !catalog.cities()[c].priorities.is_empty();
    let mut cases = Vec::new();
    for (p, partnership) in catalog.partnerships().iter().enumerate() {
        let members: Vec<usize> = catalog.members(partnership).collect();
        for &focus in members.iter().filter(|&&c| has_priorities(c)) {
            let partners: Vec<usize> = members.iter().copied().filter(|&c| c != focus).collect();
            for sector in &partnership.sectors {
                cases.push(Case {
                    partnership: p,
                    focus,
                    sector: sector.clone(),
                    partner_known: partners.iter().any(|&c| has_priorities(c)),
                    partners: partners.clone(),
                });
            }
        }
    }
    cases
}

/// The best rank of a real partner in each case, 1 first (`usize::MAX` if none was ranked).
#[derive(Debug, Clone, PartialEq)]
pub struct Recall {
    pub ranks: Vec<usize>,
    pub partner_known: Vec<bool>,
}

impl Recall {
    /// Share of cases with a partner in the top `k`, over all cases or only those where a
    /// partner has priorities.
    pub fn at(&self, k: usize, known_only: bool) -> f64 {
        let cases: Vec<usize> = self.cases(known_only).collect();
        cases.iter().filter(|&&r| r <= k).count() as f64 / cases.len().max(1) as f64
    }

    /// Mean reciprocal rank, over all cases or only those where a partner has priorities.
    pub fn mrr(&self, known_only: bool) -> f64 {
        let cases: Vec<usize> = self.cases(known_only).collect();
        cases.iter().map(|&r| 1.0 / r as f64).sum::<f64>() / cases.len().max(1) as f64
    }

    fn cases(&self, known_only: bool) -> impl Iterator<Item = usize> + '_ {
        self.ranks
            .iter()
            .zip(&self.partner_known)
            .filter(move |(_, known)| !known_only || **known)
            .map(|(rank, _)| *rank)
    }
}

/// Every case with the blind components of every candidate, computed once: ranking under any
/// weights is then a weighted sum per candidate, which makes fitting fast.
#[derive(Debug, Clone)]
pub struct Table {
    cases: Vec<Case>,
    /// For each case, every candidate as `(city, components)`.
    rows: Vec<Vec<(usize, Components)>>,
}

impl Table {
    pub fn new(catalog: &Catalog, index: &MatchIndex) -> Table {
        let cases = cases(catalog);
        let rows = cases
            .iter()
            .map(|case| {
                let mut query = MatchQuery::new(catalog.cities()[case.focus].id.clone());
                query.sectors = [case.sector.clone()].into();
                query.blind = true;
                rank(catalog, index, &query)
                    .map(|ranked| ranked.into_iter().map(|s| (s.city, s.components)).collect())
                    .unwrap_or_default()
            })
            .collect();
        Table { cases, rows }
    }

    pub fn cases(&self) -> &[Case] {
        &self.cases
    }

    /// The best rank of a real partner in case `i` under `weights`, ranked as [`rank`]
    /// ranks.
    pub fn rank(&self, index: &MatchIndex, i: usize, weights: &Weights) -> usize {
        let key = |(city, c): &(usize, Components)| (c.weighted(weights), c.complementarity, *city);
        best_rank(
            &self.rows[i],
            &self.cases[i].partners,
            |e| e.0,
            |a, b| precedes(index, key(&a), key(&b)),
        )
    }

    pub fn recall(&self, index: &MatchIndex, weights: &Weights) -> Recall {
        let ranks = (0..self.cases.len())
            .map(|i| self.rank(index, i, weights))
            .collect();
        self.recall_of(ranks)
    }

    /// The recall of best ranks `ranks`, one per case of the table.
    pub(super) fn recall_of(&self, ranks: Vec<usize>) -> Recall {
        Recall {
            ranks,
            partner_known: self.cases.iter().map(|c| c.partner_known).collect(),
        }
    }
}

/// 1 + how many entries come before the first partner, by `order`.
pub(super) fn best_rank<T: Copy>(
    row: &[T],
    partners: &[usize],
    city: impl Fn(&T) -> usize,
    order: impl Fn(T, T) -> std::cmp::Ordering,
) -> usize {
    row.iter()
        .filter(|e| partners.contains(&city(e)))
        .map(|&p| 1 + row.iter().filter(|&&e| order(e, p).is_lt()).count())
        .min()
        .unwrap_or(usize::MAX)
}
