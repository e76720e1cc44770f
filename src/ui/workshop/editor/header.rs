//! The top of the editor (title, save state), the choice after a conflict with another tab,
//! and what can be done with the whole session: export its file, delete it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address::{Address, Screen};
use crate::planner::export;
use crate::records::Stored;
use crate::ui::browser::dates::{local_date, now};
use crate::ui::browser::files::download;
use crate::ui::browser::records::store::WriteError;
use crate::ui::context::{use_address_bar, use_sessions};
use crate::ui::i18n::*;
use crate::ui::widgets::link::{embedded_address, AppLink};
use crate::ui::widgets::words::{storage_problem, text, text_owned};
use crate::ui::workshop::editor::planning::{Editing, SaveState};
use crate::ui::workshop::list::title_of;
use crate::ui::workshop::state::Keeping;

#[component]
pub(super) fn EditorHeader(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let sessions = use_sessions();
    let all = embedded_address(Screen::Sessions);
    let save_text = move || match editing.save_state.get() {
        SaveState::Saved(at) if at.is_empty() => t_string!(i18n, proposal.saved).to_string(),
        SaveState::Saved(at) => {
            let time = local_date(&at, i18n.get_locale().as_str());
            t_string!(i18n, proposal.saved_at, time).into_owned()
        }
        SaveState::Pending | SaveState::Saving => t_string!(i18n, proposal.saving).to_string(),
        SaveState::Conflict => t_string!(i18n, proposal.not_saved_conflict).to_string(),
        SaveState::Failed(why) => {
            let reason = storage_problem(i18n, &why);
            t_string!(i18n, workshop.not_saved, reason).into_owned()
        }
    };
    let failed = move || {
        matches!(
            editing.save_state.get(),
            SaveState::Failed(_) | SaveState::Conflict
        )
    };
    let memory_only = move || sessions.keeping.with(|k| *k == Keeping::MemoryOnly);
    view! {
        <p><AppLink to=all>{text(move || t_string!(i18n, workshop.back))}</AppLink></p>
        <h1 dir="auto">{move || editing.draft.with(|s| title_of(i18n, s))}</h1>
        <p class="save-state" class:warning=failed role="status" aria-live="polite">{text_owned(save_text)}</p>
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
    let confirming = RwSignal::new(false);
    let delete = move |_| {
        let (id, base) = editing.draft.with_untracked(|s| (s.id.clone(), s.revision));
        spawn_local(async move {
            match editing.records.delete(&id, base, &now()).await {
                Ok(()) => bar.go(&Address::new(Screen::Sessions)),
                // Changed elsewhere meanwhile: its user sees the other version first.
                Err(WriteError::Conflict(stored)) => {
                    editing.conflict.set(Some(stored));
                    editing.save_state.set(SaveState::Conflict);
                }
                Err(WriteError::Storage(error)) => editing.save_state.set(SaveState::Failed(error)),
            }
        });
    };
    view! {
        <section class="profile-section actions-section">
            <h2>{text(move || t_string!(i18n, workshop.file))}</h2>
            <div class="actions">
                <button type="button" class="button" on:click=export_json>{text(move || t_string!(i18n, workshop.export))}</button>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="button" on:click=move |_| confirming.set(true)>{text(move || t_string!(i18n, workshop.delete))}</button>
                    }
                >
                    <button type="button" class="button badge-warning" on:click=delete>{text(move || t_string!(i18n, proposal.delete_confirm))}</button>
                    <button type="button" class="button" on:click=move |_| confirming.set(false)>{text(move || t_string!(i18n, proposal.cancel))}</button>
                </Show>
            </div>
        </section>
    }
}
