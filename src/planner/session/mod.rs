//! The session a facilitator sets up: its model, edits, clock, checks and file exchange.

pub mod check;
pub mod clock;
pub mod edit;
pub mod exchange;
pub mod model;
