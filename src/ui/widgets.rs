//! Small pieces every view uses: quotations with their source, unknown values, stance marks and
//! links to cities.

use leptos::prelude::*;

use super::app::use_data;
use super::dates::LocalDate;
use super::i18n::*;
use super::labels;
use super::labels::text;
use super::location::{use_route, Link};
use super::terms::TermName;
use crate::data::vocabulary::TermKind;
use crate::data::{City, SourceRef, Stance};
use crate::route::{Route, View};

/// The source of a fact, shown on demand: the document and the passage.
#[component]
pub fn SourceNote(source: SourceRef) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let detail = if source.is_reference() {
        None
    } else {
        let document = data.catalog.document(&source.doc);
        let title = document
            .and_then(|d| d.title.clone().or_else(|| d.description.clone()))
            .unwrap_or_else(|| source.doc.clone());
        let publisher = document.and_then(|d| d.publisher.clone());
        let date = document.and_then(|d| d.date.clone());
        Some((
            title,
            publisher,
            date,
            source.section.clone().unwrap_or_default(),
        ))
    };
    view! {
        <details class="source">
            <summary>{text(move || t_string!(i18n, source.label))}</summary>
            <p>
                {match detail {
                    None => view! { <span>{text(move || t_string!(i18n, source.reference))}</span> }.into_any(),
                    Some((title, publisher, date, section)) => view! {
                        <cite lang="en">{title}</cite>
                        {(publisher.is_some() || date.is_some()).then(|| {
                            let comma = (publisher.is_some() && date.is_some()).then_some(", ");
                            view! { " (" {publisher} {comma} {date.map(|iso| view! { <LocalDate iso /> })} ")" }
                        })}
                        " · "
                        <span>{text(move || t_string!(i18n, source.passage))}" "<span lang="en">{section}</span></span>
                    }
                    .into_any(),
                }}
            </p>
        </details>
    }
}

/// A text quoted from a source, in the source's language, with its source on demand.
#[component]
pub fn Quote(#[prop(into)] text: String, source: SourceRef) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="quote-block">
            <blockquote class="quote" lang="en">{text}</blockquote>
            <p class="quote-meta">
                <Show when=move || i18n.get_locale() != Locale::en>
                    <span class="quote-language">{labels::text(move || t_string!(i18n, source.quoted_in_english))}</span>
                </Show>
            </p>
            <SourceNote source />
        </div>
    }
}

/// A value the sources do not give, said plainly.
#[component]
pub fn Unknown() -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class="unknown">{text(move || t_string!(i18n, value.unknown))}</span> }
}

/// The stance as a shape and a word, so it never rests on colour alone.
#[component]
pub fn StanceMark(stance: Stance, #[prop(optional)] with_label: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class=format!("stance stance-{}", stance.id())>
            <span class="stance-symbol" aria-hidden="true">{labels::stance_symbol(stance)}</span>
            <span class:visually-hidden=!with_label>{text(move || labels::stance(i18n, stance))}</span>
        </span>
    }
}

/// The sectors a city prioritises, in Table A1 order, each with its stances.
#[component]
pub fn SectorChips(city: City) -> impl IntoView {
    let data = use_data();
    let chips: Vec<(String, Vec<Stance>)> = data
        .catalog
        .sectors()
        .iter()
        .filter_map(|sector| {
            let present: Vec<Stance> = Stance::ALL
                .into_iter()
                .filter(|s| {
                    city.priorities
                        .iter()
                        .any(|p| p.sector == sector.id && p.stance == *s)
                })
                .collect();
            (!present.is_empty()).then(|| (sector.id.clone(), present))
        })
        .collect();
    view! {
        <ul class="sector-chips">
            {chips
                .into_iter()
                .map(|(sector, stances)| {
                    view! {
                        <li class="sector-chip">
                            {stances.into_iter().map(|stance| view! { <StanceMark stance /> }).collect_view()}
                            <TermName kind=TermKind::Sector id=sector />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// Country, continent and role of a city, under its name on a card or a profile.
#[component]
pub fn CitySubtitle(city: City) -> impl IntoView {
    let i18n = use_i18n();
    let continent = city.continent;
    let participant = city.participant;
    view! {
        <p class="card-subtitle">
            <TermName kind=TermKind::Country id=city.country_code />
            " · "
            {text(move || labels::continent(i18n, continent))}
            " · "
            <span class=if participant { "badge badge-participant" } else { "badge badge-partner" }>
                {text(move || labels::role(i18n, participant))}
            </span>
        </p>
    }
}

/// A link to a city's profile that keeps the embed mode.
#[component]
pub fn CityLink(#[prop(into)] id: String, #[prop(into)] name: String) -> impl IntoView {
    let route = use_route();
    let target = Signal::derive(move || {
        let mut to = Route::with_view(View::City(id.clone()));
        to.embed = route.with(|r| r.embed);
        to
    });
    view! { <Link route=target>{name}</Link> }
}

/// A link to a city by id, with its name from the dataset.
#[component]
pub fn CityRef(#[prop(into)] id: String) -> impl IntoView {
    let data = use_data();
    let name = data
        .catalog
        .city(&id)
        .map_or_else(|| id.clone(), |c| c.name.clone());
    view! { <CityLink id name /> }
}
