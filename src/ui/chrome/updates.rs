//! What the user should know about versions: a new app version or new data to reload into, or
//! a broken data file on the server.

use leptos::prelude::*;

use crate::ui::browser::service_worker::DataUpdate;
use crate::ui::context::use_updates;
use crate::ui::i18n::*;
use crate::ui::widgets::words::text;

#[component]
pub fn UpdateNotices() -> impl IntoView {
    let i18n = use_i18n();
    let updates = use_updates();
    view! {
        <Show when=move || updates.app_ready.get()>
            <div class="notice" role="status">
                <span>{text(move || t_string!(i18n, offline.app_ready))}</span>
                <button type="button" class="button primary" on:click=move |_| updates.apply()>
                    {text(move || t_string!(i18n, offline.reload))}
                </button>
            </div>
        </Show>
        <Show when=move || updates.app_failed.get()>
            <div class="notice warning" role="status">
                {text(move || t_string!(i18n, offline.update_failed))}
            </div>
        </Show>
        {move || updates.data.get().map(|update| match update {
            DataUpdate::Saved => view! {
                <div class="notice" role="status">
                    <span>{text(move || t_string!(i18n, offline.data_saved))}</span>
                    <button type="button" class="button" on:click=move |_| { let _ = window().location().reload(); }>
                        {text(move || t_string!(i18n, offline.reload))}
                    </button>
                </div>
            }
            .into_any(),
            DataUpdate::Broken => view! {
                <div class="notice warning" role="alert">
                    {text(move || t_string!(i18n, offline.data_broken))}
                </div>
            }
            .into_any(),
        })}
    }
}
