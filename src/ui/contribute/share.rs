//! Sharing a profile without a server, by link and QR code ([`ShareLink`]).

use leptos::prelude::*;

use crate::address::Screen;
use crate::contributions::share::encode_profile;
use crate::ui::i18n::*;
use crate::ui::widgets::share::{link_to, ShareLink};
use crate::ui::widgets::words::text;

use super::state::Editing;

#[component]
pub(super) fn ShareProfile(editing: Editing, complete: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let link = Memo::new(move |_| {
        open.get().then(|| {
            let fragment = editing.draft.with(|r| encode_profile(&r.profile));
            link_to(Screen::Contribute, &fragment)
        })
    });
    view! {
        <section class="profile-section share" aria-labelledby="share-heading">
            <h2 id="share-heading">{text(move || t_string!(i18n, share.title))}</h2>
            <p class="hint">{text(move || t_string!(i18n, contribute.share_hint))}</p>
            <Show
                when=move || complete.get()
                fallback=move || view! { <p class="hint">{text(move || t_string!(i18n, contribute.share_incomplete))}</p> }
            >
                <button type="button" class="button primary" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                    {text(move || t_string!(i18n, share.share))}
                </button>
            </Show>
            {move || link.get().filter(|_| complete.get()).map(|link| view! { <ShareLink link /> })}
        </section>
    }
}
