//! The priority matrix of Table A1: cities against sectors, each cell showing the city's stances
//! as shapes, its texts one tap away. It shares the list's filters and sort. The table is an
//! ARIA grid: one Tab stop, arrow keys between cells; a cell's texts close with Escape.

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::data::Stance;
use crate::filter::{self, Facet, SortKey};
use crate::id::{Id, VariantArray};
use crate::ui::context::{use_address, use_address_bar, use_data, use_terms};
use crate::ui::i18n::*;
use crate::ui::widgets::city::{CityLink, StanceMark};
use crate::ui::widgets::disclosure::close_open;
use crate::ui::widgets::filters::{use_filter_outcome, FilterPanel};
use crate::ui::widgets::grid::move_in_grid;
use crate::ui::widgets::quote::{Quote, SelfDescribedBadge};
use crate::ui::widgets::terms::TermName;
use crate::ui::widgets::words::{self, text, text_owned};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Row {
    id: String,
    name: String,
    /// A profile of this device: its name carries the self-described badge.
    own: bool,
    /// For each shown sector, the stances the city takes, strongest first.
    cells: Vec<Vec<Stance>>,
}

#[component]
pub fn Matrix() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let address = use_address();
    let bar = use_address_bar();
    let selected = RwSignal::new(None::<(String, String)>);

    let outcome = use_filter_outcome();
    // Selected sectors narrow the columns; no selection shows all thirteen.
    let columns = {
        let data = data.clone();
        Memo::new(move |_| {
            address.with(|r| {
                let chosen = r.filter.values(Facet::Sector);
                data.catalog
                    .sectors()
                    .iter()
                    .filter(|s| chosen.is_empty() || chosen.contains(&s.id))
                    .map(|s| s.id.clone())
                    .collect::<Vec<_>>()
            })
        })
    };
    let rows = {
        let data = data.clone();
        Memo::new(move |_| {
            let mut positions: Vec<usize> = outcome.with(|o| o.cities.clone());
            positions.retain(|&i| !data.catalog.cities()[i].priorities.is_empty());
            address.with(|r| filter::sort(&data.catalog, &mut positions, &r.sort));
            columns.with(|columns| {
                positions
                    .into_iter()
                    .map(|i| {
                        let city = &data.catalog.cities()[i];
                        let cells = columns
                            .iter()
                            .map(|sector| {
                                Stance::VARIANTS
                                    .iter()
                                    .copied()
                                    .filter(|s| {
                                        city.priorities
                                            .iter()
                                            .any(|p| &p.sector == sector && p.stance == *s)
                                    })
                                    .collect()
                            })
                            .collect();
                        Row {
                            id: city.id.clone(),
                            name: city.name.clone(),
                            own: city.sources.named_in.is_contributed(),
                            cells,
                        }
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let without_priorities = {
        let data = data.clone();
        move || {
            outcome.with(|o| {
                o.cities
                    .iter()
                    .filter(|&&i| data.catalog.cities()[i].priorities.is_empty())
                    .count()
            })
        }
    };
    let sort_by = move |key: SortKey| bar.update(|r| r.sort = key);
    view! {
        <div class="page matrix-page">
            <h1>{text(move || t_string!(i18n, matrix.title))}</h1>
            <p class="lead">{text(move || t_string!(i18n, matrix.lead))}</p>
            <Legend />
            <details class="matrix-filters">
                <summary class="button">{text(move || t_string!(i18n, matrix.filters))}</summary>
                <FilterPanel outcome />
            </details>
            <p class="note" aria-live="polite">
                {text_owned(move || t_string!(i18n, matrix.count, count = rows.with(Vec::len)).into_owned())}
                " "
                {move || {
                    let hidden = without_priorities();
                    (hidden > 0).then(|| t_string!(i18n, matrix.without_priorities, count = hidden).into_owned())
                }}
            </p>
            <div class="matrix-scroll" tabindex="0" role="region" aria-labelledby="matrix-caption">
                <table class="matrix" role="grid" on:keydown=move_in_grid>
                    <caption id="matrix-caption">{text(move || t_string!(i18n, matrix.caption))}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="matrix-corner" aria-sort=move || address.with(|r| (r.sort == SortKey::Name).then_some("ascending"))>
                                <button type="button" class="sort-button" tabindex="0" on:click=move |_| sort_by(SortKey::Name)>
                                    {text(move || t_string!(i18n, matrix.city))}
                                </button>
                            </th>
                            <For each=move || columns.get() key=|id| id.clone() let(id)>
                                {
                                    let key = SortKey::Sector(id.clone());
                                    let sorted = {
                                        let key = key.clone();
                                        move || address.with(|r| r.sort == key)
                                    };
                                    view! {
                                        <th scope="col" aria-sort=move || sorted().then_some("other")>
                                            <button
                                                type="button"
                                                class="sort-button"
                                                tabindex="-1"
                                                title=move || t_string!(i18n, matrix.sort_by_sector)
                                                on:click=move |_| sort_by(key.clone())
                                            >
                                                <TermName kind=TermKind::Sector id=id.clone() />
                                            </button>
                                        </th>
                                    }
                                }
                            </For>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|row| row.clone() let(row)>
                            <tr>
                                <th scope="row">
                                    <CityLink id=row.id.clone() name=row.name.clone() tabindex=Some("-1") />
                                    {row.own.then(|| view! { " " <SelfDescribedBadge /> })}
                                </th>
                                {row
                                    .cells
                                    .iter()
                                    .zip(columns.get_untracked())
                                    .map(|(stances, sector)| {
                                        view! { <Cell city=row.id.clone() city_name=row.name.clone() sector stances=stances.clone() selected /> }
                                    })
                                    .collect_view()}
                            </tr>
                        </For>
                    </tbody>
                </table>
            </div>
            <CellDetail selected />
        </div>
    }
}

#[component]
fn Cell(
    city: String,
    city_name: String,
    sector: String,
    stances: Vec<Stance>,
    selected: RwSignal<Option<(String, String)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let terms = use_terms();
    if stances.is_empty() {
        return view! { <td class="cell-empty" tabindex="-1"></td> }.into_any();
    }
    let key = (city, sector);
    let is_selected = {
        let key = key.clone();
        move || selected.with(|s| s.as_ref() == Some(&key))
    };
    let label = {
        let stances = stances.clone();
        let sector = key.1.clone();
        move || {
            let sector_name = terms.name(TermKind::Sector, &sector);
            let words: Vec<&str> = stances.iter().map(|s| words::stance(i18n, *s)).collect();
            format!("{city_name}, {sector_name}: {}", words.join(", "))
        }
    };
    view! {
        <td>
            <button
                type="button"
                class="cell"
                tabindex="-1"
                aria-expanded=move || is_selected().to_string()
                aria-label=label
                aria-controls="cell-detail"
                on:click=move |_| {
                    let key = key.clone();
                    selected.update(|s| *s = if s.as_ref() == Some(&key) { None } else { Some(key) });
                }
            >
                {stances
                    .into_iter()
                    .map(|s| view! { <span class=format!("stance stance-{}", s.id()) aria-hidden="true">{words::stance_symbol(s)}</span> })
                    .collect_view()}
            </button>
        </td>
    }
    .into_any()
}

/// The texts behind the selected cell, with their sources.
#[component]
fn CellDetail(selected: RwSignal<Option<(String, String)>>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    view! {
        <section
            id="cell-detail"
            class="cell-detail"
            class:open=move || selected.with(Option::is_some)
            aria-live="polite"
        >
            {move || {
                let (city_id, sector_id) = selected.get()?;
                let city = data.catalog.city(&city_id)?.clone();
                data.catalog.sector(&sector_id)?;
                let entries: Vec<_> = city.priorities.iter().filter(|p| p.sector == sector_id).cloned().collect();
                Some(view! {
                    <div class="card">
                        <h2>
                            <CityLink id=city.id.clone() name=city.name.clone() />
                            " · "
                            <TermName kind=TermKind::Sector id=sector_id.clone() />
                        </h2>
                        <ul class="priority-list">
                            {entries
                                .into_iter()
                                .map(|p| view! { <li><StanceMark stance=p.stance with_label=true /><Quote text=p.text source=p.source /></li> })
                                .collect_view()}
                        </ul>
                        <button type="button" class="button" on:click=|_| close_open(".matrix [aria-expanded=\"true\"]")>
                            {text(move || t_string!(i18n, matrix.close))}
                        </button>
                    </div>
                })
            }}
        </section>
    }
}

#[component]
pub fn Legend() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="legend" aria-label=move || t_string!(i18n, matrix.legend)>
            {Stance::VARIANTS
                .iter()
                .copied()
                .map(|stance| view! { <li><StanceMark stance with_label=true />" — "{text(move || words::stance_hint(i18n, stance))}</li> })
                .collect_view()}
        </ul>
    }
}
