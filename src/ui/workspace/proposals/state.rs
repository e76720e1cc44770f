//! The Workspace's proposals: the records of `browser::records`, of kind [`Proposal`].

use leptos::prelude::*;

use crate::proposals::Proposal;
use crate::records::Record;
use crate::ui::browser::dates::now;
use crate::ui::browser::ids::fresh_id;
use crate::ui::browser::records::state::Records;

pub use crate::ui::browser::records::state::Keeping;

pub type ProposalsState = Records<Proposal>;

/// Opens the proposals of this device for the page (step 7 of [`crate::ui::context`]); this
/// page load's unsaved copies are named by a fresh id.
pub fn provide() {
    provide_context(ProposalsState::open(fresh_id()));
}

/// Creates a proposal built by `build`, within the limits, and stores it (see
/// [`Records::create`]).
pub async fn create(state: ProposalsState, build: impl FnOnce(&mut Proposal)) -> Proposal {
    let mut proposal = Proposal::new(fresh_id(), &now());
    build(&mut proposal);
    proposal.clamp();
    state.create(proposal).await
}
