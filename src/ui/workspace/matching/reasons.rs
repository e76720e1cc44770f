//! One reason behind a suggestion, with the quotations it rests on.

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::format;
use crate::matching::{EvidenceKind, Reason};
use crate::ui::context::{use_data, use_terms};
use crate::ui::i18n::*;
use crate::ui::widgets::city::{CityRef, StanceMark};
use crate::ui::widgets::quote::{Quote, Unknown};
use crate::ui::widgets::terms::TermName;
use crate::ui::widgets::words::{self, number_format, text};

/// What a quotation shows of its city: a stance as its mark, another kind of evidence by name.
#[component]
fn EvidenceMark(kind: EvidenceKind) -> impl IntoView {
    let i18n = use_i18n();
    match kind {
        EvidenceKind::Stance { stance } => {
            view! { <StanceMark stance with_label=true /> }.into_any()
        }
        EvidenceKind::Initiative { .. } => {
            text(move || t_string!(i18n, matching.evidence_initiative)).into_any()
        }
        EvidenceKind::Challenge { .. } => {
            text(move || t_string!(i18n, matching.evidence_challenge)).into_any()
        }
        EvidenceKind::Wish { .. } => {
            text(move || t_string!(i18n, matching.evidence_wish)).into_any()
        }
    }
}

#[component]
pub(super) fn ReasonView(reason: Reason) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let terms = use_terms();
    match reason {
        Reason::Offers { giver, receiver, sector, offer, want } => {
            view! {
                <p>
                    <CityRef id=giver />" "<EvidenceMark kind=offer.kind.clone() />" · "<TermName kind=TermKind::Sector id=sector />
                    " \u{2192} "<CityRef id=receiver />" "<EvidenceMark kind=want.kind.clone() />
                </p>
                <Quote text=offer.text source=offer.source />
                <Quote text=want.text source=want.source />
            }
            .into_any()
        }
        Reason::SharedPriority { sector, first, second } => {
            view! {
                <p>{text(move || t_string!(i18n, matching.shared_priority))}" · "<TermName kind=TermKind::Sector id=sector /></p>
                <Quote text=first.text source=first.source />
                <Quote text=second.text source=second.source />
            }
            .into_any()
        }
        Reason::SharedNetworks { networks, .. } => {
            let names: Vec<String> = networks
                .iter()
                .map(|n| data.catalog.network(&n.network).map_or_else(|| n.network.clone(), |n| n.name.clone()))
                .collect();
            view! { <p>{text(move || t_string!(i18n, matching.shared_networks))}" "<span lang="en">{names.join(", ")}</span></p> }.into_any()
        }
        Reason::SharedLanguages { languages } => {
            let codes = languages.join(", ");
            view! { <p>{text(move || t_string!(i18n, matching.shared_languages))}" "{codes}</p> }.into_any()
        }
        Reason::SimilarScale { populations, migrant_shares } => view! {
            <p>
                {text(move || t_string!(i18n, matching.similar_scale))}" "
                {populations.map(|p| match p {
                    Some(p) => view! { <span>{move || format::population(p, &number_format(i18n))}</span> }.into_any(),
                    None => view! { <Unknown /> }.into_any(),
                }).into_iter().collect_view()}
                " · "
                {migrant_shares.map(|s| match s {
                    Some(s) => view! { <span>{move || t_string!(i18n, value.percent, value = format::decimal(s, 1, &number_format(i18n))).into_owned()}</span> }.into_any(),
                    None => view! { <Unknown /> }.into_any(),
                }).into_iter().collect_view()}
            </p>
        }
        .into_any(),
        Reason::WantsToWorkOn { city, sector, partner } => view! {
            <p><CityRef id=city />" · "<TermName kind=TermKind::Sector id=sector />" \u{2190} "<CityRef id=partner.city.clone() />" "<EvidenceMark kind=partner.kind.clone() /></p>
            <Quote text=partner.text source=partner.source />
        }
        .into_any(),
        Reason::PartnerContinent { city, continent, text: quoted, source, .. } => view! {
            <p><CityRef id=city />" \u{2192} "{text(move || words::continent(i18n, continent))}</p>
            <Quote text=quoted source />
        }
        .into_any(),
        Reason::CrossContinental { .. } => view! { <p>{text(move || t_string!(i18n, matching.cross_reason))}</p> }.into_any(),
        Reason::ExistingTie { summary, source, .. } => view! {
            <p>{text(move || t_string!(i18n, matching.existing_tie))}</p>
            <Quote text=summary source />
        }
        .into_any(),
        Reason::Duplicates { sectors, .. } => {
            view! {
                <p class="warning">"\u{26a0} "{text(move || t_string!(i18n, matching.duplicate_reason))}" "{move || terms.names(TermKind::Sector, &sectors)}</p>
            }
            .into_any()
        }
    }
}
