//! Sharing a proposal without a server, by link and QR code ([`ShareLink`]): another tablet in
//! the workshop opens it, sees it and imports it if asked ([`super::super::incoming`]).

use leptos::prelude::*;

use crate::address::Screen;
use crate::contributions::share::encode_proposal;
use crate::ui::i18n::*;
use crate::ui::widgets::share::{link_to, ShareLink};
use crate::ui::widgets::words::text;
use crate::ui::workspace::proposals::editor::session::Editing;

#[component]
pub(super) fn ShareProposal(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    // Made again as the draft changes, while it is open: the link carries what is on screen.
    let link = Memo::new(move |_| {
        open.get().then(|| {
            let fragment = editing.draft.with(encode_proposal);
            link_to(Screen::Proposals, &fragment)
        })
    });
    view! {
        <section class="profile-section share" aria-labelledby="share-heading">
            <h2 id="share-heading">{text(move || t_string!(i18n, share.title))}</h2>
            <p class="hint">{text(move || t_string!(i18n, share.hint_proposal))}</p>
            <button type="button" class="button primary" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                {text(move || t_string!(i18n, share.share))}
            </button>
            {move || link.get().map(|link| view! { <ShareLink link /> })}
        </section>
    }
}
