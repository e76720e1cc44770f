//! How often the engine, told nothing of a known partnership, ranks a real partner near the top,
//! and the same for two plain baselines (`passerelle-cli evaluate`).
//!
//! **Cases.** For every partnership, every member with priorities as the focus city and every
//! sector of the partnership, the best rank of another member when the focus asks for that
//! sector. Partnerships without a sector give no case: there is nothing to ask for.
//!
//! **Leakage.** Each case is scored blind ([`super::MatchQuery::blind`]): no tie counts, and for
//! each candidate the evidence that restates a partnership between it and the focus is hidden,
//! on both sides: quotations that name the other city (Dakar's culture priority naming Evry,
//! Milan's Box 3 mind-lab in Freetown, Milan's Equal(c)ity priority naming its partners),
//! initiatives and wishes the dataset links to one of their partnerships (Kanifing's residency
//! with Madison, Freetown's circular mobility scheme) and the network a partnership of theirs runs
//! through (MC2CM for Lisbon–Tunis, the Milan Urban Food Policy Pact for Dakar–Milan). The rule
//! is the same for every candidate; one with no partnership with the focus and no quotation
//! naming it has nothing hidden. The baselines see the same blind evidence.
//!
//! **Weights.** [`recall_loo`] scores each partnership with weights fitted ([`super::fit`])
//! without it, and without any other partnership between two of its cities, so a figure never
//! rests on weights that saw the answer.

use super::evidence::{EXPERTISE, INVESTING, NEED};
use super::index::MatchIndex;
use super::score::Scope;
use super::{precedes, Components, MatchQuery, Weights};
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
        let members: Vec<usize> = partnership
            .cities
            .iter()
            .filter_map(|c| catalog.city_index(c))
            .collect();
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

    fn from(table: &Table, ranks: Vec<usize>) -> Recall {
        Recall {
            ranks,
            partner_known: table.cases.iter().map(|c| c.partner_known).collect(),
        }
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
                super::rank(catalog, index, &query)
                    .map(|ranked| ranked.into_iter().map(|s| (s.city, s.components)).collect())
                    .unwrap_or_default()
            })
            .collect();
        Table { cases, rows }
    }

    pub fn cases(&self) -> &[Case] {
        &self.cases
    }

    /// The best rank of a real partner in case `i` under `weights`, ranked as [`super::rank`]
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
        Recall::from(self, ranks)
    }
}

/// 1 + how many entries come before the first partner, by `order`.
fn best_rank<T: Copy>(
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

/// Recall of the engine with fixed weights, every case blind.
pub fn recall(catalog: &Catalog, index: &MatchIndex, weights: Weights) -> Recall {
    Table::new(catalog, index).recall(index, &weights)
}

/// Recall of the engine when each partnership is scored with weights fitted without it (see
/// the module documentation), and the weights used for each partnership.
pub fn recall_loo(catalog: &Catalog, index: &MatchIndex) -> (Recall, Vec<(usize, Weights)>) {
    let table = Table::new(catalog, index);
    let mut ranks = vec![usize::MAX; table.cases.len()];
    let mut used = Vec::new();
    let mut held: Vec<usize> = table.cases.iter().map(|c| c.partnership).collect();
    held.dedup();
    for p in held {
        let hidden = catalog.partnerships()[p].cities.as_slice();
        let shares_a_pair = |q: usize| {
            catalog.partnerships()[q]
                .cities
                .iter()
                .filter(|c| hidden.contains(c))
                .count()
                >= 2
        };
        let train: Vec<usize> = (0..table.cases.len())
            .filter(|&i| !shares_a_pair(table.cases[i].partnership))
            .collect();
        let weights = super::fit::fit(&table, index, &train);
        for (i, case) in table.cases.iter().enumerate() {
            if case.partnership == p {
                ranks[i] = table.rank(index, i, &weights);
            }
        }
        used.push((p, weights));
    }
    (Recall::from(&table, ranks), used)
}

/// Baseline: a candidate scores by the sectors asked where one city's stated need or investment
/// meets the other's stated expertise (Table A1 and chapter 3 stances only, blind); equal scores
/// in alphabetical order.
pub fn baseline_needs(catalog: &Catalog, index: &MatchIndex) -> Recall {
    baseline(catalog, index, |case, candidate| {
        let Ok(scope) = Scope::new(index, &[case.sector.clone()].into()) else {
            return 0;
        };
        let (f, c) = index.pair_cells(case.focus, candidate, true);
        let meets =
            |giver: u8, receiver: u8| giver & EXPERTISE != 0 && receiver & (NEED | INVESTING) != 0;
        scope
            .sectors
            .iter()
            .filter(|&&s| meets(c[s].bits, f[s].bits) || meets(f[s].bits, c[s].bits))
            .count()
    })
}

/// Baseline: candidates in alphabetical order.
pub fn baseline_alphabetical(catalog: &Catalog, index: &MatchIndex) -> Recall {
    baseline(catalog, index, |_, _| 0)
}

/// Ranks every case's candidates by `score`, higher first, equal scores alphabetically.
fn baseline(
    catalog: &Catalog,
    index: &MatchIndex,
    score: impl Fn(&Case, usize) -> usize,
) -> Recall {
    let cases = cases(catalog);
    let ranks = cases
        .iter()
        .map(|case| {
            let row: Vec<(usize, usize)> = (0..catalog.cities().len())
                .filter(|&c| c != case.focus)
                .map(|c| (score(case, c), c))
                .collect();
            best_rank(
                &row,
                &case.partners,
                |e| e.1,
                |a, b| {
                    b.0.cmp(&a.0)
                        .then_with(|| index.alphabetical(a.1).cmp(&index.alphabetical(b.1)))
                },
            )
        })
        .collect();
    Recall {
        partner_known: cases.iter().map(|c| c.partner_known).collect(),
        ranks,
    }
}
