//! Funding that fits a suggested pair, a group or a proposal: the dataset's funding entries ranked
//! by fit, each with why it fits and its quoted source, and a plain sentence when none fits.

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::matching::{FundingFit, FundingReason};
use crate::ui::context::{use_data, use_terms};
use crate::ui::i18n::*;
use crate::ui::widgets::quote::Quote;
use crate::ui::widgets::words::{self, text, text_owned};

#[component]
pub fn FundingFits(fits: Vec<FundingFit>) -> impl IntoView {
    let i18n = use_i18n();
    let is_empty = fits.is_empty();
    view! {
        <h4 class="why-heading">{text(move || t_string!(i18n, funding.title))}</h4>
        {is_empty.then(|| view! { <p class="empty">{text(move || t_string!(i18n, funding.none))}</p> })}
        <ul class="funding-fits" aria-label=move || t_string!(i18n, funding.title)>
            {fits.into_iter().map(|fit| view! { <FundingItem fit /> }).collect_view()}
        </ul>
    }
}

#[component]
fn FundingItem(fit: FundingFit) -> impl IntoView {
    let data = use_data();
    let Some(funding) = data.catalog.data().funding.get(fit.funding).cloned() else {
        return ().into_any();
    };
    view! {
        <li class="funding-fit">
            <p class="funding-name"><strong lang="en">{funding.name.clone()}</strong>" \u{b7} "<span lang="en">{funding.provider.clone()}</span></p>
            <p class="hint" lang="en">{funding.funds.clone()}</p>
            <FundingWhy fit />
        </li>
    }
    .into_any()
}

/// Why a funding entry fits, each reason with the quotation it rests on, then the entry's own.
#[component]
pub fn FundingWhy(fit: FundingFit) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let terms = use_terms();
    let Some(funding) = data.catalog.data().funding.get(fit.funding).cloned() else {
        return ().into_any();
    };
    let city_names = {
        let data = data.clone();
        move |ids: &[String]| {
            ids.iter()
                .map(|id| {
                    data.catalog
                        .city(id)
                        .map_or_else(|| id.clone(), |c| c.name.clone())
                })
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let reasons = fit
        .reasons
        .into_iter()
        .map(|reason| {
            let city_names = city_names.clone();
            let data = data.clone();
            let (sentence, quote) = match reason {
                FundingReason::Sectors { sectors } => (
                    text_owned(move || {
                        t_string!(
                            i18n,
                            funding.funds_sectors,
                            sectors = terms.names(TermKind::Sector, &sectors)
                        )
                        .into_owned()
                    }),
                    None,
                ),
                FundingReason::Continents {
                    cities,
                    continents,
                    text: quoted,
                    source,
                } => (
                    text_owned(move || {
                        let names: Vec<&str> = continents
                            .iter()
                            .map(|c| words::continent(i18n, *c))
                            .collect();
                        t_string!(
                            i18n,
                            funding.open_to,
                            continents = names.join(", "),
                            cities = city_names(&cities)
                        )
                        .into_owned()
                    }),
                    Some((quoted, source)),
                ),
                FundingReason::Network {
                    network,
                    cities,
                    text: quoted,
                    source,
                } => (
                    text_owned(move || {
                        let name = data
                            .catalog
                            .network(&network)
                            .map_or_else(|| network.clone(), |n| n.name.clone());
                        t_string!(
                            i18n,
                            funding.members_of,
                            network = name,
                            cities = city_names(&cities)
                        )
                        .into_owned()
                    }),
                    Some((quoted, source)),
                ),
                FundingReason::FundedBefore {
                    summary, source, ..
                } => (
                    text(move || t_string!(i18n, funding.funded_before)).into(),
                    Some((summary, source)),
                ),
            };
            view! {
                <li>
                    {sentence}
                    {quote.map(|(text, source)| view! { <Quote text source /> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="funding-reasons">{reasons}</ul>
        <Quote text=funding.text source=funding.source />
    }
    .into_any()
}
