//! The city list: search, filters with counts, sort, and a card per city.

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::data::City;
use crate::filter::{self, Outcome, SortKey};
use crate::format;
use crate::search::Field;
use crate::ui::context::{
    use_address, use_address_bar, use_data, use_shown_cards, use_terms, ShownCards,
};
use crate::ui::i18n::*;
use crate::ui::widgets::city::{CityLink, CitySubtitle, FindPartners, SectorChips};
use crate::ui::widgets::filters::{use_filter_outcome, value_label, FilterPanel, PAUSE};
use crate::ui::widgets::quote::Unknown;
use crate::ui::widgets::show_more::{restart_when, ShowMore, PAGE};
use crate::ui::widgets::words::{self, number_format, text, text_owned};

/// How many cards a search or filter shows in the frame that answers it, with those after them
/// that are on screen already ([`filter::at_once`]): a tablet's first screen (two rows of three
/// on a landscape tablet).
const FIRST: usize = 6;

/// Provided once by the Explore page ([`crate::ui::pages::explore_setup`]).
pub fn provide_shown_cards() {
    provide_context(ShownCards(RwSignal::new(PAGE)));
}

#[component]
pub fn CityList() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let address = use_address();
    let outcome = use_filter_outcome();
    // Every city in the chosen order, sorted when the order changes, not on every keystroke: the
    // list then takes the ones the filter keeps (a sort is stable, so that is their order too).
    let sort = Memo::new(move |_| address.with(|a| a.sort.clone()));
    let order = {
        let data = data.clone();
        Memo::new(move |_| {
            let mut all: Vec<usize> = (0..data.catalog.cities().len()).collect();
            sort.with(|key| filter::sort_by_city(&data.catalog, &mut all, |i| *i, key));
            all
        })
    };
    // The first `n` cities the filter keeps, in that order. A card is keyed by its city alone and
    // follows what the search found in it: a keystroke moves, adds or drops cards but rebuilds
    // none.
    let first = move |n: usize| {
        order.with(|all| {
            let mut kept = vec![false; all.len()];
            outcome.with(|o| {
                for &city in &o.cities {
                    if let Some(k) = kept.get_mut(city) {
                        *k = true;
                    }
                }
            });
            all.iter()
                .copied()
                .filter(|&c| kept[c])
                .take(n)
                .collect::<Vec<_>>()
        })
    };
    let ShownCards(shown) = use_shown_cards();
    let question = Memo::new(move |_| address.with(|a| (a.filter.clone(), a.sort.clone())));
    // Counts the questions asked (a search, a filter, an order) and the last one whose cards are
    // all built: a new question shows its first FIRST cards in the frame that answers it, the
    // rest once typing pauses.
    let asked = Memo::new(move |previous: Option<&usize>| {
        // Read, not only tracked: a memo never read never computes, so never changes.
        question.with(|_| ());
        previous.map_or(0, |n| n + 1)
    });
    let answered = RwSignal::new(asked.get_untracked());
    restart_when(shown, move || {
        asked.get();
    });
    Effect::new(move |_| {
        let now = asked.get();
        // The list may be gone by then (a city opened at once): nothing left to build.
        set_timeout(
            move || {
                let settled = answered.try_get_untracked().is_some_and(|a| a == now);
                if asked.try_get_untracked() == Some(now) && !settled {
                    answered.try_set(now);
                }
            },
            PAUSE,
        );
    });
    // The cards on screen: an answer keeps those it still lists instead of building them again.
    let on_screen = StoredValue::new(Vec::new());
    let cards = move || {
        let wanted = first(shown.get());
        let cards = if answered.get() == asked.get() {
            wanted
        } else {
            on_screen.with_value(|built| filter::at_once(&wanted, built, FIRST))
        };
        on_screen.set_value(cards.clone());
        cards
    };
    let count = move || outcome.with(|o| o.cities.len());
    let hidden_unknown = move || outcome.with(|o| o.unknown_share_hidden);

    view! {
        <div class="page list-page">
            <h1>{text(move || t_string!(i18n, list.title))}</h1>
            <p class="lead">{text(move || t_string!(i18n, list.lead))}</p>
            <SearchBox />
            <div class="explore">
                <FilterPanel outcome />
                <section class="results" aria-labelledby="results-heading">
                    <div class="results-bar">
                        <h2 id="results-heading" class="results-count" aria-live="polite">
                            {text_owned(move || t_string!(i18n, list.count, count = count()).into_owned())}
                        </h2>
                        <SortSelect />
                    </div>
                    <ActiveFilters />
                    {data.profiles_problem.is_some().then(|| view! {
                        <p class="note" role="status">{text(move || t_string!(i18n, list.profiles_left_out))}</p>
                    })}
                    <Show when=move || { hidden_unknown() > 0 }>
                        <p class="note">{text_owned(move || t_string!(i18n, list.unknown_share_hidden, count = hidden_unknown()).into_owned())}</p>
                    </Show>
                    <Show when=move || { count() == 0 }>
                        <p class="empty">{text(move || t_string!(i18n, list.empty))}</p>
                    </Show>
                    <ul class="cards">
                        <For
                            each=cards
                            key=|position| *position
                            let(position)
                        >
                            <CityCard city=data.catalog.cities()[position].clone() position outcome />
                        </For>
                    </ul>
                    <ShowMore shown total=count />
                </section>
            </div>
        </div>
    }
}

#[component]
fn SearchBox() -> impl IntoView {
    let i18n = use_i18n();
    let address = use_address();
    let bar = use_address_bar();
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="city-search">{text(move || t_string!(i18n, list.search_label))}</label>
            <input
                id="city-search"
                type="search"
                autocomplete="off"
                placeholder=move || t_string!(i18n, list.search_placeholder)
                prop:value=move || address.with(|r| r.filter.query.clone())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    bar.update_in_place(|r| r.filter.query = text);
                }
            />
        </form>
    }
}

#[component]
fn SortSelect() -> impl IntoView {
    let i18n = use_i18n();
    let address = use_address();
    let bar = use_address_bar();
    let options = [
        SortKey::Name,
        SortKey::Population,
        SortKey::MigrantShare,
        SortKey::Priorities,
    ];
    let label = move |key: &SortKey| match key {
        SortKey::Population => t_string!(i18n, sort.population),
        SortKey::MigrantShare => t_string!(i18n, sort.migrant_share),
        SortKey::Priorities => t_string!(i18n, sort.priorities),
        _ => t_string!(i18n, sort.name),
    };
    view! {
        <label class="sort">
            <span>{text(move || t_string!(i18n, sort.label))}</span>
            <select on:change=move |ev| {
                let chosen = event_target_value(&ev);
                let key = options.iter().find(|k| k.id() == chosen).cloned().unwrap_or_default();
                bar.update(|r| r.sort = key);
            }>
                {options
                    .iter()
                    .map(|key| {
                        let id = key.id();
                        let selected = {
                            let key = key.clone();
                            move || address.with(|r| r.sort == key)
                        };
                        let key = key.clone();
                        view! {
                            <option value=id selected=selected>
                                {move || label(&key)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// The filters in force, each removable, and a way to clear them all: on a phone the filter
/// panel is folded away, so this is where the user sees what narrows the list.
#[component]
fn ActiveFilters() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let address = use_address();
    let bar = use_address_bar();
    let chips = Memo::new(move |_| {
        address.with(|r| {
            r.filter
                .selections()
                .flat_map(|(facet, values)| values.iter().map(move |v| (facet, v.clone())))
                .map(|(facet, value)| {
                    let label = format!(
                        "{}: {}",
                        words::facet(i18n, facet),
                        value_label(i18n, &data.catalog, facet, &value)
                    );
                    (facet, value, label)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || address.with(|r| !r.filter.is_empty())>
            <ul class="active-filters" aria-label=move || t_string!(i18n, filters.active)>
                <For each=move || chips.get() key=|chip| chip.clone() let((facet, value, label))>
                    {
                        let remove_label = t_string!(i18n, filters.remove, filter = label.clone()).into_owned();
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="chip removable"
                                    aria-label=remove_label
                                    on:click=move |_| bar.update(|r| r.filter.toggle(facet, &value))
                                >
                                    <span>{label}</span>
                                    <span aria-hidden="true">" \u{00d7}"</span>
                                </button>
                            </li>
                        }
                    }
                </For>
                <li>
                    <button type="button" class="button" on:click=move |_| bar.update(|r| r.filter.clear())>
                        {text(move || t_string!(i18n, filters.clear))}
                    </button>
                </li>
            </ul>
        </Show>
    }
}

/// `outcome` says where a search found the city at `position`, shown when it is not its name.
#[component]
fn CityCard(city: City, position: usize, outcome: Memo<Outcome>) -> impl IntoView {
    let i18n = use_i18n();
    let population = city.population;
    let share = city.migrant_share_pct;
    let data = use_data();
    let terms = use_terms();
    let country = city.country_code.clone();
    let matched = move || {
        outcome.with(|o| {
            let k = o.cities.binary_search(&position).ok()?;
            o.found_in[k]
                .iter()
                .find(|f| !matches!(f, Field::Name))
                .cloned()
        })
    };
    let matched_label = move || {
        matched().map(|field| match &field {
            Field::Country => terms.name(TermKind::Country, &country),
            Field::Priority(sector) => terms.name(TermKind::Sector, sector),
            Field::Initiative(name) => name.clone(),
            Field::Network(id) => data
                .catalog
                .network(id)
                .map_or_else(|| id.clone(), |n| n.name.clone()),
            Field::Name => String::new(),
        })
    };
    view! {
        <li class="card city-card">
            <h3 class="card-title">
                <CityLink id=city.id.clone() name=city.name.clone() />
            </h3>
            <CitySubtitle city=city.clone() />
            <dl class="facts">
                <div>
                    <dt>{text(move || t_string!(i18n, city.population))}</dt>
                    <dd>
                        {move || match population {
                            Some(p) => format::population(p, &number_format(i18n)).into_any(),
                            None => view! { <Unknown short=true /> }.into_any(),
                        }}
                    </dd>
                </div>
                <div>
                    <dt>{text(move || t_string!(i18n, city.migrant_share))}</dt>
                    <dd>
                        {move || match share {
                            Some(s) => t_string!(i18n, value.percent, value = format::decimal(s, 1, &number_format(i18n))).into_owned().into_any(),
                            None => view! { <Unknown short=true /> }.into_any(),
                        }}
                    </dd>
                </div>
            </dl>
            {(!city.priorities.is_empty()).then(|| view! { <SectorChips city=city.clone() /> })}
            <p class="card-actions"><FindPartners id=city.id.clone() name=city.name.clone() /></p>
            {move || matched_label().map(|label| view! { <p class="matched">{text(move || t_string!(i18n, list.matched_in))}" "<span>{label}</span></p> })}
        </li>
    }
}
