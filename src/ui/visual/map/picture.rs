//! The map itself: the basemap, the partnerships as arcs and the cities as markers with their
//! names, every one reachable by touch and by keyboard; drag, pinch, wheel and keys move it.

use leptos::ev::{self, KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;
use leptos::svg::Svg;

use crate::address::{Address, Screen};
use crate::data::vocabulary::TermKind;
use crate::id::Id;
use crate::map;
use crate::map::curve;
use crate::map::labels::{map_labels, Label};
use crate::map::{MapModel, BASEMAP_URL};
use crate::ui::context::{use_address, use_address_bar, use_data, use_terms, AppData};
use crate::ui::i18n::*;
use crate::ui::visual::map::gestures::{Camera, Hands};
use crate::ui::widgets::words;

/// The marker of a profile of this device: a diamond, apart from the sources' circles and squares.
pub(super) const OWN_SHAPE: &str = "M0 -8 L8 0 L0 8 L-8 0 Z";
/// How far from a line a tap still reaches it, in screen pixels: about a fingertip.
const REACH_PX: f64 = 22.0;

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
    camera: Camera,
    /// The id of the text that says how to move the map.
    described_by: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let svg = NodeRef::<Svg>::new();
    let hands = Hands::new(camera, svg);
    hands.watch_size();
    let scale = Memo::new(move |_| camera.scale());
    let labels = {
        let data = data.clone();
        Memo::new(move |_| {
            let zoom = camera.view.with(|v| v.zoom);
            model.with(|m| map_labels(&data.catalog, m, zoom, scale.get()))
        })
    };
    let (x, y, width, height) = map::basemap_frame();
    // A tap goes to the line nearest to it, not to whichever is drawn on top.
    let pick = move |ev: MouseEvent| {
        if hands.was_drag() || ev.detail() == 0 {
            return;
        }
        let Some(pixel) = hands.pixel(&ev) else {
            return;
        };
        let at = camera
            .view
            .with_untracked(|v| v.to_map(camera.screen.get_untracked(), pixel));
        let reach = REACH_PX / scale.get_untracked();
        let nearest = model.with_untracked(|m| {
            curve::nearest(m.arcs.iter().map(|a| &a.curve), at, reach)
                .map(|i| m.arcs[i].partnership)
        });
        if nearest.is_some() {
            selected.set(nearest);
        }
    };
    let mut wheel = ev::Custom::<WheelEvent>::new("wheel");
    // Not passive: the wheel zooms the map instead of scrolling the page.
    wheel.options_mut().set_passive(false);
    view! {
        <svg
            node_ref=svg
            class="map"
            viewBox=move || camera.view.with(|v| v.view_box(camera.screen.get()))
            tabindex="0"
            role="group"
            aria-label=move || t_string!(i18n, map.picture)
            aria-describedby=described_by
            on:pointerdown=move |ev: PointerEvent| hands.down(ev)
            on:pointermove=move |ev: PointerEvent| hands.moved(ev)
            on:pointerup=move |ev: PointerEvent| hands.up(ev)
            on:pointercancel=move |ev: PointerEvent| hands.up(ev)
            on:click=pick
            on:keydown=move |ev: KeyboardEvent| hands.key(ev)
        >
            <image href=BASEMAP_URL x=x y=y width=width height=height preserveAspectRatio="none" aria-hidden="true" />
            <g class="arcs"><Arcs model selected /></g>
            <g class="suggestions">
                {move || {
                    model.with(|m| {
                        m.suggestions
                            .iter()
                            .map(|s| view! { <path class="suggestion" d=s.curve.path() aria-hidden="true" /> })
                            .collect_view()
                    })
                }}
            </g>
            <g class="markers"><Markers model scale labels /></g>
        </svg>
    }
    .into_inner()
    .on(wheel, move |ev: WheelEvent| hands.wheel(ev))
}

/// Each partnership's lines: a button named by its cities, sectors and status.
#[component]
fn Arcs(model: Memo<MapModel>, selected: RwSignal<Option<usize>>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let terms = use_terms();
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
                    let path = arc.curve.path();
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
                            <path class="arc-hit" d=path.clone() />
                            <path class=class d=path />
                        </g>
                    }
                })
                .collect_view()
        })
    }
}

/// The cities: links to their profiles, drawn at the same size on the screen at any zoom, with
/// their names where [`map_labels`] found room.
#[component]
fn Markers(
    model: Memo<MapModel>,
    scale: Memo<f64>,
    labels: Memo<Vec<Option<Label>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let bar = use_address_bar();
    let address = use_address();
    let open_city = move |id: String| {
        let mut to = Address::new(Screen::City(id));
        to.embed = address.with_untracked(|r| r.embed);
        bar.go(&to);
    };
    move || {
        model.with(|m| {
            m.markers
                .iter()
                .enumerate()
                .map(|(i, marker)| {
                    let city = &data.catalog.cities()[marker.city];
                    let id = city.id.clone();
                    let name = city.name.clone();
                    let participant = city.participant;
                    // A profile of this device: its own shape, and "self-described" for a role.
                    let own = city.sources.named_in.is_contributed();
                    let (kind, shape) = match (own, participant) {
                        (true, _) => ("marker-own", view! { <path d=OWN_SHAPE /> }.into_any()),
                        (false, true) => ("marker-participant", view! { <circle r="6" /> }.into_any()),
                        (false, false) => (
                            "marker-partner",
                            view! { <rect x="-6" y="-6" width="12" height="12" /> }.into_any(),
                        ),
                    };
                    let class = format!("marker {kind}{}", if marker.faded { " faded" } else { "" });
                    let label = {
                        let name = name.clone();
                        move || {
                            let role = if own {
                                t_string!(i18n, contribute.self_described)
                            } else {
                                words::role(i18n, participant)
                            };
                            format!("{name} ({role})")
                        }
                    };
                    let at = marker.at;
                    let place = move || {
                        format!("translate({:.2} {:.2}) scale({:.5})", at.x, at.y, 1.0 / scale.get())
                    };
                    let open = move || open_city(id.clone());
                    let open_by_key = open.clone();
                    let name_tag = move || {
                        let label = labels.with(|l| l.get(i).copied().flatten())?;
                        Some(view! {
                            <text x=format!("{:.1}", label.dx) y=format!("{:.1}", label.dy) text-anchor=label.anchor.svg() aria-hidden="true">
                                {name.clone()}
                            </text>
                        })
                    };
                    view! {
                        <g
                            class=class
                            transform=place
                            tabindex="0"
                            role="link"
                            aria-label=label
                            on:click=move |ev: MouseEvent| {
                                // The city, not the line under it.
                                ev.stop_propagation();
                                open();
                            }
                            on:keydown=move |ev: KeyboardEvent| {
                                if is_activation(&ev) {
                                    ev.prevent_default();
                                    open_by_key();
                                }
                            }
                        >
                            {shape}
                            {name_tag}
                        </g>
                    }
                })
                .collect_view()
        })
    }
}
