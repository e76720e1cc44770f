//! The Match screen: partner suggestions for a city with the weights as controls, each
//! result's explanation one tap away, and groups of cities around the chosen sectors.

mod clusters;
mod controls;
mod question;
pub(crate) mod reasons;
mod starter;
mod suggestion;

use leptos::prelude::*;

use crate::address::Screen;
use crate::data::vocabulary::TermKind;
use crate::matching::{self, Warning};
use crate::ui::chrome::status::NoData;
use crate::ui::context::{use_address, use_data, use_matcher, use_terms, I18n};
use crate::ui::i18n::*;
use crate::ui::widgets::link::{embedded_address, AppLink};
use crate::ui::widgets::words::{text, text_owned};
use crate::ui::workspace::matching::clusters::Clusters;
use crate::ui::workspace::matching::question::Question;
use crate::ui::workspace::matching::suggestion::{Ranked, SuggestionCard};

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
    let warnings = {
        let data = data.clone();
        let matcher = matcher.clone();
        Memo::new(move |_| {
            query.with(|q| matching::warnings(&data.catalog, &matcher, q).unwrap_or_default())
        })
    };
    // The best score sets the scale of every score bar.
    let best = Memo::new(move |_| ranked.with(|r| r.first().map_or(0.0, |s| s.score)));
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
                            let reasons = matching::explain(&data.catalog, &matcher, q, s);
                            let funding = matching::funding_for_pair(&data.catalog, &matcher, q, s);
                            Ranked {
                                rank: i + 1,
                                suggestion: s.clone(),
                                reasons,
                                funding,
                            }
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    };
    let profile = embedded_address(Screen::City(id));
    let total = move || ranked.with(Vec::len);

    view! {
        <div class="page match-page">
            <h1>
                {text_owned(move || around_city(i18n).0)}
                <AppLink to=profile>{name.clone()}</AppLink>
                {text_owned(move || around_city(i18n).1)}
            </h1>
            <Question />
            <EvidenceWarnings warnings />
            <section class="match-results" aria-labelledby="match-results-heading">
                <h2 id="match-results-heading" class="results-count">
                    {text_owned(move || t_string!(i18n, matching.results, count = total()).into_owned())}
                </h2>
                <ol class="suggestions">
                    <For
                        each=move || shown.get()
                        key=|r| (r.rank, r.suggestion.city, r.suggestion.score.to_bits())
                        let(ranked)
                    >
                        <SuggestionCard ranked best query />
                    </For>
                </ol>
                <Show when=move || { limit.get() < total() }>
                    <button type="button" class="button" on:click=move |_| limit.update(|l| *l += PAGE)>
                        {text(move || t_string!(i18n, matching.show_more))}
                    </button>
                </Show>
            </section>
            <Clusters />
        </div>
    }
}

/// The title's words before and after the city's name, which is a link to its profile.
fn around_city(i18n: I18n) -> (String, String) {
    const MARK: &str = "\u{1}";
    let title = t_string!(i18n, matching.title, city = MARK).into_owned();
    match title.split_once(MARK) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (title, String::new()),
    }
}

/// What the ranking as a whole rests on, said before the suggestions: a focus city the sources
/// say nothing about, or a sector it states no stance in.
#[component]
fn EvidenceWarnings(warnings: Memo<Vec<Warning>>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let terms = use_terms();
    let sentence = move |warning: &Warning| {
        let city_name = |id: &str| {
            data.catalog
                .city(id)
                .map_or_else(|| id.to_string(), |c| c.name.clone())
        };
        match warning {
            Warning::FocusHasNoPriorities { city } => {
                t_string!(i18n, matching.warn_no_priorities, city = city_name(city)).into_owned()
            }
            Warning::SectorWithoutStance { city, sector } => t_string!(
                i18n,
                matching.warn_sector_reading,
                city = city_name(city),
                sector = terms.name(TermKind::Sector, sector)
            )
            .into_owned(),
        }
    };
    let sentences =
        Memo::new(move |_| warnings.with(|all| all.iter().map(&sentence).collect::<Vec<_>>()));
    view! {
        <Show when=move || sentences.with(|s| !s.is_empty())>
            <ul class="evidence-warnings" role="note">
                {move || sentences.get().into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
            </ul>
        </Show>
    }
}
