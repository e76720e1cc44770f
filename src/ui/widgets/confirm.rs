//! A delete button that asks once more before it acts, as every editor's delete does.

use leptos::prelude::*;

use crate::ui::i18n::*;
use crate::ui::widgets::words::text;

/// `label` names what is deleted ("Delete this proposal"); `delete` runs on confirmation.
#[component]
pub fn DeleteButton(
    label: fn(crate::ui::context::I18n) -> String,
    delete: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let confirming = RwSignal::new(false);
    view! {
        <Show
            when=move || confirming.get()
            fallback=move || view! {
                <button type="button" class="button" on:click=move |_| confirming.set(true)>{move || label(i18n)}</button>
            }
        >
            <button type="button" class="button badge-warning" on:click=move |_| delete.run(())>{text(move || t_string!(i18n, proposal.delete_confirm))}</button>
            <button type="button" class="button" on:click=move |_| confirming.set(false)>{text(move || t_string!(i18n, proposal.cancel))}</button>
        </Show>
    }
}
