//! What an address the app cannot show gets: what was not found, in the user's language, and a
//! way back.

use leptos::prelude::*;

use crate::address::{Address, AddressError};
use crate::format::{clip, isolate};
use crate::ui::i18n::*;
use crate::ui::widgets::link::AppLink;
use crate::ui::widgets::words::{text, text_owned};

/// Values from the address are echoed at most this long: a link can carry anything.
const ECHOED: usize = 80;

#[component]
pub fn NotFound(error: AddressError) -> impl IntoView {
    let i18n = use_i18n();
    // Cut short, and isolated for direction: a link can carry anything.
    let echo = |value: &str| isolate(&clip(value, ECHOED));
    let detail = move || match &error {
        AddressError::UnknownCity(id) => {
            t_string!(i18n, not_found.unknown_city, id = echo(id)).into_owned()
        }
        AddressError::MissingCity => t_string!(i18n, not_found.missing_city).to_string(),
        AddressError::MissingProposal => t_string!(i18n, not_found.missing_proposal).to_string(),
        AddressError::MissingProfile => t_string!(i18n, not_found.missing_profile).to_string(),
        AddressError::UnknownView(view) => {
            t_string!(i18n, not_found.unknown_view, view = echo(view)).into_owned()
        }
        AddressError::UnknownValue { param, value } => t_string!(
            i18n,
            not_found.unknown_value,
            param = echo(param),
            value = echo(value)
        )
        .into_owned(),
    };
    view! {
        <div class="page status-screen" role="alert">
            <h1>{text(move || t_string!(i18n, not_found.title))}</h1>
            <p class="echo">{text_owned(detail)}</p>
            <p>
                <AppLink to=Address::default() class="button primary">{text(move || t_string!(i18n, not_found.back))}</AppLink>
            </p>
        </div>
    }
}
