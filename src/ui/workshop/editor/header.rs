//! The top of the editor (title, save state), the choice after a conflict with another tab,
//! and what can be done with the whole session: export its file, delete it.

use leptos::prelude::*;

use crate::address::{Address, Screen};
use crate::planner::export;
use crate::records::Stored;
use crate::ui::browser::dates::now;
use crate::ui::browser::files::download;
use crate::ui::context::{use_address_bar, use_sessions};
use crate::ui::i18n::*;
use crate::ui::widgets::confirm::DeleteButton;
use crate::ui::widgets::link::{embedded_address, AppLink};
use crate::ui::widgets::save_state::SaveStatus;
use crate::ui::widgets::words::text;
use crate::ui::workshop::editor::planning::Editing;
use crate::ui::workshop::list::title_of;
use crate::ui::workshop::state::Keeping;

#[component]
pub(super) fn EditorHeader(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let sessions = use_sessions();
    let all = embedded_address(Screen::Sessions);
    let memory_only = move || sessions.keeping.with(|k| *k == Keeping::MemoryOnly);
    view! {
        <p><AppLink to=all>{text(move || t_string!(i18n, workshop.back))}</AppLink></p>
        <h1 dir="auto">{move || editing.draft.with(|s| title_of(i18n, s))}</h1>
        <SaveStatus state=editing.save_state keeping=editing.records.keeping not_saved=|i18n, reason| t_string!(i18n, workshop.not_saved, reason).into_owned() />
        <Show when=memory_only>
            <p class="warning" role="alert">{text(move || t_string!(i18n, workshop.memory_only))}</p>
        </Show>
    }
}

/// After a save was refused because another tab saved or deleted this session: keep this
/// version, or take the other (for a deletion: restore it, or let it go).
#[component]
pub(super) fn ConflictChoice(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let bar = use_address_bar();
    let take_theirs = move |_| {
        if editing.take_theirs().is_none() {
            bar.go(&Address::new(Screen::Sessions));
        }
    };
    let deleted = move || {
        editing
            .conflict
            .with(|c| matches!(c, Some(Stored::Deleted(_))))
    };
    view! {
        <Show when=move || editing.conflict.with(Option::is_some)>
            <section class="card conflict" role="alertdialog" aria-labelledby="conflict-title">
                <h2 id="conflict-title">{text(move || if deleted() { t_string!(i18n, workshop.deleted_title) } else { t_string!(i18n, workshop.conflict_title) })}</h2>
                <p>{text(move || t_string!(i18n, workshop.conflict_lead))}</p>
                <div class="actions">
                    <button type="button" class="button primary" on:click=move |_| editing.keep_mine()>{text(move || t_string!(i18n, proposal.keep_mine))}</button>
                    <button type="button" class="button" on:click=take_theirs>{text(move || if deleted() { t_string!(i18n, proposal.discard_mine) } else { t_string!(i18n, proposal.take_theirs) })}</button>
                </div>
            </section>
        </Show>
    }
}

#[component]
pub(super) fn Actions(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let bar = use_address_bar();
    let export_json = move |_| {
        let file = editing.draft.with_untracked(|s| export(s, &now()));
        let name = format!(
            "passerelle-workshop-{}.json",
            editing.draft.with_untracked(|s| s.date.clone())
        );
        let _ = download(&name, "application/json", &file);
    };
    let delete =
        Callback::new(move |()| editing.delete(move || bar.go(&Address::new(Screen::Sessions))));
    view! {
        <section class="profile-section actions-section">
            <h2>{text(move || t_string!(i18n, workshop.file))}</h2>
            <div class="actions">
                <button type="button" class="button" on:click=export_json>{text(move || t_string!(i18n, workshop.export))}</button>
                <DeleteButton label=|i18n| t_string!(i18n, workshop.delete).to_string() delete />
            </div>
        </section>
    }
}
