//! Embed mode: Passerelle inside a partner's website. The app tells the host page its content
//! height, and nothing else; it listens to nothing from the host. The message shape is
//! documented in `docs/embedding.md`:
//!
//! ```text
//! { "type": "passerelle:height", "height": 1234 }
//! ```

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::i18n::*;
use super::labels::text;
use super::location::use_route;
use crate::route::Route;

pub const HEIGHT_MESSAGE: &str = "passerelle:height";

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
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let height = body.scroll_height().max(
        document()
            .document_element()
            .map_or(0, |e| e.scroll_height()),
    );
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
    // The height is no secret: any host may have it.
    let _ = parent.post_message(&message, "*");
}

/// In embed mode inside a frame, reports the content height whenever it changes.
#[component]
pub fn ReportHeight() -> impl IntoView {
    let route = use_route();
    let started = StoredValue::new(false);
    Effect::new(move |_| {
        if !route.with(|r| r.embed) || !in_frame() || started.get_value() {
            return;
        }
        started.set_value(true);
        let on_resize = Closure::<dyn Fn()>::new(report_height);
        if let (Ok(observer), Some(body)) = (
            web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
            document().body(),
        ) {
            observer.observe(&body);
        }
        on_resize.forget();
        report_height();
    });
}

/// Where drafts live when the app runs inside another website: browsers keep an embedded
/// app's storage apart for each host site.
#[component]
pub fn EmbedStorageNote() -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    let full_app = move || {
        let mut full: Route = route.get();
        full.embed = false;
        full.href(full.view.page())
    };
    view! {
        <Show when=move || route.with(|r| r.embed)>
            <div class="notice warning" role="note">
                <span>{text(move || t_string!(i18n, embed.storage_note))}</span>
                <a href=full_app target="_blank" rel="noopener">{text(move || t_string!(i18n, embed.open_full))}</a>
            </div>
        </Show>
    }
}

/// The absolute address of `route` in embed mode, for the host page.
fn embed_address(route: &Route) -> String {
    let mut embedded = route.clone();
    embedded.embed = true;
    let location = window().location();
    let base = location.href().unwrap_or_default();
    let href = embedded.href(crate::route::Page::Explore);
    web_sys::Url::new_with_base(&href, &base)
        .map(|u| u.href())
        .unwrap_or(href)
}

/// The iframe and the few lines of script a partner pastes into their page.
pub fn snippet(address: &str, title: &str) -> String {
    let origin = web_sys::Url::new(address)
        .map(|u| u.origin())
        .unwrap_or_default();
    format!(
        "<iframe src=\"{address}\" title=\"{title}\" style=\"width:100%;height:640px;border:0\" loading=\"lazy\"></iframe>\n\
         <script>\n\
         addEventListener('message', function (e) {{\n  \
           if (e.origin !== '{origin}' || !e.data || e.data.type !== '{HEIGHT_MESSAGE}') return;\n  \
           document.querySelectorAll('iframe[src^=\"{origin}/\"]').forEach(function (f) {{\n    \
             if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';\n  \
           }});\n\
         }});\n\
         </script>"
    )
}

/// The Embed page: the snippet for the view the user came from, with a copy button.
#[component]
pub fn EmbedCode(of: String) -> impl IntoView {
    let i18n = use_i18n();
    let data = super::app::use_data();
    let target = Route::parse(&of, &data.catalog).unwrap_or_default();
    let address = embed_address(&target);
    let code = move || snippet(&address, t_string!(i18n, embed.frame_title));
    let copied = RwSignal::new(false);
    let copy = {
        let code = code.clone();
        move |_| {
            let text = code();
            let clipboard = window().navigator().clipboard();
            let _ = clipboard.write_text(&text);
            copied.set(true);
        }
    };
    view! {
        <div class="page embed-page">
            <h1>{text(move || t_string!(i18n, embed.code_title))}</h1>
            <p class="lead">{text(move || t_string!(i18n, embed.code_lead))}</p>
            <label class="field">
                <span>{text(move || t_string!(i18n, embed.snippet_label))}</span>
                <textarea class="snippet" readonly rows="10" prop:value=code.clone()></textarea>
            </label>
            <p class="actions">
                <button type="button" class="button primary" on:click=copy>{text(move || t_string!(i18n, embed.copy))}</button>
                <Show when=move || copied.get()>
                    <span role="status">{text(move || t_string!(i18n, embed.copied))}</span>
                </Show>
            </p>
            <h2>{text(move || t_string!(i18n, embed.what_host_gets))}</h2>
            <p>{text(move || t_string!(i18n, embed.messages_note))}</p>
            <p>{text(move || t_string!(i18n, embed.storage_note))}</p>
        </div>
    }
}
