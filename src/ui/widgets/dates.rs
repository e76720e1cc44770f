//! Dates in the interface language (see [`crate::ui::browser::dates`]).

use leptos::prelude::*;

use crate::ui::browser::dates::local_date;
use crate::ui::i18n::*;

/// A date in the current language, with the machine-readable date alongside.
#[component]
pub fn LocalDate(#[prop(into)] iso: String) -> impl IntoView {
    let i18n = use_i18n();
    let shown = {
        let iso = iso.clone();
        move || local_date(&iso, i18n.get_locale().as_str())
    };
    view! { <time datetime=iso>{shown}</time> }
}
