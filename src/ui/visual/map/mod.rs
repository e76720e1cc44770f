//! The map of collaborations: cities on an offline basemap, partnerships as arcs coloured by
//! sector, the list's filters and a status filter, focus mode on one city, and the same facts
//! as a list for those who do not use the picture.

mod gestures;
mod legend;
mod picture;
mod zoom;

use leptos::prelude::*;

use crate::address::Screen;
use crate::data::PartnershipStatus;
use crate::filter::Facet;
use crate::id::{Id, VariantArray};
use crate::map::{MapModel, MapQuery};
use crate::ui::context::{use_address, use_address_bar, use_data, use_matcher};
use crate::ui::i18n::*;
use crate::ui::visual::map::gestures::Camera;
use crate::ui::visual::map::legend::{Legend, MapAsList, SelectedTie};
use crate::ui::visual::map::picture::MapPicture;
use crate::ui::visual::map::zoom::ZoomButtons;
use crate::ui::widgets::filters::{use_filter_outcome, FilterPanel};
use crate::ui::widgets::words::{self, text, text_owned};

/// The id of the text under the map that says how to move it.
const HANDS_HINT: &str = "map-hands-hint";

#[component]
pub fn MapView(focus: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let address = use_address();
    let outcome = use_filter_outcome();
    let model = {
        let data = data.clone();
        let matcher = use_matcher();
        let focus = focus.clone();
        Memo::new(move |_| {
            let query = address.with(|r| MapQuery {
                filter: r.filter.clone(),
                statuses: r.statuses.clone(),
                focus: focus.clone(),
                unlocated: data
                    .profiles
                    .iter()
                    .filter(|p| !p.located)
                    .map(|p| p.city)
                    .collect(),
            });
            outcome.with(|o| MapModel::build(&data.catalog, &matcher, &o.cities, &query))
        })
    };
    let selected = RwSignal::new(None::<usize>);
    let camera = Camera::new();
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
            // The map fills its column; on wide screens the selected partnership, how to move
            // the map and the legend stand beside it, on others right under it.
            <div class="map-layout">
                <div>
                    <ZoomButtons camera />
                    <MapPicture model selected camera described_by=HANDS_HINT />
                </div>
                <div class="map-side">
                    <SelectedTie selected />
                    <p class="hint" id=HANDS_HINT>{text(move || t_string!(i18n, map.hands_hint))}</p>
                    <Legend model />
                </div>
            </div>
            <MapAsList model selected />
        </div>
    }
}

/// Picks the city focus mode is on, or none for the whole map.
#[component]
fn FocusPicker(focus: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let bar = use_address_bar();
    let cities = data.catalog.city_choices();
    view! {
        <label class="field">
            <span>{text(move || t_string!(i18n, map.focus))}</span>
            <select on:change=move |ev| {
                let id = event_target_value(&ev);
                bar.update(|r| r.screen = Screen::Map((!id.is_empty()).then_some(id)));
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
    let address = use_address();
    let bar = use_address_bar();
    view! {
        <div class="chips" role="group" aria-label=move || t_string!(i18n, map.statuses)>
            {PartnershipStatus::VARIANTS
                .iter()
                .copied()
                .map(|status| {
                    view! {
                        <button
                            type="button"
                            class="chip"
                            aria-pressed=move || address.with(|r| r.statuses.contains(&status)).to_string()
                            on:click=move |_| bar.update(|r| {
                                if !r.statuses.remove(&status) {
                                    r.statuses.insert(status);
                                }
                            })
                        >
                            <span class=format!("line-sample status-{}", status.id()) aria-hidden="true"></span>
                            {text(move || words::status(i18n, status))}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
