//! The Embed page: the snippet a partner pastes to show a screen of Passerelle on their site,
//! with a copy button.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::address::{Address, Page};
use crate::embed::snippet;
use crate::ui::context::use_data;
use crate::ui::i18n::*;
use crate::ui::widgets::words::text;

/// The absolute address of `address` in embed mode, for the host page.
fn embed_address(address: &Address) -> String {
    let href = address.clone().embedded(true).href(Page::Explore);
    let base = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(&href, &base)
        .map(|u| u.href())
        .unwrap_or(href)
}

/// Copies `text`, and says whether the browser took it. Written against the Clipboard API
/// directly: leptos-use's `use_clipboard` adds 2.5 kB brotli to the Explore page (measured with
/// `node scripts/budget.mjs`). Without the API (a plain-http host) it says so at once.
async fn copy_text(text: String) -> bool {
    let navigator = window().navigator();
    if !js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false) {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(&text))
        .await
        .is_ok()
}

#[component]
pub fn EmbedCode(of: String) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let target = Address::parse(&of, &data.catalog).unwrap_or_default();
    let address = embed_address(&target);
    let code = move || snippet(&address, t_string!(i18n, embed.frame_title));
    // What the browser said of the last copy: nothing is claimed before it answers.
    let copied = RwSignal::new(None::<bool>);
    let on_copy = {
        let code = code.clone();
        move |_| {
            let text = code();
            copied.set(None);
            spawn_local(async move { copied.set(Some(copy_text(text).await)) });
        }
    };
    view! {
        <div class="page embed-page">
            <h1>{text(move || t_string!(i18n, embed.code_title))}</h1>
            <p class="lead">{text(move || t_string!(i18n, embed.code_lead))}</p>
            <label class="field">
                <span>{text(move || t_string!(i18n, embed.snippet_label))}</span>
                <textarea class="snippet" readonly rows="10" prop:value=code></textarea>
            </label>
            <p class="actions">
                <button type="button" class="button primary" on:click=on_copy>{text(move || t_string!(i18n, embed.copy))}</button>
                <span role="status">
                    {move || copied.get().map(|done| if done {
                        text(move || t_string!(i18n, embed.copied))
                    } else {
                        text(move || t_string!(i18n, embed.copy_failed))
                    })}
                </span>
            </p>
            <h2>{text(move || t_string!(i18n, embed.what_host_gets))}</h2>
            <p>{text(move || t_string!(i18n, embed.messages_note))}</p>
            <p>{text(move || t_string!(i18n, embed.storage_note))}</p>
        </div>
    }
}
