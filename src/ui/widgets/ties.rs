//! A partnership as every screen shows it: its cities, status, mode, start, sectors, and the
//! passage it rests on.

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::data::Partnership;
use crate::ui::context::use_terms;
use crate::ui::i18n::*;
use crate::ui::widgets::city::CityRef;
use crate::ui::widgets::quote::Quote;
use crate::ui::widgets::words::{self, text, text_owned};

/// A partnership: its cities (but `except`, the city whose profile this is), status, mode,
/// start, sectors, and the passage it rests on.
#[component]
pub fn PartnershipFacts(tie: Partnership, #[prop(optional, into)] except: String) -> impl IntoView {
    let i18n = use_i18n();
    let terms = use_terms();
    let others: Vec<String> = tie
        .cities
        .iter()
        .filter(|c| **c != except)
        .cloned()
        .collect();
    let sectors = tie.sectors.clone();
    let mode = tie.mode;
    let status = tie.status;
    view! {
        <p class="partners">
            {(!except.is_empty()).then(|| view! { {text(move || t_string!(i18n, profile.with))}" " })}
            {others
                .into_iter()
                .enumerate()
                .map(|(i, other)| view! { {(i > 0).then_some(", ")}<CityRef id=other /> })
                .collect_view()}
        </p>
        <p class="tie-meta">
            <span class="badge">{text(move || words::status(i18n, status))}</span>
            " "
            <span class="badge">{text(move || words::mode(i18n, mode))}</span>
            {tie.since.map(|year| view! { " " <span class="since">{text_owned(move || t_string!(i18n, profile.since, year).into_owned())}</span> })}
            {(!sectors.is_empty()).then(|| view! { " · " {move || terms.names(TermKind::Sector, &sectors)} })}
        </p>
        <Quote text=tie.summary source=tie.source />
    }
}
