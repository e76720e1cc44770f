//! The bilateral schedule and its greedy baseline, both around the facilitator's locks and
//! requests, and the quality measure that compares them.
//!
//! The planner weighs a pair by what it adds to the quality measure (for each city, 1/5 of its
//! share when the other is among its top 5) and only then by the pair's score, scaled so that
//! no sum of scores outweighs one more top-5 meeting. It fills the rounds greedily on that
//! weight and improves by local search, and does the same from the baseline's schedule, keeping
//! the heavier: its quality is never below the baseline's.

use super::board::Board;
use super::fixed::{place_locks, place_requests};
use super::scores::Scores;
use super::search::{fill, improve, Weights};
use crate::planner::reasons::Impossible;

/// The bilateral problem in attendee positions.
#[derive(Debug, Clone, PartialEq)]
pub struct Setup {
    /// Meetings a round can hold.
    pub capacity: usize,
    /// `absent[round][city]`; one row a round.
    pub absent: Vec<Vec<bool>>,
    /// Locked meetings `(a, b, round)`: attending, distinct cities, round in range.
    pub locks: Vec<(usize, usize, usize)>,
    /// Requested pairs: attending, distinct cities.
    pub requests: Vec<(usize, usize)>,
}

/// A schedule, and why each lock and request it could not keep was left out (`None`: kept).
#[derive(Debug, Clone, PartialEq)]
pub struct Solution {
    pub board: Board,
    pub locks: Vec<Option<Impossible>>,
    pub requests: Vec<Option<Impossible>>,
}

fn fixed(scores: &Scores, setup: &Setup) -> Solution {
    let mut board = Board::new(scores.len(), setup.capacity, setup.absent.clone());
    let locks = place_locks(&mut board, &setup.locks, &scores.ids);
    let requests = place_requests(&mut board, &setup.requests);
    Solution {
        board,
        locks,
        requests,
    }
}

/// The greedy baseline: locks and requests, then each round filled in turn by the best
/// remaining pair by score.
pub fn baseline(scores: &Scores, setup: &Setup) -> Solution {
    let mut solution = fixed(scores, setup);
    let by_score = Weights::new(scores.len(), |a, b| scores.score(a, b));
    fill(&mut solution.board, &by_score);
    solution
}

/// The planner's schedule.
pub fn planned(scores: &Scores, setup: &Setup) -> Solution {
    let weights = coverage(scores, setup);
    let mut own = fixed(scores, setup);
    fill(&mut own.board, &weights);
    improve(&mut own.board, &weights);
    let mut other = baseline(scores, setup);
    improve(&mut other.board, &weights);
    if weights.total(&other.board) > weights.total(&own.board) {
        other
    } else {
        own
    }
}

/// A pair's share of the quality measure, then its score as a tie-break too small to outweigh
/// the smallest difference in shares (1/60: shares count in fifths, quarters, thirds, halves).
fn coverage(scores: &Scores, setup: &Setup) -> Weights {
    let n = scores.len();
    let share = |a: usize, b: usize| {
        if scores.in_top(a, b) {
            1.0 / scores.top_count(a) as f64
        } else {
            0.0
        }
    };
    let best = (0..n * n)
        .map(|i| scores.score(i / n, i % n))
        .fold(0.0, f64::max);
    let meetings = (setup.capacity * setup.absent.len()).max(1) as f64;
    let unit = 1.0 / (61.0 * meetings * best.max(f64::MIN_POSITIVE));
    Weights::new(n, |a, b| {
        if a == b {
            0.0
        } else {
            share(a, b) + share(b, a) + scores.score(a, b) * unit
        }
    })
}

/// The share of each city's top-5 suggestions among the attendees that it meets, averaged over
/// the cities that have suggestions.
pub fn quality(scores: &Scores, board: &Board) -> f64 {
    let n = scores.len();
    let mut met = vec![0usize; n];
    for (a, b) in board.pairs() {
        met[a] += usize::from(scores.in_top(a, b));
        met[b] += usize::from(scores.in_top(b, a));
    }
    let shares: Vec<f64> = (0..n)
        .filter(|&c| scores.top_count(c) > 0)
        .map(|c| met[c] as f64 / scores.top_count(c) as f64)
        .collect();
    if shares.is_empty() {
        0.0
    } else {
        shares.iter().sum::<f64>() / shares.len() as f64
    }
}
