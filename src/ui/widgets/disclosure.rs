//! Escape closes what is open, one way for the whole app: a button that shows something (the
//! menu, the filters, a matrix cell's texts) says so with `aria-expanded="true"`; closing presses
//! it again and gives it the focus, so the user is back where they opened it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Closes the first open thing that `selector` finds, as its own button would, and focuses
/// that button.
pub fn close_open(selector: &str) {
    let button = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(button) = button {
        button.click();
        let _ = button.focus();
    }
}

/// The app's keydown handler: Escape closes what is open.
pub fn escape_closes(ev: web_sys::KeyboardEvent) {
    if ev.key() == "Escape" {
        close_open("[aria-expanded=\"true\"]");
    }
}
