//! The map of collaborations: cities on an offline basemap, partnerships as arcs coloured by
//! sector, the list's filters and a status filter, focus mode on one city, and the same facts
//! as a list for those who do not use the picture.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::app::{use_data, use_matcher};
use super::city_profile::PartnershipFacts;
use super::facets::{use_filter_outcome, FilterPanel};
use super::i18n::*;
use super::labels::{self, text, text_owned};
use super::location::{use_location, use_route, Navigator};
use super::terms::{use_terms, TermName};
use super::widgets::CityRef;
use crate::data::vocabulary::TermKind;
use crate::data::PartnershipStatus;
use crate::filter::Facet;
use crate::map::{self, MapModel, MapQuery};
use crate::route::{Route, View};

/// The basemap drawn by scripts/basemap.mjs.
const BASEMAP_URL: &str = "map/basemap.svg";

/// Enter and Space act on a focused map element, as on a button.
fn is_activation(ev: &KeyboardEvent) -> bool {
    matches!(ev.key().as_str(), "Enter" | " ")
}

#[component]
pub fn MapView(focus: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let route = use_route();
    let outcome = use_filter_outcome();
    let model = {
        let data = data.clone();
        let matcher = use_matcher();
        let focus = focus.clone();
        Memo::new(move |_| {
            let query = route.with(|r| MapQuery {
                filter: r.filter.clone(),
                statuses: r.statuses.clone(),
                focus: focus.clone(),
            });
            outcome.with(|o| MapModel::build(&data.catalog, &matcher, &o.cities, &query))
        })
    };
    let selected = RwSignal::new(None::<usize>);
    let focus_name = focus
        .as_deref()
        .and_then(|id| data.catalog.city(id))
        .map(|c| c.name.clone());

    view! {
        <div class="page map-page">
            <h1>{text(move || t_string!(i18n, map.title))}</h1>
            <p class="lead">{text(move || t_string!(i18n, map.lead))}</p>
            <div class="map-controls">
                <FocusPicker focus=focus.clone() />
                <StatusFilter />
                <details class="matrix-filters">
                    <summary class="button">{text(move || t_string!(i18n, matrix.filters))}</summary>
                    <FilterPanel outcome facets=vec![Facet::Sector, Facet::Network, Facet::Continent, Facet::Role] />
                </details>
            </div>
            <p class="note" aria-live="polite">
                {move || model.with(|m| t_string!(i18n, map.count, cities = m.markers.len() + m.off_map.len(), ties = m.partnerships.len()).into_owned())}
                {focus_name.map(|name| view! { " " {text_owned(move || t_string!(i18n, map.focus_note, city = name.clone()).into_owned())} })}
            </p>
            <figure class="map-figure">
                <MapPicture model selected />
                <figcaption>
                    <Legend model />
                </figcaption>
            </figure>
            <SelectedTie selected />
            <MapAsList model selected />
        </div>
    }
}

/// Picks the city focus mode is on, or none for the whole map.
#[component]
fn FocusPicker(focus: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let navigator = Navigator::new();
    let cities = data.catalog.city_choices();
    view! {
        <label class="field">
            <span>{text(move || t_string!(i18n, map.focus))}</span>
            <select on:change=move |ev| {
                let id = event_target_value(&ev);
                navigator.update(|r| r.view = View::Map((!id.is_empty()).then_some(id)));
            }>
                <option value="" selected=focus.is_none()>{text(move || t_string!(i18n, map.no_focus))}</option>
                {cities
                    .into_iter()
                    .map(|(id, name)| {
                        let chosen = focus.as_deref() == Some(id.as_str());
                        view! { <option value=id selected=chosen>{name}</option> }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// Toggles for the partnership statuses drawn; none pressed draws all.
#[component]
fn StatusFilter() -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    let navigator = Navigator::new();
    view! {
        <div class="chips" role="group" aria-label=move || t_string!(i18n, map.statuses)>
            {PartnershipStatus::ALL
                .into_iter()
                .map(|status| {
                    view! {
                        <button
                            type="button"
                            class="chip"
                            aria-pressed=move || route.with(|r| r.statuses.contains(&status)).to_string()
                            on:click=move |_| navigator.update(|r| {
                                if !r.statuses.remove(&status) {
                                    r.statuses.insert(status);
                                }
                            })
                        >
                            <span class=format!("line-sample status-{}", status.id()) aria-hidden="true"></span>
                            {text(move || labels::status(i18n, status))}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The colour class of a sector: its place in Table A1, so that a new sector needs no new code;
/// a neutral one for a partnership whose sources name no sector.
fn tone(data: &super::app::AppData, sector: Option<&String>) -> String {
    sector
        .and_then(|s| data.catalog.sectors().iter().position(|x| &x.id == s))
        .map_or_else(
            || "tone-none".to_string(),
            |position| format!("tone-{position}"),
        )
}

#[component]
fn MapPicture(model: Memo<MapModel>, selected: RwSignal<Option<usize>>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let terms = use_terms();
    let location = use_location();
    let route = use_route();
    let (x, y, width, height) = map::basemap_frame();
    let open_city = move |id: String| {
        let mut to = Route::with_view(View::City(id));
        to.embed = route.with_untracked(|r| r.embed);
        location.go(&to);
    };
    let arcs = {
        let data = data.clone();
        move || {
            let catalog = &data.catalog;
            model.with(|m| {
                m.arcs
                    .iter()
                    .map(|arc| {
                        let tie = &catalog.partnerships()[arc.partnership];
                        let p = arc.partnership;
                        let class = format!(
                            "arc {} status-{}",
                            tone(&data, tie.sectors.first()),
                            tie.status.id()
                        );
                        let (from, to) = (
                            catalog.cities()[arc.from].name.clone(),
                            catalog.cities()[arc.to].name.clone(),
                        );
                        let sectors = tie.sectors.clone();
                        let status = tie.status;
                        let label = move || {
                            let sectors = terms.names(TermKind::Sector, &sectors);
                            let status = labels::status(i18n, status);
                            if sectors.is_empty() {
                                format!("{from} \u{2013} {to} ({status})")
                            } else {
                                format!("{from} \u{2013} {to}: {sectors} ({status})")
                            }
                        };
                        // A wide transparent line under the visible one makes the arc easy to tap.
                        view! {
                            <g
                                class="arc-target"
                                class:selected=move || selected.get() == Some(p)
                                tabindex="0"
                                role="button"
                                aria-label=label
                                aria-pressed=move || (selected.get() == Some(p)).to_string()
                                on:click=move |_| selected.set(Some(p))
                                on:keydown=move |ev: KeyboardEvent| {
                                    if is_activation(&ev) {
                                        ev.prevent_default();
                                        selected.set(Some(p));
                                    }
                                }
                            >
                                <path class="arc-hit" d=arc.path.clone() />
                                <path class=class d=arc.path.clone() />
                            </g>
                        }
                    })
                    .collect_view()
            })
        }
    };
    let suggestions = move || {
        model.with(|m| {
            m.suggestions
                .iter()
                .map(|s| view! { <path class="suggestion" d=s.path.clone() aria-hidden="true" /> })
                .collect_view()
        })
    };
    let markers = {
        let data = data.clone();
        move || {
            model.with(|m| {
                m.markers
                    .iter()
                    .map(|marker| {
                        let city = &data.catalog.cities()[marker.city];
                        let id = city.id.clone();
                        let name = city.name.clone();
                        let participant = city.participant;
                        let class = format!(
                            "marker {}{}",
                            if participant { "marker-participant" } else { "marker-partner" },
                            if marker.faded { " faded" } else { "" }
                        );
                        let label = {
                            let name = name.clone();
                            move || format!("{name} ({})", labels::role(i18n, participant))
                        };
                        let open = {
                            let id = id.clone();
                            move || open_city(id.clone())
                        };
                        let open_by_key = open.clone();
                        view! {
                            <g
                                class=class
                                transform=format!("translate({:.1} {:.1})", marker.at.x, marker.at.y)
                                tabindex="0"
                                role="link"
                                aria-label=label
                                on:click=move |_| open()
                                on:keydown=move |ev: KeyboardEvent| {
                                    if is_activation(&ev) {
                                        ev.prevent_default();
                                        open_by_key();
                                    }
                                }
                            >
                                {if participant {
                                    view! { <circle r="9" /> }.into_any()
                                } else {
                                    view! { <rect x="-7" y="-7" width="14" height="14" /> }.into_any()
                                }}
                                {participant.then(|| view! { <text x="12" y="5" aria-hidden="true">{name}</text> })}
                            </g>
                        }
                    })
                    .collect_view()
            })
        }
    };
    view! {
        <svg class="map" viewBox=map::view_box() role="group" aria-label=move || t_string!(i18n, map.picture)>
            <image href=BASEMAP_URL x=x y=y width=width height=height preserveAspectRatio="none" aria-hidden="true" />
            <g class="arcs">{arcs}</g>
            <g class="suggestions">{suggestions}</g>
            <g class="markers">{markers}</g>
        </svg>
    }
}

/// What the shapes, lines and colours mean: the sectors of the arcs drawn, the two kinds of
/// city, the statuses and the suggestions.
#[component]
fn Legend(model: Memo<MapModel>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let sectors = {
        let data = data.clone();
        move || {
            let catalog = &data.catalog;
            let drawn: Vec<String> = model.with(|m| {
                catalog
                    .sectors()
                    .iter()
                    .filter(|s| {
                        m.arcs.iter().any(|a| {
                            catalog.partnerships()[a.partnership].sectors.first() == Some(&s.id)
                        })
                    })
                    .map(|s| s.id.clone())
                    .collect()
            });
            drawn
                .into_iter()
                .map(|id| {
                    let class = format!("swatch {}", tone(&data, Some(&id)));
                    view! { <li><span class=class aria-hidden="true"></span><TermName kind=TermKind::Sector id /></li> }
                })
                .collect_view()
        }
    };
    let unsectored = {
        let data = data.clone();
        move || {
            model.with(|m| {
                m.arcs.iter().any(|a| {
                    data.catalog.partnerships()[a.partnership]
                        .sectors
                        .is_empty()
                })
            })
        }
    };
    view! {
        <div class="map-legend">
            <h2 class="visually-hidden">{text(move || t_string!(i18n, map.legend))}</h2>
            <ul class="legend-list">
                <li><svg class="legend-shape" viewBox="-10 -10 20 20" aria-hidden="true"><circle class="marker-participant" r="8" /></svg>{text(move || t_string!(i18n, map.participant_marker))}</li>
                <li><svg class="legend-shape" viewBox="-10 -10 20 20" aria-hidden="true"><rect class="marker-partner" x="-7" y="-7" width="14" height="14" /></svg>{text(move || t_string!(i18n, map.partner_marker))}</li>
                <li><span class="line-sample suggestion-sample" aria-hidden="true"></span>{text(move || t_string!(i18n, map.suggestion_line))}</li>
            </ul>
            <p class="hint">{text(move || t_string!(i18n, map.colour_hint))}</p>
            <ul class="legend-list">
                {sectors}
                <Show when=unsectored>
                    <li><span class="swatch tone-none" aria-hidden="true"></span>{text(move || t_string!(i18n, map.no_sector))}</li>
                </Show>
            </ul>
        </div>
    }
}

/// The partnership the user tapped, with its source.
#[component]
fn SelectedTie(selected: RwSignal<Option<usize>>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    view! {
        <section class="map-detail" aria-live="polite">
            {move || {
                let tie = data.catalog.partnerships().get(selected.get()?)?.clone();
                Some(view! {
                    <div class="card partnership">
                        <h2>{text(move || t_string!(i18n, map.selected))}</h2>
                        <PartnershipFacts tie />
                        <button type="button" class="button" on:click=move |_| selected.set(None)>
                            {text(move || t_string!(i18n, map.close))}
                        </button>
                    </div>
                })
            }}
        </section>
    }
}

/// The same facts as the picture, as text: every partnership drawn, the suggestions of focus
/// mode and the cities the map cannot place.
#[component]
fn MapAsList(model: Memo<MapModel>, selected: RwSignal<Option<usize>>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let terms = use_terms();
    let ties = {
        let data = data.clone();
        move || {
            model.with(|m| {
                m.partnerships
                    .iter()
                    .map(|&p| {
                        let tie = data.catalog.partnerships()[p].clone();
                        let status = tie.status;
                        let sectors = tie.sectors.clone();
                        view! {
                            <li>
                                {tie.cities.iter().enumerate().map(|(i, c)| view! { {(i > 0).then_some(" \u{2013} ")}<CityRef id=c.clone() /> }).collect_view()}
                                {(!sectors.is_empty()).then(|| view! { " · "{move || terms.names(TermKind::Sector, &sectors)} })}
                                " · "{text(move || labels::status(i18n, status))}
                                " "
                                <button type="button" class="button small" on:click=move |_| selected.set(Some(p))>
                                    {text(move || t_string!(i18n, map.show_tie))}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()
            })
        }
    };
    let suggested = {
        let data = data.clone();
        move || {
            model.with(|m| {
                m.suggestions
                    .iter()
                    .map(|s| view! { <li><CityRef id=data.catalog.cities()[s.city].id.clone() /></li> })
                    .collect_view()
            })
        }
    };
    let off_map = move || {
        model.with(|m| {
            m.off_map
                .iter()
                .map(|&c| view! { <li><CityRef id=data.catalog.cities()[c].id.clone() /></li> })
                .collect_view()
        })
    };
    view! {
        <section class="profile-section map-list">
            <h2>{text(move || t_string!(i18n, map.as_list))}</h2>
            <ul class="plain-list tie-list">{ties}</ul>
            <Show when=move || model.with(|m| !m.suggestions.is_empty())>
                <h3>{text(move || t_string!(i18n, map.suggested))}</h3>
                <ol class="plain-list">{suggested.clone()}</ol>
            </Show>
            <Show when=move || model.with(|m| !m.off_map.is_empty())>
                <h3>{text(move || t_string!(i18n, map.off_map))}</h3>
                <ul class="plain-list">{off_map.clone()}</ul>
            </Show>
        </section>
    }
}
