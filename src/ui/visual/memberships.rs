//! Which city belongs to which network, as a grid, and the channels two chosen cities share.

use leptos::prelude::*;

use crate::filter::Facet;
use crate::memberships::{shared_networks, MembershipGrid};
use crate::ui::context::{use_data, I18n};
use crate::ui::i18n::*;
use crate::ui::widgets::city::CityLink;
use crate::ui::widgets::filters::{use_filter_outcome, FilterPanel};
use crate::ui::widgets::words::{text, text_owned};

#[component]
pub fn Memberships() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let outcome = use_filter_outcome();
    let grid = {
        let data = data.clone();
        Memo::new(move |_| outcome.with(|o| MembershipGrid::build(&data.catalog, &o.cities)))
    };
    let pair = RwSignal::new((String::new(), String::new()));
    view! {
        <div class="page memberships-page">
            <h1>{text(move || t_string!(i18n, memberships.title))}</h1>
            <p class="lead">{text(move || t_string!(i18n, memberships.lead))}</p>
            <details class="matrix-filters">
                <summary class="button">{text(move || t_string!(i18n, matrix.filters))}</summary>
                <FilterPanel outcome facets=vec![Facet::Continent, Facet::Country, Facet::Network, Facet::Role] />
            </details>
            <SharedChannels pair />
            <p class="note" aria-live="polite">
                {move || grid.with(|g| t_string!(i18n, memberships.count, cities = g.cities.len(), networks = g.networks.len(), count = g.count()).into_owned())}
            </p>
            <Grid grid pair />
        </div>
    }
}

/// Two pickers and the networks both chosen cities belong to.
#[component]
fn SharedChannels(pair: RwSignal<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let members: Vec<(String, String)> = {
        let everyone: Vec<usize> = (0..data.catalog.cities().len()).collect();
        let grid = MembershipGrid::build(&data.catalog, &everyone);
        grid.cities
            .iter()
            .map(|&c| {
                let city = &data.catalog.cities()[c];
                (city.id.clone(), city.name.clone())
            })
            .collect()
    };
    let picker = move |label: fn(I18n) -> &'static str, first: bool| {
        let options = members.clone();
        view! {
            <label class="field">
                <span>{move || label(i18n)}</span>
                <select on:change=move |ev| {
                    let id = event_target_value(&ev);
                    pair.update(|(a, b)| if first { *a = id } else { *b = id });
                }>
                    <option value="">{text(move || t_string!(i18n, memberships.choose))}</option>
                    {options.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                </select>
            </label>
        }
    };
    let shared = move || {
        let (a, b) = pair.get();
        if a.is_empty() || b.is_empty() || a == b {
            return view! { <p class="hint">{text(move || t_string!(i18n, memberships.pick_two))}</p> }.into_any();
        }
        let names: Vec<String> = shared_networks(&data.catalog, &a, &b)
            .into_iter()
            .map(|n| data.catalog.networks()[n].name.clone())
            .collect();
        let count = names.len();
        view! {
            <p>{text_owned(move || t_string!(i18n, memberships.shared, count).into_owned())}</p>
            <ul class="plain-list">{names.into_iter().map(|n| view! { <li lang="en">{n}</li> }).collect_view()}</ul>
        }
        .into_any()
    };
    view! {
        <section class="card shared-channels" aria-live="polite">
            <h2>{text(move || t_string!(i18n, memberships.compare))}</h2>
            <div class="map-controls">
                {picker(|i18n| t_string!(i18n, memberships.first_city), true)}
                {picker(|i18n| t_string!(i18n, memberships.second_city), false)}
            </div>
            {shared}
        </section>
    }
}

#[component]
fn Grid(grid: Memo<MembershipGrid>, pair: RwSignal<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let table = move || {
        let catalog = &data.catalog;
        grid.with(|g| {
            let (a, b) = pair.get();
            let headers = g
                .networks
                .iter()
                .map(|&n| view! { <th scope="col" class="vertical"><span lang="en">{catalog.networks()[n].name.clone()}</span></th> })
                .collect_view();
            let rows = g
                .cities
                .iter()
                .zip(&g.members)
                .map(|(&c, columns)| {
                    let city = &catalog.cities()[c];
                    let chosen = city.id == a || city.id == b;
                    let cells = (0..g.networks.len())
                        .map(|column| {
                            if columns.contains(&column) {
                                view! {
                                    <td class="member">
                                        <span aria-hidden="true">"\u{25cf}"</span>
                                        <span class="visually-hidden">{text(move || t_string!(i18n, memberships.member))}</span>
                                    </td>
                                }
                                .into_any()
                            } else {
                                view! { <td></td> }.into_any()
                            }
                        })
                        .collect_view();
                    view! {
                        <tr class:chosen=chosen>
                            <th scope="row"><CityLink id=city.id.clone() name=city.name.clone() /></th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <thead><tr><th scope="col">{text(move || t_string!(i18n, matrix.city))}</th>{headers}</tr></thead>
                <tbody>{rows}</tbody>
            }
        })
    };
    view! {
        <div class="matrix-scroll" tabindex="0" role="region" aria-labelledby="memberships-caption">
            <table class="matrix membership-grid">
                <caption id="memberships-caption">{text(move || t_string!(i18n, memberships.caption))}</caption>
                {table}
            </table>
        </div>
    }
}
