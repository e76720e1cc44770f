//! What this device remembers outside IndexedDB, in the browser's local storage (and, for one
//! visit, its session storage): small settings and copies that every page reads synchronously
//! before it renders.

use leptos::prelude::*;
use leptos_i18n::Locale as _;

use crate::ui::i18n::Locale;

/// Where the chosen language is remembered on this device.
const LANGUAGE_KEY: &str = "passerelle.language";

/// The browser's local storage; none where it is refused (a private window, a sandbox).
pub fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The language to start in: the one the user chose before on this device, else the first of
/// the browser's languages the app has, else the default. Known before anything loads, so the
/// first screen comes in it, vocabulary included.
pub fn starting_locale() -> Locale {
    let has = |code: &str| {
        let primary = code.split('-').next().unwrap_or(code);
        Locale::get_all()
            .iter()
            .copied()
            .find(|l| l.as_str() == primary)
    };
    let remembered = local_storage().and_then(|s| s.get_item(LANGUAGE_KEY).ok().flatten());
    let languages = window().navigator().languages();
    let browser = languages.iter().filter_map(|l| l.as_string());
    remembered
        .into_iter()
        .chain(browser)
        .find_map(|code| has(&code))
        .unwrap_or_default()
}

/// Remembers the language the user chose, for [`starting_locale`] on the next visit.
pub fn remember_language(locale: Locale) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LANGUAGE_KEY, locale.as_str());
    }
}

/// Where "not now" to downloading the app for use without a network is remembered: in the
/// tab's session storage, so the pages of this visit do not ask again and the next visit does.
const OFFLINE_LATER_KEY: &str = "passerelle.offline-later";

/// Whether the user said "not now" to downloading the rest of the app during this visit.
pub fn offline_later() -> bool {
    window()
        .session_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(OFFLINE_LATER_KEY).ok().flatten())
        .is_some()
}

/// Remembers "not now" for [`offline_later`].
pub fn remember_offline_later() {
    if let Some(storage) = window().session_storage().ok().flatten() {
        let _ = storage.set_item(OFFLINE_LATER_KEY, "1");
    }
}
