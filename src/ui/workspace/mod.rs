//! The Workspace page (`work.html`): match-making and the proposals stored on this device.

pub mod funding;
pub mod matching;
pub mod proposals;
