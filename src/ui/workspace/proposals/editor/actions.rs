//! What the proposal started from, and what can be done with it: export, print, delete.

use leptos::prelude::*;

use crate::address::{Address, Screen};
use crate::proposals::exchange::export;
use crate::proposals::markdown::to_markdown;
use crate::ui::browser::dates::now;
use crate::ui::browser::files::download;
use crate::ui::context::{use_address, use_address_bar, use_data};
use crate::ui::i18n::*;
use crate::ui::widgets::confirm::DeleteButton;
use crate::ui::widgets::words::text;
use crate::ui::workspace::proposals::editor::session::Editing;
use crate::ui::workspace::proposals::wording::Words;

#[component]
pub(super) fn OriginSection(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let reasons = move || {
        editing.draft.with(|p| {
            p.origin
                .as_ref()
                .map(|o| o.reasons.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <Show when=move || !reasons().is_empty()>
            <details class="profile-section">
                <summary>{text(move || t_string!(i18n, proposal.context))}</summary>
                <ul class="reasons user-text">
                    {move || reasons().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
                </ul>
            </details>
        </Show>
    }
}

#[component]
pub(super) fn Actions(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let bar = use_address_bar();
    let address = use_address();
    let filename = move |extension: &str| {
        format!(
            "{}.{extension}",
            editing.draft.with_untracked(|p| p.id.clone())
        )
    };
    let export_json = move |_| {
        let file = export(&[editing.draft.get_untracked()], &now());
        let _ = download(&filename("json"), "application/json", &file);
    };
    let export_markdown = {
        let data = data.clone();
        let words = Words::current();
        move |_| {
            let text = to_markdown(&[editing.draft.get_untracked()], &data.catalog, &words);
            let _ = download(&filename("md"), "text/markdown", &text);
        }
    };
    let delete = Callback::new(move |()| {
        editing.delete(move || {
            let mut to = Address::new(Screen::Proposals);
            to.embed = address.with_untracked(|r| r.embed);
            bar.go(&to);
        })
    });
    view! {
        <section class="profile-section actions-section">
            <h2>{text(move || t_string!(i18n, proposal.share))}</h2>
            <div class="actions">
                <button type="button" class="button" on:click=export_json>{text(move || t_string!(i18n, proposal.export_json))}</button>
                <button type="button" class="button" on:click=export_markdown>{text(move || t_string!(i18n, proposal.export_markdown))}</button>
                <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>{text(move || t_string!(i18n, proposal.print))}</button>
                <DeleteButton label=|i18n| t_string!(i18n, proposal.delete).to_string() delete />
            </div>
        </section>
    }
}
