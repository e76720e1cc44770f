//! The proposal workspace: the list, the editor, import and export, over browser storage.

mod editor;
mod import;
mod incoming;
mod list_page;
mod new;
mod problems;
mod proposal_list;
pub mod state;
pub mod wording;

pub use editor::ProposalEditor;
pub use list_page::ProposalsPage;
pub use new::NewProposal;
