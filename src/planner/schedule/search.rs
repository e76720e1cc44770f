//! Filling the rounds: greedily by the best remaining pair, then a local search that exchanges
//! partners within a round while the total weight of the schedule grows. Locked and requested
//! meetings never move.

use super::board::{Board, Kind};

/// A symmetric weight for each pair, `n × n`.
pub struct Weights {
    n: usize,
    values: Vec<f64>,
}

impl Weights {
    pub fn new(n: usize, weight: impl Fn(usize, usize) -> f64) -> Weights {
        let values = (0..n * n).map(|i| weight(i / n, i % n)).collect();
        Weights { n, values }
    }

    pub fn get(&self, a: usize, b: usize) -> f64 {
        self.values[a * self.n + b]
    }

    /// The schedule's total weight.
    pub fn total(&self, board: &Board) -> f64 {
        board.pairs().map(|(a, b)| self.get(a, b)).sum()
    }
}

/// Smaller gains are rounding noise.
const GAIN: f64 = 1e-12;
/// Enough for the search to settle on workshops of a few hundred cities.
const PASSES: usize = 100;

/// Fills each round in turn with the heaviest pairs that may still meet.
pub fn fill(board: &mut Board, weights: &Weights) {
    let n = board.cities();
    for round in 0..board.rounds.len() {
        let mut pairs: Vec<(usize, usize)> = (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .filter(|&(a, b)| board.free(round, a) && board.free(round, b) && !board.met(a, b))
            .collect();
        crate::order::sort_by(&mut pairs, |&(a, b), &(c, d)| {
            weights
                .get(c, d)
                .total_cmp(&weights.get(a, b))
                .then((a, b).cmp(&(c, d)))
        });
        for (a, b) in pairs {
            if board.full(round) {
                break;
            }
            if board.can_meet(round, a, b) {
                board.place(round, a, b, Kind::Suggested);
            }
        }
    }
}

/// Improves the schedule until no exchange gains: two meetings of a round trade partners, or a
/// meeting takes a free city for one of its own; freed cities then meet if they may.
pub fn improve(board: &mut Board, weights: &Weights) {
    for _ in 0..PASSES {
        let mut gained = false;
        for round in 0..board.rounds.len() {
            gained |= trade(board, weights, round);
            gained |= take_free(board, weights, round);
        }
        fill(board, weights);
        if !gained {
            break;
        }
    }
}

fn movable(board: &Board, round: usize, i: usize) -> bool {
    board.rounds[round][i].kind == Kind::Suggested
}

/// `(a, b), (c, d)` become `(a, c), (b, d)` or `(a, d), (b, c)` where that weighs more.
fn trade(board: &mut Board, weights: &Weights, round: usize) -> bool {
    let mut gained = false;
    let count = board.rounds[round].len();
    for i in 0..count {
        for j in i + 1..count {
            if !movable(board, round, i) || !movable(board, round, j) {
                continue;
            }
            let (a, b) = board.rounds[round][i].pair;
            let (c, d) = board.rounds[round][j].pair;
            let now = weights.get(a, b) + weights.get(c, d);
            let options = [((a, c), (b, d)), ((a, d), (b, c))];
            let best = options
                .into_iter()
                .filter(|&(p, q)| !board.met(p.0, p.1) && !board.met(q.0, q.1))
                .map(|(p, q)| (weights.get(p.0, p.1) + weights.get(q.0, q.1), p, q))
                .max_by(|x, y| x.0.total_cmp(&y.0));
            if let Some((_, p, q)) = best.filter(|&(w, _, _)| w > now + GAIN) {
                board.exchange(round, (i, j), p, q);
                gained = true;
            }
        }
    }
    gained
}

/// A city of a meeting leaves its partner for a free city where that weighs more.
fn take_free(board: &mut Board, weights: &Weights, round: usize) -> bool {
    let mut gained = false;
    let n = board.cities();
    for i in 0..board.rounds[round].len() {
        if !movable(board, round, i) {
            continue;
        }
        for f in 0..n {
            if !board.free(round, f) {
                continue;
            }
            let (a, b) = board.rounds[round][i].pair;
            let now = weights.get(a, b);
            let best = [(a, f), (b, f)]
                .into_iter()
                .filter(|&(x, y)| !board.met(x, y))
                .max_by(|p, q| weights.get(p.0, p.1).total_cmp(&weights.get(q.0, q.1)));
            if let Some((x, y)) = best.filter(|&(x, y)| weights.get(x, y) > now + GAIN) {
                board.replace(round, i, x, y);
                gained = true;
            }
        }
    }
    gained
}
