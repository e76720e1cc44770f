//! The interface language: the browser's on a first visit, then the user's choice, remembered
//! on the device.

use leptos::prelude::*;

use super::i18n::*;
use super::labels::I18n;
use crate::format::NumberFormat;

const STORAGE_KEY: &str = "passerelle.language";

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Restores the remembered language and remembers every change.
#[component]
pub fn RememberLanguage() -> impl IntoView {
    let i18n = use_i18n();
    let remembered = storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|code| {
            Locale::get_all()
                .iter()
                .copied()
                .find(|l| l.as_str() == code)
        });
    if let Some(locale) = remembered {
        // The provider applies the browser's language in an effect of its own, created before
        // this one, so this one runs after it and wins.
        Effect::new(move |_| i18n.set_locale(locale));
    }
    Effect::new(move |previous: Option<Locale>| {
        let locale = i18n.get_locale();
        if previous.is_some_and(|p| p != locale) {
            if let Some(storage) = storage() {
                let _ = storage.set_item(STORAGE_KEY, locale.as_str());
            }
        }
        locale
    });
}

/// Buttons for each language, each labelled in its own language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="language-switch" role="group" aria-label=move || t_string!(i18n, nav.language)>
            {Locale::get_all()
                .iter()
                .copied()
                .map(|locale| {
                    view! {
                        <button
                            type="button"
                            class="chip"
                            lang=locale.as_str()
                            aria-pressed=move || (i18n.get_locale() == locale).to_string()
                            on:click=move |_| i18n.set_locale(locale)
                        >
                            {td_string!(locale, nav.language_name)}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// How the current language writes numbers.
pub fn number_format(i18n: I18n) -> NumberFormat<'static> {
    NumberFormat {
        decimal: t_string!(i18n, format.decimal),
        group: t_string!(i18n, format.group),
        million: t_string!(i18n, format.million),
    }
}
