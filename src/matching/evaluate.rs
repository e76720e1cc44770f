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
use super::fit::fit;
use super::index::MatchIndex;
use super::score::Scope;
use super::table::{best_rank, cases, Case, Recall, Table};
use super::weights::Weights;
use crate::data::Catalog;

/// Recall of the engine with fixed weights, every case blind.
pub fn recall(catalog: &Catalog, index: &MatchIndex, weights: Weights) -> Recall {
    Table::new(catalog, index).recall(index, &weights)
}

/// Recall of the engine when each partnership is scored with weights fitted without it (see
/// the module documentation), and the weights used for each partnership.
pub fn recall_loo(catalog: &Catalog, index: &MatchIndex) -> (Recall, Vec<(usize, Weights)>) {
    let table = Table::new(catalog, index);
    let mut ranks = vec![usize::MAX; table.cases().len()];
    let mut used = Vec::new();
    let mut held: Vec<usize> = table.cases().iter().map(|c| c.partnership).collect();
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
        let train: Vec<usize> = (0..table.cases().len())
            .filter(|&i| !shares_a_pair(table.cases()[i].partnership))
            .collect();
        let weights = fit(&table, index, &train);
        for (i, case) in table.cases().iter().enumerate() {
            if case.partnership == p {
                ranks[i] = table.rank(index, i, &weights);
            }
        }
        used.push((p, weights));
    }
    (table.recall_of(ranks), used)
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
