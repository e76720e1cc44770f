//! The proposal workspace: the list, the editor, import and export, over IndexedDB storage.

mod editor;
mod journal;
mod list_page;
mod state;
mod transfer;
mod words;

pub use editor::ProposalEditor;
pub use list_page::{NewProposal, ProposalsPage};
pub use state::{use_proposals, ProposalsState};
