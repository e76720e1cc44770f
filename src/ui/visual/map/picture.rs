//! The map itself: the basemap, the partnerships as arcs and the cities as markers, every one
//! reachable by touch and by keyboard.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::address::{Address, Screen};
use crate::data::vocabulary::TermKind;
use crate::id::Id;
use crate::map;
use crate::map::MapModel;
use crate::ui::context::{use_address, use_address_bar, use_data, use_terms, AppData};
use crate::ui::i18n::*;
use crate::ui::widgets::words;

/// The basemap drawn by scripts/basemap.mjs.
pub(super) const BASEMAP_URL: &str = "map/basemap.svg";

/// Enter and Space act on a focused map element, as on a button.
pub(super) fn is_activation(ev: &KeyboardEvent) -> bool {
    matches!(ev.key().as_str(), "Enter" | " ")
}

/// The colour class of a sector: its place in Table A1, so that a new sector needs no new code;
/// a neutral one for a partnership whose sources name no sector.
pub(super) fn tone(data: &AppData, sector: Option<&String>) -> String {
    sector
        .and_then(|s| data.catalog.sectors().iter().position(|x| &x.id == s))
        .map_or_else(
            || "tone-none".to_string(),
            |position| format!("tone-{position}"),
        )
}

#[component]
pub(super) fn MapPicture(
    model: Memo<MapModel>,
    selected: RwSignal<Option<usize>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let terms = use_terms();
    let bar = use_address_bar();
    let address = use_address();
    let (x, y, width, height) = map::basemap_frame();
    let open_city = move |id: String| {
        let mut to = Address::new(Screen::City(id));
        to.embed = address.with_untracked(|r| r.embed);
        bar.go(&to);
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
                            let status = words::status(i18n, status);
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
                            move || format!("{name} ({})", words::role(i18n, participant))
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
