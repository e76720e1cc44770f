//! Fitting the default weights to the known partnerships (`passerelle-cli fit`).
//!
//! An exhaustive search of a grid: every combination of [`GRID`] values for the fitted weights
//! is tried, and the one that ranks the training cases best wins: the highest sum of reciprocal
//! ranks of the real partners (mean reciprocal rank, which rewards every step up and so varies
//! less between folds than a count at one cut-off), then the most partners in the top 5, then in
//! the top 10. Among equals the first in grid order (the smaller weights) wins, so the result is
//! deterministic. Complementarity stays at its start value: scores only compare, so one weight
//! fixes the scale. Context and ties are not fitted: evaluation asks for no context and hides
//! every tie, so the data says nothing about them. The grid spans the range of the UI's sliders.
//!
//! The defaults the engine uses are the fit on every case, committed in `fitted.rs` (a Rust
//! constant: no file to load or fail in the browser, and a refit shows as a reviewed diff). A
//! native test refits and fails when they differ; `passerelle-cli fit --write` rewrites it.

use std::cmp::Ordering;

use super::index::MatchIndex;
use super::table::Table;
use super::weights::{Weights, NAMES};
use crate::data::Catalog;

/// Where `passerelle-cli fit --write` writes the fitted defaults, from the repository root.
pub const FITTED_PATH: &str = "src/matching/fitted.rs";

/// The values a fitted weight may take.
pub const GRID: [f64; 11] = [0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0];

/// Where the search starts: the hand-set weights the engine had before fitting.
pub const START: Weights = Weights {
    complementarity: 3.0,
    shared_priorities: 1.5,
    networks: 1.0,
    language: 0.5,
    context: 1.0,
    ties: 1.0,
    wishes: 1.0,
};

/// How well weights rank a set of cases: sum of reciprocal ranks, hits in the top 5, hits in
/// the top 10, compared in that order.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Fitness(usize, usize, f64);

impl Fitness {
    fn of(table: &Table, index: &MatchIndex, cases: &[usize], weights: &Weights) -> Fitness {
        cases.iter().map(|&i| table.rank(index, i, weights)).fold(
            Fitness(0, 0, 0.0),
            |Fitness(top5, top10, rr), rank| {
                Fitness(
                    top5 + usize::from(rank <= 5),
                    top10 + usize::from(rank <= 10),
                    rr + 1.0 / rank as f64,
                )
            },
        )
    }

    fn beats(&self, other: &Fitness) -> bool {
        let rr = if (self.2 - other.2).abs() < 1e-9 {
            Ordering::Equal
        } else {
            self.2.total_cmp(&other.2)
        };
        rr.then((self.0, self.1).cmp(&(other.0, other.1))) == Ordering::Greater
    }
}

/// The weights that rank the cases `train` (positions in the table) best.
pub fn fit(table: &Table, index: &MatchIndex, train: &[usize]) -> Weights {
    let mut best: Option<(Weights, Fitness)> = None;
    for shared_priorities in GRID {
        for networks in GRID {
            for language in GRID {
                for wishes in GRID {
                    let weights = Weights {
                        shared_priorities,
                        networks,
                        language,
                        wishes,
                        ..START
                    };
                    let fitness = Fitness::of(table, index, train, &weights);
                    if best.is_none_or(|(_, b)| fitness.beats(&b)) {
                        best = Some((weights, fitness));
                    }
                }
            }
        }
    }
    best.map_or(START, |(weights, _)| weights)
}

/// The fit on every known partnership: what the defaults must be.
pub fn fit_all(catalog: &Catalog, index: &MatchIndex) -> Weights {
    let table = Table::new(catalog, index);
    let all: Vec<usize> = (0..table.cases().len()).collect();
    fit(&table, index, &all)
}

/// The Rust source of `fitted.rs` for `weights`, formatted as `cargo fmt` leaves it.
pub fn render(weights: &Weights) -> String {
    let fields: String = NAMES
        .iter()
        .zip(weights.to_list())
        .map(|(name, value)| format!("            {name}: {value:?},\n"))
        .collect();
    format!(
        "//! The default weights, fitted on every known partnership: written by\n//! \
         `passerelle-cli fit --write`, not by hand. Refit when the data or the engine change (see\n//! \
         [`super::fit`]).\n\nuse super::weights::Weights;\n\nimpl Default for Weights {{\n    \
         /// The weights `passerelle-cli fit` found best on every known partnership; a test refits\n    \
         /// and fails when data or engine changed without a refit.\n    \
         fn default() -> Self {{\n        Weights {{\n{fields}        }}\n    }}\n}}\n"
    )
}
