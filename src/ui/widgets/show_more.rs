//! A list shown a page at a time: a list of thousands keeps a page's worth of items in the
//! document, and "Show 40 more (1,960 not shown yet)" under it adds the next page.

use leptos::prelude::*;

use crate::ui::i18n::*;
use crate::ui::widgets::words::text_owned;

/// How many items show at first, and how many more each press adds.
pub const PAGE: usize = 40;

/// Shows the first page again whenever `question` (which reads what the list answers: a search,
/// filters, an order) changes.
pub fn restart_when(shown: RwSignal<usize>, question: impl Fn() + Send + Sync + 'static) {
    Effect::new(move |ran_before: Option<()>| {
        question();
        if ran_before.is_some() {
            shown.set(PAGE);
        }
    });
}

/// The button under a list showing `shown` of `total()` items; absent when all show.
#[component]
pub fn ShowMore<F>(shown: RwSignal<usize>, total: F) -> impl IntoView
where
    F: Fn() -> usize + Copy + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let left = move || total().saturating_sub(shown.get());
    view! {
        <Show when=move || { left() > 0 }>
            <button type="button" class="button show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                {text_owned(move || t_string!(i18n, list.show_more, count = PAGE.min(left()), left = left()).into_owned())}
            </button>
        </Show>
    }
}
