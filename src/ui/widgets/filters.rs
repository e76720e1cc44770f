//! The filter panel: one group of toggle buttons per facet, each with the number of cities it
//! would give, and the migrant-share range. Every change is a new URL.

use std::time::Duration;

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::data::{Catalog, Continent, Stance};
use crate::filter::{self, Facet, Outcome, ShareRange};
use crate::id::{Id, VariantArray};
use crate::ui::context::{use_address, use_address_bar, use_data, use_terms, I18n};
use crate::ui::i18n::*;
use crate::ui::widgets::disclosure::ToggleButton;
use crate::ui::widgets::words::{self, text, text_owned};

/// The cities the list's filters in the URL keep, with the counts per facet value; shared by
/// every view that follows those filters (list, matrix, map, memberships).
pub fn use_filter_outcome() -> Memo<Outcome> {
    let data = use_data();
    let address = use_address();
    Memo::new(move |_| {
        let index = data.search_index();
        address.with(|r| filter::apply(&data.catalog, &index, &r.filter))
    })
}

/// How long typing pauses before what the search changes besides the first answer follows it:
/// the list's later cards, the chips' counts.
pub const PAUSE: Duration = Duration::from_millis(150);

/// When the chips show the outcome's counts. A search keystroke changes most of them (hundreds
/// of chips at 10,000 cities, a third of the keystroke's work), so they follow the search once
/// typing pauses; a tap on a chip or a change of the range shows them in the same frame.
fn use_counts_shown(outcome: Memo<Outcome>) -> Trigger {
    let address = use_address();
    let query = Memo::new(move |_| address.with(|a| a.filter.query.clone()));
    let shown = Trigger::new();
    // Counts the changes, so that a pause's update gives way to any later one.
    let changes = StoredValue::new(0_usize);
    Effect::new(move |previous: Option<String>| {
        outcome.track();
        let typed = query.get();
        changes.update_value(|n| *n += 1);
        let change = changes.get_value();
        let show = move || {
            if changes.try_get_value() == Some(change) {
                shown.notify();
            }
        };
        match &previous {
            Some(before) if *before != typed => set_timeout(show, PAUSE),
            Some(_) => show(),
            None => {}
        }
        typed
    });
    shown
}

/// The label of a facet value in the current language.
pub fn value_label(i18n: I18n, catalog: &Catalog, facet: Facet, value: &str) -> String {
    let terms = use_terms();
    match facet {
        Facet::Continent => Continent::from_id(value)
            .map_or(value, |c| words::continent(i18n, c))
            .to_string(),
        Facet::Country => terms.name(TermKind::Country, value),
        Facet::Sector => terms.name(TermKind::Sector, value),
        Facet::Stance => Stance::from_id(value)
            .map_or(value, |s| words::stance(i18n, s))
            .to_string(),
        Facet::Network => catalog
            .network(value)
            .map_or_else(|| value.to_string(), |n| n.name.clone()),
        Facet::Population => words::population_band(i18n, value).to_string(),
        Facet::Role => words::role_value(i18n, value).to_string(),
    }
}

#[component]
pub fn FilterPanel(
    outcome: Memo<Outcome>,
    /// The facets to offer; all by default.
    #[prop(optional)]
    facets: Option<Vec<Facet>>,
) -> impl IntoView {
    let facets = facets.unwrap_or_else(|| Facet::VARIANTS.to_vec());
    let shown = use_counts_shown(outcome);
    let i18n = use_i18n();
    let address = use_address();
    let open = RwSignal::new(false);
    let active = Memo::new(move |_| {
        address.with(|r| {
            r.filter.selections().map(|(_, v)| v.len()).sum::<usize>()
                + usize::from(r.filter.share.is_set())
        })
    });
    view! {
        <ToggleButton open controls="filters" class="button filters-toggle">
            {text_owned(move || t_string!(i18n, filters.toggle, count = active.get()).into_owned())}
        </ToggleButton>
        <section id="filters" class="filters" class:open=open aria-label=move || t_string!(i18n, filters.title)>
            <h2 class="filters-title">{text(move || t_string!(i18n, filters.title))}</h2>
            {facets.into_iter().map(|facet| view! { <FacetGroup facet outcome shown /> }).collect_view()}
            <ShareRangeInput />
        </section>
    }
}

#[component]
fn FacetGroup(facet: Facet, outcome: Memo<Outcome>, shown: Trigger) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let address = use_address();
    let bar = use_address_bar();
    // Long lists start folded on small screens; a selection keeps them open.
    let long = matches!(facet, Facet::Country | Facet::Network);
    let counts = Memo::new(move |_| {
        shown.track();
        outcome.with_untracked(|o| o.counts.get(&facet).cloned().unwrap_or_default())
    });
    // Chips are keyed by value alone and their counts update in place: a keystroke in the
    // search changes most counts, and rebuilding every chip for it cost more than the search.
    let values =
        Memo::new(move |_| counts.with(|c| c.iter().map(|(v, _)| v.clone()).collect::<Vec<_>>()));
    // What is selected in this facet: a keystroke changes the address but not this, so the
    // chips (hundreds of countries at 10,000 cities) do not each read the address again.
    let selection = Memo::new(move |_| address.with(|r| r.filter.values(facet).clone()));
    view! {
        <fieldset class="facet" class:facet-long=long>
            <legend>{text(move || words::facet(i18n, facet))}</legend>
            <div class="chips">
                <For each=move || values.get() key=|value| value.clone() let(value)>
                    {
                        // A facet's values keep their order for the page's life: a chip finds
                        // its count by position, not by a search through hundreds on every
                        // keystroke.
                        let position = values.with_untracked(|all| all.iter().position(|v| *v == value));
                        let count = Memo::new(move |_| counts.with(|c| position.and_then(|p| c.get(p)).map_or(0, |(_, n)| *n)));
                        let selected = {
                            let value = value.clone();
                            Memo::new(move |_| selection.with(|s| s.contains(&value)))
                        };
                        let label = {
                            let value = value.clone();
                            let data = data.clone();
                            move || value_label(i18n, &data.catalog, facet, &value)
                        };
                        let symbol = (facet == Facet::Stance)
                            .then(|| Stance::from_id(&value).map(words::stance_symbol))
                            .flatten();
                        view! {
                            <button
                                type="button"
                                class="chip"
                                aria-pressed=move || selected.get().to_string()
                                disabled=move || count.get() == 0 && !selected.get()
                                on:click={
                                    let value = value.clone();
                                    move |_| bar.update(|r| r.filter.toggle(facet, &value))
                                }
                            >
                                {symbol.map(|s| view! { <span class="stance-symbol" aria-hidden="true">{s}</span> })}
                                <span class="chip-label">{label}</span>
                                <span class="count">{count}</span>
                            </button>
                        }
                    }
                </For>
            </div>
        </fieldset>
    }
}

/// Two numbers, from and to, in percent. An empty field leaves that end open.
#[component]
fn ShareRangeInput() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="facet share-range">
            <legend>{text(move || t_string!(i18n, filters.share))}</legend>
            <ShareBound label=|i18n| t_string!(i18n, filters.share_from) min=true />
            <ShareBound label=|i18n| t_string!(i18n, filters.share_to) min=false />
        </fieldset>
    }
}

/// One bound of the migrant-share range (`min` says which); a low bound above the high one
/// swaps them.
#[component]
fn ShareBound(label: fn(I18n) -> &'static str, min: bool) -> impl IntoView {
    let i18n = use_i18n();
    let address = use_address();
    let bar = use_address_bar();
    let value = move || {
        address.with(|r| {
            let share = &r.filter.share;
            let value = if min { share.min } else { share.max };
            value.map(|v| v.to_string()).unwrap_or_default()
        })
    };
    let set = move |text: String| {
        let parsed = text.trim().parse::<u8>().ok().map(|v| v.min(100));
        bar.update(|r| {
            let share = &mut r.filter.share;
            if min {
                share.min = parsed;
            } else {
                share.max = parsed;
            }
            if let (Some(low), Some(high)) = (share.min, share.max) {
                if low > high {
                    *share = ShareRange {
                        min: Some(high),
                        max: Some(low),
                    };
                }
            }
        });
    };
    view! {
        <label>
            <span>{text(move || label(i18n))}</span>
            <input
                type="number"
                inputmode="numeric"
                min="0"
                max="100"
                prop:value=value
                on:change=move |ev| set(event_target_value(&ev))
            />
        </label>
    }
}
