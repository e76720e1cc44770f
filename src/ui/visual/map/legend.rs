//! What goes with the map: its legend, the selected partnership, and the same facts as a list.

use leptos::html::Section;
use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::map::MapModel;
use crate::ui::context::{use_data, use_terms};
use crate::ui::i18n::*;
use crate::ui::visual::map::picture::{tone, OWN_SHAPE};
use crate::ui::widgets::city::CityRef;
use crate::ui::widgets::terms::TermName;
use crate::ui::widgets::ties::PartnershipFacts;
use crate::ui::widgets::words::{self, text};

/// The id of the legend's heading, which names it.
const LEGEND_HEADING: &str = "map-legend-heading";

/// What the shapes, lines and colours mean: the sectors of the arcs drawn, the kinds of city
/// (with this device's profiles when any is on the map), the statuses and the suggestions.
#[component]
pub(super) fn Legend(model: Memo<MapModel>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    // Profiles of this device among the markers drawn get their own shape, named here.
    let own = {
        let data = data.clone();
        move || {
            model.with(|m| {
                m.markers.iter().any(|marker| {
                    data.catalog.cities()[marker.city]
                        .sources
                        .named_in
                        .is_contributed()
                })
            })
        }
    };
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
        <section class="map-legend" aria-labelledby=LEGEND_HEADING>
            <h2 class="visually-hidden" id=LEGEND_HEADING>{text(move || t_string!(i18n, map.legend))}</h2>
            <ul class="legend-list">
                <li><svg class="legend-shape" viewBox="-10 -10 20 20" aria-hidden="true"><circle class="marker-participant" r="8" /></svg>{text(move || t_string!(i18n, map.participant_marker))}</li>
                <li><svg class="legend-shape" viewBox="-10 -10 20 20" aria-hidden="true"><rect class="marker-partner" x="-7" y="-7" width="14" height="14" /></svg>{text(move || t_string!(i18n, map.partner_marker))}</li>
                <Show when=own>
                    <li><svg class="legend-shape" viewBox="-10 -10 20 20" aria-hidden="true"><path class="marker-own" d=OWN_SHAPE /></svg>{text(move || t_string!(i18n, contribute.self_described))}</li>
                </Show>
                <li><span class="line-sample suggestion-sample" aria-hidden="true"></span>{text(move || t_string!(i18n, map.suggestion_line))}</li>
            </ul>
            <p class="hint">{text(move || t_string!(i18n, map.colour_hint))}</p>
            <ul class="legend-list">
                {sectors}
                <Show when=unsectored>
                    <li><span class="swatch tone-none" aria-hidden="true"></span>{text(move || t_string!(i18n, map.no_sector))}</li>
                </Show>
            </ul>
        </section>
    }
}

/// The partnership the user tapped, with its source: beside the map on wide screens, right
/// under it on others, and brought into view when it changes.
#[component]
pub(super) fn SelectedTie(selected: RwSignal<Option<usize>>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let panel = NodeRef::<Section>::new();
    Effect::new(move || {
        if selected.get().is_some() {
            request_animation_frame(move || {
                if let Some(panel) = panel.get_untracked() {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                    panel.scroll_into_view_with_scroll_into_view_options(&options);
                }
            });
        }
    });
    view! {
        <section class="map-detail" aria-live="polite" node_ref=panel>
            {move || {
                let Some(tie) = selected.get().and_then(|p| data.catalog.partnerships().get(p)).cloned() else {
                    return view! { <p class="hint">{text(move || t_string!(i18n, map.detail_hint))}</p> }.into_any();
                };
                view! {
                    <div class="card partnership">
                        <h2>{text(move || t_string!(i18n, map.selected))}</h2>
                        <PartnershipFacts tie />
                        <button type="button" class="button" on:click=move |_| selected.set(None)>
                            {text(move || t_string!(i18n, map.close))}
                        </button>
                    </div>
                }
                .into_any()
            }}
        </section>
    }
}

/// The same facts as the picture, as text: every partnership drawn, the suggestions of focus
/// mode and the cities the map cannot place.
#[component]
pub(super) fn MapAsList(model: Memo<MapModel>, selected: RwSignal<Option<usize>>) -> impl IntoView {
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
                                " · "{text(move || words::status(i18n, status))}
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
