//! The browser's side of [`crate::records`], for any kind of record: IndexedDB with one store
//! per kind ([`store`]), unsaved copies per tab and record that survive a closed tab, a killed
//! browser and a full disk ([`journal`]), the records of a page with news between tabs over a
//! BroadcastChannel ([`state`]), and the edit session with autosave, the conflict choice and
//! the leave-page warning ([`session`]). The rules themselves are native.

pub mod journal;
pub mod session;
pub mod state;
pub mod store;
