//! The Workshop page's sessions: the records of `browser::records`, of kind [`Session`].

use leptos::prelude::*;

use crate::planner::Session;
use crate::records::Record;
use crate::ui::browser::dates::now;
use crate::ui::browser::ids::fresh_id;
use crate::ui::browser::records::state::Records;

pub use crate::ui::browser::records::state::Keeping;

pub type SessionsState = Records<Session>;

/// Opens the sessions of this device for the page (step 7 of [`crate::ui::context`]); this page
/// load's unsaved copies are named by a fresh id.
pub fn provide() {
    provide_context(SessionsState::open(fresh_id()));
}

/// A fresh session id: `s-` and 128 random bits, like a proposal's.
pub fn session_id() -> String {
    let id = fresh_id();
    format!("s-{}", id.trim_start_matches("p-"))
}

/// Creates an empty session, stores it (see [`Records::create`]) and returns it.
pub async fn create(state: SessionsState) -> Session {
    let mut session = Session::new(session_id(), &now());
    session.clamp();
    state.create(session).await
}
