//! What the user should know about versions: a new app version or new data to reload into, or
//! a broken data file on the server; and about working without a network: with data saver on,
//! whether to download the rest of the app, and once it is there, that it is.

use leptos::prelude::*;

use crate::format;
use crate::ui::browser::service_worker::{DataUpdate, Offline};
use crate::ui::context::use_updates;
use crate::ui::i18n::*;
use crate::ui::widgets::words::{number_format, text, text_owned};

#[component]
pub fn UpdateNotices() -> impl IntoView {
    let i18n = use_i18n();
    let updates = use_updates();
    view! {
        <div class="notices">
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
            {move || match updates.offline.get() {
                Offline::Quiet => ().into_any(),
                Offline::Ask(bytes) => view! {
                    <div class="notice" role="status">
                        <span>
                            {text_owned(move || {
                                let size = format::megabytes(bytes, &number_format(i18n));
                                t_string!(i18n, offline.ask, size).into_owned()
                            })}
                        </span>
                        <button type="button" class="button primary" on:click=move |_| updates.make_available_offline()>
                            {text(move || t_string!(i18n, offline.download))}
                        </button>
                        <button type="button" class="button" on:click=move |_| updates.not_now()>
                            {text(move || t_string!(i18n, offline.not_now))}
                        </button>
                    </div>
                }
                .into_any(),
                Offline::Downloading => view! {
                    <div class="notice" role="status">{text(move || t_string!(i18n, offline.downloading))}</div>
                }
                .into_any(),
                Offline::Ready => view! {
                    <div class="notice" role="status">
                        <span>{text(move || t_string!(i18n, offline.ready))}</span>
                        <button type="button" class="button" on:click=move |_| updates.offline.set(Offline::Quiet)>
                            {text(move || t_string!(i18n, offline.ok))}
                        </button>
                    </div>
                }
                .into_any(),
            }}
        </div>
    }
}
