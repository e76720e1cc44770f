//! The zoom buttons on the map's corner: in, out, and back to the whole map.

use leptos::prelude::*;

use crate::map::view::{Step, View, MAX_ZOOM, MIN_ZOOM};
use crate::ui::i18n::*;
use crate::ui::visual::map::gestures::Camera;
use crate::ui::widgets::words::text;

#[component]
pub(super) fn ZoomButtons(camera: Camera) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="zoom-buttons" role="group" aria-label=move || t_string!(i18n, map.zoom)>
            <StepButton camera step=Step::ZoomIn symbol="+" limit=MAX_ZOOM name=text(move || t_string!(i18n, map.zoom_in)) />
            <StepButton camera step=Step::ZoomOut symbol="\u{2212}" limit=MIN_ZOOM name=text(move || t_string!(i18n, map.zoom_out)) />
            <button type="button" class="button zoom-button zoom-reset" on:click=move |_| camera.view.set(View::default())>
                {text(move || t_string!(i18n, map.zoom_reset))}
            </button>
        </div>
    }
}

/// One zoom step: named for screen readers, a symbol for the eye, inactive at its `limit`.
#[component]
fn StepButton(
    camera: Camera,
    step: Step,
    symbol: &'static str,
    limit: f64,
    name: Signal<&'static str>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button zoom-button"
            aria-label=name
            title=name
            aria-disabled=move || camera.view.with(|v| v.zoom == limit).to_string()
            on:click=move |_| camera.step(step)
        >
            <span aria-hidden="true">{symbol}</span>
        </button>
    }
}
