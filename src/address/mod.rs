//! The app's state as an address: the URL query string, so that any screen can be shared,
//! bookmarked and reached with the back button, and works on a static host without server-side
//! routing.
//!
//! `?view=list&continent=africa&sector=waste-management&stance=need` is the list of African
//! cities that need help with waste management; `?view=city&city=zurich` is Zürich's profile.
//! The names avoid those of leptos_router (`Route`), web-sys (`Location`, `Navigator`) and
//! Leptos (`View`), which the browser code also uses.

mod matching;
mod parse;
mod query;
mod screen;
mod state;

pub use screen::{Page, Screen};
pub use state::{Address, AddressError, MatchSettings};
