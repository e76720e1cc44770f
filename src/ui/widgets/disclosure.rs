//! Showing and hiding, one way for the whole app: a button that shows something (the menu, the
//! filters, a share link, a matrix cell's texts) says so with `aria-expanded="true"`
//! ([`ToggleButton`]), and Escape closes it by pressing that button again and giving it the
//! focus, so the user is back where they opened it.

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

/// A button that shows or hides what `controls` names (an element id), saying which with
/// `aria-expanded` so that Escape finds it.
#[component]
pub fn ToggleButton(
    open: RwSignal<bool>,
    #[prop(optional)] controls: Option<&'static str>,
    class: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=class
            aria-expanded=move || open.get().to_string()
            aria-controls=controls
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {children()}
        </button>
    }
}
