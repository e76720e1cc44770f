//! A city as the other screens mention it: a link to its profile, its subtitle, the sectors it
//! prioritises with their stances.

use leptos::prelude::*;

use crate::address::Screen;
use crate::data::vocabulary::TermKind;
use crate::data::{City, Stance};
use crate::id::{Id, VariantArray};
use crate::ui::context::use_data;
use crate::ui::i18n::*;
use crate::ui::widgets::link::{embedded_address, AppLink};
use crate::ui::widgets::quote::SelfDescribedBadge;
use crate::ui::widgets::terms::TermName;
use crate::ui::widgets::words::{self, text, text_owned};

/// The stance as a shape and a word, so it never rests on colour alone.
#[component]
pub fn StanceMark(stance: Stance, #[prop(optional)] with_label: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class=format!("stance stance-{}", stance.id())>
            <span class="stance-symbol" aria-hidden="true">{words::stance_symbol(stance)}</span>
            <span class:visually-hidden=!with_label>{text(move || words::stance(i18n, stance))}</span>
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
            let present: Vec<Stance> = Stance::VARIANTS
                .iter()
                .copied()
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

/// Country, continent and role of a city, under its name on a card or a profile. A profile of
/// this device says its country in its own words and carries the self-described badge instead
/// of a role in the Dialogue.
#[component]
pub fn CitySubtitle(city: City) -> impl IntoView {
    let i18n = use_i18n();
    let continent = city.continent;
    let participant = city.participant;
    let own = city.sources.named_in.is_contributed();
    view! {
        <p class="card-subtitle">
            {if own {
                view! { <bdi>{city.country}</bdi> }.into_any()
            } else {
                view! { <TermName kind=TermKind::Country id=city.country_code /> }.into_any()
            }}
            " · "
            {text(move || words::continent(i18n, continent))}
            " · "
            {if own {
                view! { <SelfDescribedBadge /> }.into_any()
            } else {
                view! {
                    <span class=if participant { "badge badge-participant" } else { "badge badge-partner" }>
                        {text(move || words::role(i18n, participant))}
                    </span>
                }.into_any()
            }}
        </p>
    }
}

/// A link to a city's profile that keeps the embed mode.
#[component]
pub fn CityLink(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    /// See [`AppLink`]'s.
    #[prop(optional_no_strip)]
    tabindex: Option<&'static str>,
) -> impl IntoView {
    let target = embedded_address(Screen::City(id));
    view! { <AppLink to=target tabindex>{name}</AppLink> }
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

/// Opens the Match view for this city.
#[component]
pub fn FindPartners(id: String, name: String) -> impl IntoView {
    let i18n = use_i18n();
    let target = embedded_address(Screen::Match(Some(id)));
    view! { <AppLink to=target class="button primary">{text_owned(move || t_string!(i18n, matching.find_partners_for, city = name.clone()).into_owned())}</AppLink> }
}
