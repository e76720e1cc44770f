//! The document's title follows the screen ("Dakar · Passerelle"), so tabs, bookmarks and the
//! browser's history tell the views apart.

use leptos::prelude::*;

use crate::address::Screen;
use crate::ui::context::{use_address_bar, use_data, I18n};
use crate::ui::i18n::*;

/// The screen's name in the interface language; a city's own name where the screen is about one.
fn screen_title(i18n: I18n, screen: &Screen, city: impl Fn(&str) -> Option<String>) -> String {
    match screen {
        Screen::List => t_string!(i18n, nav.cities).to_string(),
        Screen::City(id) => city(id).unwrap_or_else(|| t_string!(i18n, nav.cities).to_string()),
        Screen::Matrix => t_string!(i18n, nav.matrix).to_string(),
        Screen::Networks => t_string!(i18n, nav.networks).to_string(),
        Screen::Sources => t_string!(i18n, nav.sources).to_string(),
        Screen::Match(Some(id)) => match city(id) {
            Some(city) => t_string!(i18n, matching.find_partners_for, city).into_owned(),
            None => t_string!(i18n, nav.matching).to_string(),
        },
        Screen::Match(None) => t_string!(i18n, nav.matching).to_string(),
        Screen::Proposals | Screen::Proposal(_) | Screen::NewProposal { .. } => {
            t_string!(i18n, nav.proposals).to_string()
        }
        Screen::Map(Some(id)) => match city(id) {
            Some(city) => format!("{city} · {}", t_string!(i18n, nav.map)),
            None => t_string!(i18n, nav.map).to_string(),
        },
        Screen::Map(None) => t_string!(i18n, nav.map).to_string(),
        Screen::Memberships => t_string!(i18n, nav.memberships).to_string(),
        Screen::Sessions | Screen::Session(_) => t_string!(i18n, nav.workshop).to_string(),
        Screen::Contribute | Screen::Profile(_) => t_string!(i18n, nav.contribute).to_string(),
        Screen::EmbedCode(_) => t_string!(i18n, embed.this_view).to_string(),
    }
}

/// Keeps `document.title` in step with the screen and the language; an address that names
/// nothing the app knows is titled "Not found".
pub fn follow_screen() {
    let i18n = use_i18n();
    let bar = use_address_bar();
    let data = use_data();
    Effect::new(move |_| {
        let title = bar.parsed.with(|parsed| match parsed {
            Ok(address) => screen_title(i18n, &address.screen, |id| {
                data.catalog.city(id).map(|c| c.name.clone())
            }),
            Err(_) => t_string!(i18n, not_found.title).to_string(),
        });
        document().set_title(&format!("{title} · Passerelle"));
    });
}
