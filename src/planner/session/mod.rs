//! The session a facilitator sets up: its model, edits, clock, checks, file exchange, storage
//! as a record, and the tidying that keeps it consistent.

pub mod check;
pub mod clock;
pub mod edit;
pub mod exchange;
pub mod model;
pub mod record;
pub mod tidy;
