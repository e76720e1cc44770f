//! Where the profile is: latitude and longitude typed, or a tap on a map of Africa and Europe
//! that fills them in (rounded to about a kilometre), with a dot where the profile now is.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::contributions::Location;
use crate::map::{basemap_frame, frame, project, unproject, Point, BASEMAP_URL};
use crate::ui::i18n::*;
use crate::ui::widgets::words::text;

use super::state::Editing;

/// The two coordinates as typed, and the map to tap.
#[component]
pub(super) fn LocationField(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let draft = editing.draft;
    let coordinate = |location: Option<Location>, lat: bool| {
        location
            .map(|l| if lat { l.lat } else { l.lon }.to_string())
            .unwrap_or_default()
    };
    let lat = RwSignal::new(draft.with_untracked(|r| coordinate(r.profile.location, true)));
    let lon = RwSignal::new(draft.with_untracked(|r| coordinate(r.profile.location, false)));
    let place = move || {
        let (a, b) = (lat.get_untracked(), lon.get_untracked());
        let location = match (a.trim().parse::<f64>(), b.trim().parse::<f64>()) {
            (Ok(lat), Ok(lon)) if lat.is_finite() && lon.is_finite() => Some(Location { lat, lon }),
            _ => None,
        };
        editing.edit(|r| r.profile.location = location);
    };
    let incomplete = move || {
        let (a, b) = (lat.get(), lon.get());
        (a.trim().is_empty() != b.trim().is_empty())
            || draft.with(|r| r.profile.location.is_none()) && !a.trim().is_empty()
    };
    let tapped = move |(la, lo): (f64, f64)| {
        lat.set(la.to_string());
        lon.set(lo.to_string());
        place();
    };
    view! {
        <fieldset class="field location">
            <legend>{text(move || t_string!(i18n, contribute.location))}</legend>
            <label class="field">
                <span>{text(move || t_string!(i18n, contribute.latitude))}</span>
                <input type="text" inputmode="decimal" prop:value=lat on:input=move |ev| lat.set(event_target_value(&ev)) on:change=move |_| place() />
            </label>
            <label class="field">
                <span>{text(move || t_string!(i18n, contribute.longitude))}</span>
                <input type="text" inputmode="decimal" prop:value=lon on:input=move |ev| lon.set(event_target_value(&ev)) on:change=move |_| place() />
            </label>
            <p class="hint" class:warning=incomplete>{text(move || t_string!(i18n, contribute.location_hint))}</p>
            <TapMap at=Signal::derive(move || draft.with(|r| r.profile.location)) on_tap=tapped />
        </fieldset>
    }
}

/// The map a finger or a mouse sets the place on. The typed fields above do the same for the
/// keyboard and screen readers, so the picture itself is hidden from them.
#[component]
fn TapMap(at: Signal<Option<Location>>, on_tap: impl Fn((f64, f64)) + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let shown = frame();
    let (x, y, width, height) = basemap_frame();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(picture) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let bounds = picture.get_bounding_client_rect();
        if bounds.width() <= 0.0 || bounds.height() <= 0.0 {
            return;
        }
        // The picture is stretched to its box (preserveAspectRatio="none"): fractions map linearly.
        let point = Point {
            x: shown.x + (f64::from(ev.client_x()) - bounds.left()) / bounds.width() * shown.width,
            y: shown.y + (f64::from(ev.client_y()) - bounds.top()) / bounds.height() * shown.height,
        };
        if let Some(place) = unproject(point) {
            on_tap(place);
        }
    };
    let dot = move || {
        at.get()
            .and_then(|l| project(l.lat, l.lon))
            .map(|p| view! { <circle class="location-dot" cx=format!("{:.1}", p.x) cy=format!("{:.1}", p.y) r="8" /> })
    };
    view! {
        <p class="hint">{text(move || t_string!(i18n, contribute.location_tap))}</p>
        <svg
            class="location-map"
            viewBox=format!("{:.1} {:.1} {:.1} {:.1}", shown.x, shown.y, shown.width, shown.height)
            preserveAspectRatio="none"
            aria-hidden="true"
            on:click=on_click
        >
            <image href=BASEMAP_URL x=x y=y width=width height=height preserveAspectRatio="none" />
            {dot}
        </svg>
    }
}
