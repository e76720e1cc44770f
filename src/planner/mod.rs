//! Workshop mode: a facilitator's session turned into thematic tables and a schedule of
//! bilateral meetings for the cities in the room, with agendas and calendar files. Plain Rust,
//! tested natively; the UI words its typed reasons and problems in the user's language.
//!
//! - [`Session`]: who attends, themes, tables, rounds, breaks, requests, absences, locks, and
//!   the last [`Plan`]; [`Edit`] changes locks; [`parse`] and [`export`] move it by file; it is
//!   a [`crate::records::Record`], stored like a proposal ([`arrival`] places an import).
//! - [`plan`] (and [`replan`] after an edit): seats the tables by stated stance and schedules the rounds, keeping locks and
//!   requests or saying why not ([`Unplaced`]), with its quality beside the greedy baseline.
//! - [`agenda`], [`overview`] and [`ics`]: what gets printed and downloaded.
//!
//! Children import their siblings directly, never this facade.

mod outputs;
mod plan;
mod reasons;
mod schedule;
mod session;
mod tables;

pub use outputs::agenda::{agenda, overview, Activity, Agenda, Item, RoundOverview};
pub use outputs::ics::{ics, CalendarWords};
pub use plan::build::{capacity, plan, replan, PlanError};
pub use plan::model::{Meeting, Plan, Quality, Round, Seat, Table};
pub use reasons::{Asked, Gap, Impossible, MeetingReason, SeatReason, Unplaced};
pub use schedule::board::Board;
pub use schedule::scores::{Scores, TOP};
pub use schedule::solve::{baseline, planned, quality, Setup, Solution};
pub use session::check::{check, check_settings, Problem, ProblemKind};
pub use session::clock::{clock, parse_clock, timeline, Span, Timeline};
pub use session::edit::Edit;
pub use session::exchange::{export, parse, ImportError, FORMAT, VERSION};
pub use session::model::{
    same_pair, Absence, Break, Locks, MeetingLock, RoundSettings, Session, TableLock, TableSettings,
};
pub use session::record::{arrival, Arrival};
