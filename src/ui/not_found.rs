//! What a link the app cannot show gets: what was not found and a way back.

use leptos::prelude::*;

use super::i18n::*;
use super::labels::text;
use super::location::Link;
use crate::route::{Route, RouteError};

#[component]
pub fn NotFound(error: RouteError) -> impl IntoView {
    let i18n = use_i18n();
    let detail = move || match &error {
        RouteError::UnknownCity(id) => {
            t_string!(i18n, not_found.unknown_city, id = id.clone()).into_owned()
        }
        RouteError::MissingCity => t_string!(i18n, not_found.missing_city).to_string(),
        RouteError::MissingProposal => t_string!(i18n, not_found.missing_proposal).to_string(),
        RouteError::UnknownView(view) => {
            t_string!(i18n, not_found.unknown_view, view = view.clone()).into_owned()
        }
        RouteError::UnknownValue { param, value } => t_string!(
            i18n,
            not_found.unknown_value,
            param = param.clone(),
            value = value.clone()
        )
        .into_owned(),
    };
    view! {
        <div class="page status-screen" role="alert">
            <h1>{text(move || t_string!(i18n, not_found.title))}</h1>
            <p>{detail}</p>
            <p>
                <Link route=Route::default() class="button primary">{text(move || t_string!(i18n, not_found.back))}</Link>
            </p>
        </div>
    }
}
