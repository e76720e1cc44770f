//! A synchronous copy of each proposal being edited, in localStorage, written on every change.
//! IndexedDB saves are asynchronous and debounced; if the tab is closed or crashes in between,
//! the journal still holds the last keystroke and the editor offers it back.

use leptos::prelude::window;

use crate::proposals::records::{decode, encode};
use crate::proposals::Proposal;

fn key(id: &str) -> String {
    format!("passerelle.unsaved.{id}")
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

pub fn write(proposal: &Proposal) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(&key(&proposal.id), &encode(proposal));
    }
}

pub fn read(id: &str) -> Option<Proposal> {
    storage()?
        .get_item(&key(id))
        .ok()
        .flatten()
        .as_deref()
        .and_then(decode)
}

pub fn clear(id: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key(id));
    }
}
