//! Why a suggestion or a group was made, in the user's language: each reason as one sentence,
//! then the quotations it rests on. The first reason's sentence is also the one-line "why" of a
//! collapsed card.

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::data::{SourceRef, Stance};
use crate::format;
use crate::matching::{EvidenceKind, Reason};
use crate::ui::context::{use_data, use_terms, AppData, I18n, Terms};
use crate::ui::i18n::*;
use crate::ui::widgets::quote::{Quote, Unknown};
use crate::ui::widgets::words::{self, number_format, text, text_owned};

/// What a quotation shows of its city, as a word that fits in a sentence.
fn evidence_word(i18n: I18n, kind: &EvidenceKind) -> &'static str {
    match kind {
        EvidenceKind::Stance {
            stance: Stance::Expertise,
        } => t_string!(i18n, matching.ev_expertise),
        EvidenceKind::Stance {
            stance: Stance::Investing,
        } => t_string!(i18n, matching.ev_investing),
        EvidenceKind::Stance {
            stance: Stance::Need,
        } => t_string!(i18n, matching.ev_need),
        EvidenceKind::Initiative { .. } => t_string!(i18n, matching.ev_initiative),
        EvidenceKind::Challenge { .. } => t_string!(i18n, matching.ev_challenge),
        EvidenceKind::Wish { .. } => t_string!(i18n, matching.ev_wish),
    }
}

/// The reason in one sentence; reactive (follows the language). `brief` names only the most
/// selective of several shared networks, for the one line of a collapsed card.
#[component]
pub(super) fn ReasonSentence(reason: Reason, #[prop(optional)] brief: bool) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let terms = use_terms();
    text_owned(move || sentence(i18n, &data, terms, &reason, brief))
}

/// The reason as a proposal started from it keeps it ([`crate::proposals::Origin::reasons`]):
/// its sentence in the interface language, then the quotations it rests on, each with its
/// document and passage.
pub(super) fn reason_record(i18n: I18n, data: &AppData, terms: Terms, reason: &Reason) -> String {
    let quoted = quotations(reason).into_iter().map(|(text, source)| {
        let document = data
            .catalog
            .document(&source.doc)
            .and_then(|d| d.title.clone())
            .unwrap_or_else(|| t_string!(i18n, source.reference).to_string());
        match source.section {
            Some(section) => format!("“{text}” ({document}, {section})"),
            None => format!("“{text}” ({document})"),
        }
    });
    let quoted: Vec<String> = quoted.collect();
    let sentence = sentence(i18n, data, terms, reason, false);
    if quoted.is_empty() {
        sentence
    } else {
        format!("{sentence} \u{2014} {}", quoted.join(" "))
    }
}

/// The quotations a reason rests on, with their sources.
fn quotations(reason: &Reason) -> Vec<(String, SourceRef)> {
    match reason {
        Reason::Offers { offer, want, .. } => vec![offer, want],
        Reason::SharedPriority { first, second, .. } => vec![first, second],
        Reason::WantsToWorkOn { partner, .. } => vec![partner],
        _ => Vec::new(),
    }
    .into_iter()
    .map(|e| (e.text.clone(), e.source.clone()))
    .chain(match reason {
        Reason::PartnerContinent { text, source, .. }
        | Reason::ExistingTie {
            summary: text,
            source,
            ..
        } => Some((text.clone(), source.clone())),
        _ => None,
    })
    .collect()
}

fn sentence(i18n: I18n, data: &AppData, terms: Terms, reason: &Reason, brief: bool) -> String {
    let city = |id: &str| {
        data.catalog
            .city(id)
            .map_or_else(|| id.to_string(), |c| c.name.clone())
    };
    let cities = |ids: &[String]| ids.iter().map(|c| city(c)).collect::<Vec<_>>().join(", ");
    let sector = |id: &str| terms.name(TermKind::Sector, id);
    match reason {
        Reason::Offers {
            giver,
            receiver,
            sector: s,
            offer,
            want,
        } => t_string!(
            i18n,
            matching.line_offers,
            sector = sector(s),
            offer = evidence_word(i18n, &offer.kind),
            giver = city(giver),
            want = evidence_word(i18n, &want.kind),
            receiver = city(receiver)
        )
        .into_owned(),
        Reason::SharedPriority { sector: s, .. } => {
            t_string!(i18n, matching.line_shared, sector = sector(s)).into_owned()
        }
        Reason::WantsToWorkOn {
            city: focus,
            sector: s,
            partner,
        } => t_string!(
            i18n,
            matching.line_reading,
            sector = sector(s),
            city = city(focus),
            evidence = evidence_word(i18n, &partner.kind),
            partner = city(&partner.city)
        )
        .into_owned(),
        Reason::SharedNetworks {
            cities: members,
            networks,
        } => {
            let shown = if brief { 1 } else { networks.len() };
            let mut names = networks
                .iter()
                .take(shown)
                .map(|share| {
                    let name = data
                        .catalog
                        .network(&share.network)
                        .map_or(share.network.as_str(), |n| n.name.as_str());
                    t_string!(
                        i18n,
                        matching.network_size,
                        name = name,
                        count = share.members
                    )
                    .into_owned()
                })
                .collect::<Vec<_>>()
                .join("; ");
            if networks.len() > shown {
                let more = t_string!(i18n, matching.and_more, count = networks.len() - shown);
                names = format!("{names} {more}");
            }
            if members.len() == 2 {
                t_string!(i18n, matching.line_networks_pair, networks = names).into_owned()
            } else {
                t_string!(
                    i18n,
                    matching.line_networks_group,
                    cities = cities(members),
                    networks = names
                )
                .into_owned()
            }
        }
        Reason::SharedLanguages { languages } => {
            let names: Vec<String> = languages
                .iter()
                .map(|code| words::language_name(i18n, code))
                .collect();
            t_string!(i18n, matching.line_languages, languages = names.join(", ")).into_owned()
        }
        Reason::PartnerContinent {
            city: wisher,
            continent,
            ..
        } => t_string!(
            i18n,
            matching.line_continent,
            city = city(wisher),
            continent = words::continent(i18n, *continent)
        )
        .into_owned(),
        Reason::SimilarScale { .. } => t_string!(i18n, matching.line_scale).to_string(),
        Reason::CrossContinental { .. } => t_string!(i18n, matching.cross_reason).to_string(),
        Reason::ExistingTie { .. } => t_string!(i18n, matching.existing_partner).to_string(),
        Reason::Duplicates { sectors, .. } => t_string!(
            i18n,
            matching.line_duplicates,
            sectors = terms.names(TermKind::Sector, sectors)
        )
        .into_owned(),
    }
}

/// A reason in full: its sentence, then the quotations and figures it rests on.
#[component]
pub(crate) fn ReasonView(reason: Reason) -> impl IntoView {
    let i18n = use_i18n();
    let quoted = quotations(&reason);
    let scale = match &reason {
        Reason::SimilarScale {
            populations,
            migrant_shares,
        } => Some((*populations, *migrant_shares)),
        _ => None,
    };
    let warning = matches!(reason, Reason::Duplicates { .. });
    view! {
        <p class="reason-line" class:warning=warning>
            {warning.then_some("\u{26a0} ")}
            <ReasonSentence reason />
        </p>
        {quoted.into_iter().map(|(text, source)| view! { <Quote text source /> }).collect_view()}
        {scale.map(|(populations, shares)| view! {
            <p class="hint">
                {text(move || t_string!(i18n, matching.similar_scale))}" "
                {populations.map(|p| match p {
                    Some(p) => view! { <span>{move || format::population(p, &number_format(i18n))}</span> }.into_any(),
                    None => view! { <Unknown short=true /> }.into_any(),
                }).into_iter().collect_view()}
                " \u{b7} "
                {shares.map(|s| match s {
                    Some(s) => view! { <span>{move || t_string!(i18n, value.percent, value = format::decimal(s, 1, &number_format(i18n))).into_owned()}</span> }.into_any(),
                    None => view! { <Unknown short=true /> }.into_any(),
                }).into_iter().collect_view()}
            </p>
        })}
    }
}
