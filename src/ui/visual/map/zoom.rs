//! The zoom buttons on the map's corner: in, out, and back to the whole map.

use leptos::prelude::*;

use crate::map::view::{Step, View, MAX_ZOOM, MIN_ZOOM};
use crate::ui::i18n::*;
use crate::ui::visual::map::gestures::Camera;
use crate::ui::widgets::words::text;

#[component]
pub(super) fn ZoomButtons(camera: Camera) -> impl IntoView {
    let i18n = use_i18n();
    let zoom = move || camera.view.with(|v| v.zoom);
    view! {
        <div class="zoom-buttons" role="group" aria-label=move || t_string!(i18n, map.zoom)>
            <button
                type="button"
                class="button zoom-button"
                aria-label=move || t_string!(i18n, map.zoom_in)
                title=move || t_string!(i18n, map.zoom_in)
                aria-disabled=move || (zoom() >= MAX_ZOOM).to_string()
                on:click=move |_| camera.step(Step::ZoomIn)
            >
                <span aria-hidden="true">"+"</span>
            </button>
            <button
                type="button"
                class="button zoom-button"
                aria-label=move || t_string!(i18n, map.zoom_out)
                title=move || t_string!(i18n, map.zoom_out)
                aria-disabled=move || (zoom() <= MIN_ZOOM).to_string()
                on:click=move |_| camera.step(Step::ZoomOut)
            >
                <span aria-hidden="true">"\u{2212}"</span>
            </button>
            <button
                type="button"
                class="button zoom-button zoom-reset"
                on:click=move |_| camera.view.set(View::default())
            >
                {text(move || t_string!(i18n, map.zoom_reset))}
            </button>
        </div>
    }
}
