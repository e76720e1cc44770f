//! What a page of records shows before storage has been read: a status saying what is being
//! opened, never an empty list ("Proposals: 0" for seconds on a slow device reads as lost work).

use leptos::prelude::*;

use crate::ui::browser::records::state::Keeping;
use crate::ui::context::I18n;
use crate::ui::i18n::*;
use crate::ui::widgets::words::text;

/// `children` once the records `keeping` describes are read; until then `waiting` in words.
#[component]
pub fn OnceRead(
    keeping: RwSignal<Keeping>,
    waiting: fn(I18n) -> &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let i18n = use_i18n();
    let read = move || keeping.with(|k| *k != Keeping::Opening);
    view! {
        <Show when=read fallback=move || view! { <p class="loading" role="status">{text(move || waiting(i18n))}</p> }>
            {children()}
        </Show>
    }
}
