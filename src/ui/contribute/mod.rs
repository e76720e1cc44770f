//! The Contribute page (`contribute.html`): a city or organisation the 2020 papers do not cover
//! describes itself, is matched at once, and hands its profiles and its corrections of the
//! dataset to the maintainers as a contribution file; profiles travel between devices as links
//! and QR codes. The rules are native ([`crate::contributions`]); storage is the records layer.

mod correction;
mod editor;
mod exchange;
mod fields;
mod incoming;
mod kind;
mod list;
mod matches;
pub mod mirror;
mod place;
mod priorities;
mod problems;
pub mod state;

pub use editor::ProfileEditor;
pub use list::ContributePage;
