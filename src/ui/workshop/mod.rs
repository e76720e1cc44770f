//! The Workshop page: the workshop sessions of this device, each set up, planned, adjusted by
//! the facilitator and given out as printed agendas, round overviews and calendar files. The
//! planner (`crate::planner`) decides; these views show what it decided and turn taps into
//! edits.

mod editor;
mod import;
mod list;
mod plan;
pub mod state;
mod wording;

pub use editor::SessionEditor;
pub use list::SessionsPage;
