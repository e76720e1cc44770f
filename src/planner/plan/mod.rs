//! The generated plan: its model and how a session is planned.

pub mod build;
pub mod model;
