//! The browser UI: Leptos components over the native modules. Nothing here decides what the
//! data means; it loads it, shows it and turns taps into URL changes.

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

mod app;
mod browser;
mod chrome;
pub mod context;
mod contribute;
mod explore;
mod load;
pub mod pages;
mod visual;
mod widgets;
mod workshop;
mod workspace;

use context::PageViews;
use leptos::prelude::*;
use leptos_i18n::Locale as _;
use wasm_bindgen::JsCast;

use crate::address::{Page, Screen};

/// Starts the app as `page`, rendering its screens with `render` once `setup` has provided the
/// page's own contexts, after installing a panic hook that replaces a dead page with an
/// explanation. Each page's entry point passes its own functions, so its module contains only
/// the screens it shows.
///
/// The dataset, and the starting language's vocabulary, load before the app mounts: what the
/// page shows until then (its HTML, written at build time) stays on screen, and the app
/// replaces it in one step, already in the right language, instead of a loading screen.
pub fn start(page: Page, render: fn(Screen) -> AnyView, setup: fn()) {
    std::panic::set_hook(Box::new(|info| show_fatal_error(&info.to_string())));
    let views = PageViews {
        page,
        render,
        setup,
    };
    let language = browser::settings::starting_locale();
    // Leptos's executor starts with the app; until it mounts, futures run on wasm-bindgen's.
    wasm_bindgen_futures::spawn_local(async move {
        let (data, vocabulary) = futures::join!(
            load::load_dataset(page),
            context::load_vocabulary(language.as_str())
        );
        let loaded = app::Loaded {
            language,
            vocabulary,
            data,
        };
        let Some(root) = document()
            .get_element_by_id("app")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            show_fatal_error("the page has no #app element");
            return;
        };
        root.set_text_content(None);
        leptos::mount::mount_to(root, move || view! { <app::App views loaded /> }).forget();
    });
}

/// Shows the static `#fatal` message of index.html with the technical detail, as text.
fn show_fatal_error(detail: &str) {
    web_sys::console::error_1(&detail.into());
    let document = document();
    if let Some(fatal) = document.get_element_by_id("fatal") {
        if let Some(slot) = document.get_element_by_id("fatal-detail") {
            slot.set_text_content(Some(detail));
        }
        let _ = fatal.remove_attribute("hidden");
    }
    if let Some(app) = document.get_element_by_id("app") {
        let _ = app.set_attribute("hidden", "");
    }
}
