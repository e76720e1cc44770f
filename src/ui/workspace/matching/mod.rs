//! The Match screen: partner suggestions for a city with the weights as controls, each
//! result's explanation one tap away, and groups of cities around the chosen sectors.

mod clusters;
mod controls;
mod reasons;
mod starter;
mod suggestion;

use leptos::prelude::*;

use crate::address::Screen;
use crate::filter::Facet;
use crate::ui::chrome::status::NoData;
use crate::ui::context::{use_address, use_data, use_matcher};
use crate::ui::i18n::*;
use crate::ui::widgets::filters::FilterPanel;
use crate::ui::widgets::link::{embedded_address, AppLink};
use crate::ui::widgets::words::{text, text_owned};
use crate::ui::workspace::matching::clusters::Clusters;
use crate::ui::workspace::matching::controls::{SectorChoice, Settings, WeightSliders};
use crate::ui::workspace::matching::suggestion::SuggestionCard;
use crate::{filter, matching};

/// How many suggestions show at first, and how many more each tap adds.
const PAGE: usize = 10;

#[component]
pub fn MatchView(city: Option<String>) -> impl IntoView {
    if !use_data().available {
        return view! { <NoData /> }.into_any();
    }
    match city {
        Some(id) => view! { <MatchFor id /> }.into_any(),
        None => view! { <CityPicker /> }.into_any(),
    }
}

#[component]
fn CityPicker() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let mut cities: Vec<(String, String, bool)> = data
        .catalog
        .cities()
        .iter()
        .map(|c| (c.id.clone(), c.name.clone(), c.participant))
        .collect();
    crate::order::sort_by(&mut cities, |a, b| {
        b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1))
    });
    view! {
        <div class="page match-page">
            <h1>{text(move || t_string!(i18n, matching.pick_title))}</h1>
            <p class="lead">{text(move || t_string!(i18n, matching.pick_lead))}</p>
            <ul class="network-links">
                {cities
                    .into_iter()
                    .map(|(id, name, _)| {
                        let target = embedded_address(Screen::Match(Some(id)));
                        view! { <li><AppLink to=target class="chip">{name}</AppLink></li> }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

#[component]
fn MatchFor(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let matcher = use_matcher();
    let address = use_address();
    let name = data
        .catalog
        .city(&id)
        .map_or_else(|| id.clone(), |c| c.name.clone());
    let limit = RwSignal::new(PAGE);

    let query = {
        let data = data.clone();
        let id = id.clone();
        Memo::new(move |_| {
            let index = data.search_index();
            address.with(|a| a.match_query(&id, &data.catalog, &index))
        })
    };
    let ranked = {
        let data = data.clone();
        let matcher = matcher.clone();
        Memo::new(move |_| {
            query.with(|q| matching::rank(&data.catalog, &matcher, q).unwrap_or_default())
        })
    };
    let shown = {
        let data = data.clone();
        Memo::new(move |_| {
            query.with(|q| {
                ranked.with(|ranked| {
                    ranked
                        .iter()
                        .take(limit.get())
                        .enumerate()
                        .map(|(i, s)| {
                            (
                                i + 1,
                                s.clone(),
                                matching::explain(&data.catalog, &matcher, q, s),
                            )
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    };
    let outcome = {
        let data = data.clone();
        Memo::new(move |_| {
            let index = data.search_index();
            address.with(|a| filter::apply(&data.catalog, &index, &a.candidate_filter()))
        })
    };
    let profile = embedded_address(Screen::City(id));
    let total = move || ranked.with(Vec::len);

    view! {
        <div class="page match-page">
            <h1>{text_owned(move || t_string!(i18n, matching.title, city = name.clone()).into_owned())}</h1>
            <p class="lead">{text(move || t_string!(i18n, matching.lead))}</p>
            <p><AppLink to=profile>{text(move || t_string!(i18n, matching.open_profile))}</AppLink></p>
            <div class="match-layout">
                <div class="match-controls">
                    <SectorChoice />
                    <Settings />
                    <WeightSliders />
                    <details class="matrix-filters">
                        <summary class="button">{text(move || t_string!(i18n, matching.limit_partners))}</summary>
                        <FilterPanel outcome facets=vec![Facet::Continent, Facet::Country, Facet::Network, Facet::Population, Facet::Role] />
                    </details>
                </div>
                <section class="match-results" aria-labelledby="match-results-heading">
                    <h2 id="match-results-heading">
                        {text_owned(move || t_string!(i18n, matching.results, count = total()).into_owned())}
                    </h2>
                    <ol class="suggestions">
                        <For
                            each=move || shown.get()
                            key=|(rank, s, _)| (*rank, s.city, s.score.to_bits())
                            let((rank, suggestion, reasons))
                        >
                            <SuggestionCard rank suggestion reasons query weights=Signal::derive(move || query.with(|q| q.weights)) />
                        </For>
                    </ol>
                    <Show when=move || { limit.get() < total() }>
                        <button type="button" class="button" on:click=move |_| limit.update(|l| *l += PAGE)>
                            {text(move || t_string!(i18n, matching.show_more))}
                        </button>
                    </Show>
                </section>
            </div>
            <Clusters />
        </div>
    }
}
