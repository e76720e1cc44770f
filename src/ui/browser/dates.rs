//! Dates in the interface language, written by the browser's own `Intl` so that no month names
//! travel in the download: "août 2020", "August 2020".

use js_sys::{Date, Object, Reflect};
use leptos::prelude::window;
use wasm_bindgen::JsValue;

use crate::format::DatePrecision;

/// `iso` written for `language`; text that is not an ISO date is returned as it is.
pub fn local_date(iso: &str, language: &str) -> String {
    let Some(precision) = DatePrecision::of(iso) else {
        return iso.to_string();
    };
    let options = Object::new();
    let set = |key: &str, value: &str| {
        let _ = Reflect::set(&options, &key.into(), &value.into());
    };
    // Months and days are calendar dates, not instants: read and written in UTC so that no
    // time zone moves them to the day before.
    let instant = match precision {
        DatePrecision::Month => {
            set("year", "numeric");
            set("month", "long");
            set("timeZone", "UTC");
            format!("{iso}-01T00:00:00Z")
        }
        DatePrecision::Day => {
            set("year", "numeric");
            set("month", "long");
            set("day", "numeric");
            set("timeZone", "UTC");
            format!("{iso}T00:00:00Z")
        }
        DatePrecision::Minute => {
            set("dateStyle", "medium");
            set("timeStyle", "short");
            iso.to_string()
        }
    };
    let date = Date::new(&JsValue::from_str(&instant));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    date.to_locale_string(&intl_locale(language), &options)
        .into()
}

/// The browser's own locale when it is a variant of `language` (en-GB writes "23 November",
/// en-US "November 23"), else the language itself.
fn intl_locale(language: &str) -> String {
    window()
        .navigator()
        .language()
        .filter(|browser| browser.split('-').next() == Some(language))
        .unwrap_or_else(|| language.to_string())
}

/// The current time as `toISOString` writes it (`2026-11-23T12:04:10.724Z`).
pub fn now() -> String {
    String::from(Date::new_0().to_iso_string())
}
