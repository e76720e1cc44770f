//! Sharing a profile without a server: a link that carries it in the URL fragment, which
//! browsers never send, and the same link as a QR code drawn as SVG rects.

use leptos::prelude::*;

use crate::address::{Address, Screen};
use crate::contributions::share::encode_profile;
use crate::contributions::{qr_code, QrMatrix, QUIET_ZONE};
use crate::ui::i18n::*;
use crate::ui::widgets::words::text;

use super::state::Editing;

/// The link that opens `fragment` on this page's first screen, on any device.
fn link_to(fragment: &str) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let screen = Address::new(Screen::Contribute).to_query();
    format!("{origin}{path}{screen}#{fragment}")
}

#[component]
pub(super) fn ShareProfile(editing: Editing, complete: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let link = Memo::new(move |_| {
        open.get()
            .then(|| link_to(&editing.draft.with(|r| encode_profile(&r.profile))))
    });
    let copy = move |_| {
        if let Some(link) = link.get_untracked() {
            let _ = window().navigator().clipboard().write_text(&link);
        }
    };
    view! {
        <section class="profile-section share" aria-labelledby="share-heading">
            <h2 id="share-heading">{text(move || t_string!(i18n, contribute.share_title))}</h2>
            <p class="hint">{text(move || t_string!(i18n, contribute.share_hint))}</p>
            <Show
                when=move || complete.get()
                fallback=move || view! { <p class="hint">{text(move || t_string!(i18n, contribute.share_incomplete))}</p> }
            >
                <button type="button" class="button primary" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                    {text(move || t_string!(i18n, contribute.share))}
                </button>
            </Show>
            {move || link.get().filter(|_| complete.get()).map(|link| {
                let code = qr_code(&link);
                view! {
                    <label class="field">
                        <span>{text(move || t_string!(i18n, contribute.share_link))}</span>
                        <input type="text" readonly prop:value=link.clone() on:focus=move |ev| {
                            use wasm_bindgen::JsCast;
                            if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { input.select(); }
                        } />
                    </label>
                    <button type="button" class="button" on:click=copy>{text(move || t_string!(i18n, contribute.copy_link))}</button>
                    {match code {
                        Ok(matrix) => view! { <QrCode matrix /> }.into_any(),
                        Err(_) => view! { <p class="warning" role="note">{text(move || t_string!(i18n, contribute.qr_too_long))}</p> }.into_any(),
                    }}
                }
            })}
        </section>
    }
}

/// A QR code as SVG: one rect per run of dark modules, inside the quiet zone readers need.
#[component]
fn QrCode(matrix: QrMatrix) -> impl IntoView {
    let i18n = use_i18n();
    let side = matrix.width() + 2 * QUIET_ZONE;
    let view_box = format!("0 0 {side} {side}");
    view! {
        <svg class="qr-code" viewBox=view_box width="280" height="280" role="img" shape-rendering="crispEdges"
            aria-label=move || t_string!(i18n, contribute.qr_label)>
            <rect width=side height=side fill="#fff"></rect>
            {matrix.dark_runs().into_iter().map(|(x, y, length)| view! {
                <rect x=x + QUIET_ZONE y=y + QUIET_ZONE width=length height="1" fill="#000"></rect>
            }).collect_view()}
        </svg>
    }
}
