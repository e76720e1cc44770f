//! The bilateral schedule: scores from the match engine, the board of rounds, locks and
//! requests placed first, the greedy baseline and the planner's search.

pub mod board;
pub mod fixed;
pub mod scores;
pub mod search;
pub mod solve;
