//! Embed mode: Passerelle inside a partner's website. The app tells the host page its content
//! height, and nothing else; it listens to nothing from the host. The message is documented in
//! `docs/embedding.md`:
//!
//! ```text
//! { "type": "passerelle:height", "height": 1234 }
//! ```

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::embed::HEIGHT_MESSAGE;
use crate::ui::context::use_address;
use crate::ui::i18n::*;
use crate::ui::widgets::words::text;

fn in_frame() -> bool {
    window()
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| parent != window())
}

fn report_height() {
    let Some(parent) = window().parent().ok().flatten() else {
        return;
    };
    let Some(body) = document().body() else {
        return;
    };
    let root = document()
        .document_element()
        .map_or(0, |e| e.scroll_height());
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let height = JsValue::from(body.scroll_height().max(root));
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height);
    // The height is no secret: any host may have it.
    let _ = parent.post_message(&message, "*");
}

/// In embed mode inside a frame, reports the content height whenever it changes. The observer
/// is the browser's own: leptos-use's `use_resize_observer` adds 2.5 kB brotli to the Explore
/// page for what these few lines do (measured with `node scripts/budget.mjs`).
#[component]
pub fn ReportHeight() -> impl IntoView {
    let address = use_address();
    // The mode is decided by the address the page opened with; it does not come and go.
    if !address.with_untracked(|a| a.embed) || !in_frame() {
        return;
    }
    let on_resize = Closure::<dyn Fn()>::new(report_height);
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
        document().body(),
    ) {
        observer.observe(&body);
    }
    // The observer lives as long as the page.
    on_resize.forget();
    report_height();
}

/// In embed mode: the name of the app and a link to the same screen in the full app, opening
/// in a new tab so the host page is left alone.
#[component]
pub fn EmbedBar() -> impl IntoView {
    view! {
        <div class="embed-bar">
            <span class="brand-name">"Passerelle"</span>
            <FullAppLink />
        </div>
    }
}

/// A link out of embed mode to the same screen, in a new tab.
#[component]
fn FullAppLink() -> impl IntoView {
    let i18n = use_i18n();
    let address = use_address();
    let href = move || {
        let full = address.get().embedded(false);
        full.href(full.screen.page())
    };
    view! {
        <a href=href target="_blank" rel="noopener">
            {text(move || t_string!(i18n, embed.open_full))}
        </a>
    }
}

/// Where drafts live when the app runs inside another website: browsers keep an embedded
/// app's storage apart for each host site.
#[component]
pub fn EmbedStorageNote() -> impl IntoView {
    let i18n = use_i18n();
    let address = use_address();
    view! {
        <Show when=move || address.with(|a| a.embed)>
            <div class="notice warning" role="note">
                <span>{text(move || t_string!(i18n, embed.storage_note))}</span>
                <FullAppLink />
            </div>
        </Show>
    }
}
