//! The top of the editor: title and save state, the choice after a conflict with another tab,
//! what is missing or duplicated, and the proposal's status with its history.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address::{Address, Screen};
use crate::proposals::exchange::duplicate_as;
use crate::proposals::rules;
use crate::proposals::rules::{Duplicate, Gap};
use crate::ui::browser::dates::{local_date, now};
use crate::ui::browser::ids::fresh_id;
use crate::ui::browser::journal;
use crate::ui::browser::storage::StorageError;
use crate::ui::context::{use_address, use_address_bar, use_data, use_proposals};
use crate::ui::i18n::*;
use crate::ui::widgets::dates::LocalDate;
use crate::ui::widgets::link::{embedded_address, AppLink};
use crate::ui::widgets::words::{text, text_owned};
use crate::ui::workspace::proposals::editor::session::{Editing, SaveState};
use crate::ui::workspace::proposals::state::Keeping;
use crate::ui::workspace::proposals::wording;

#[component]
pub(super) fn EditorHeader(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_proposals();
    let all = embedded_address(Screen::Proposals);
    let save_text = move || match editing.save_state.get() {
        SaveState::Saved(at) if at.is_empty() => t_string!(i18n, proposal.saved).to_string(),
        SaveState::Saved(at) => {
            let time = local_date(&at, i18n.get_locale().as_str());
            t_string!(i18n, proposal.saved_at, time).into_owned()
        }
        SaveState::Pending | SaveState::Saving => t_string!(i18n, proposal.saving).to_string(),
        SaveState::Failed(StorageError::Conflict(_)) => {
            t_string!(i18n, proposal.not_saved_conflict).to_string()
        }
        SaveState::Failed(why) => {
            let reason = wording::storage_problem(i18n, &why);
            t_string!(i18n, proposal.not_saved, reason).into_owned()
        }
    };
    let failed = move || matches!(editing.save_state.get(), SaveState::Failed(_));
    let memory_only = move || state.keeping.with(|k| *k == Keeping::MemoryOnly);
    view! {
        <p><AppLink to=all>{text(move || t_string!(i18n, proposal.back))}</AppLink></p>
        <h1>
            {move || {
                let title = editing.draft.with(|p| p.title.clone());
                if title.trim().is_empty() { t_string!(i18n, proposal.untitled).to_string() } else { title }
            }}
        </h1>
        <p class="save-state" class:warning=failed role="status" aria-live="polite">{text_owned(save_text)}</p>
        <Show when=memory_only>
            <p class="warning" role="alert">{text(move || t_string!(i18n, proposal.memory_only))}</p>
        </Show>
    }
}

/// `2026-11-23T10:42:05.123Z` as `2026-11-23 10:42` (UTC).
/// After a save was refused because another tab saved first: keep this version, take the other,
/// or keep both.
#[component]
pub(super) fn ConflictChoice(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let bar = use_address_bar();
    let address = use_address();
    let keep_mine = move |_| {
        if let Some(theirs) = editing.conflict.get_untracked() {
            editing
                .draft
                .update_untracked(|p| p.revision = theirs.revision);
            editing.conflict.set(None);
            editing.save_now();
        }
    };
    let take_theirs = move |_| {
        if let Some(theirs) = editing.conflict.get_untracked() {
            journal::clear(&theirs.id);
            editing.draft.set(theirs.clone());
            editing.conflict.set(None);
            editing.save_state.set(SaveState::Saved(theirs.updated));
        }
    };
    let keep_both = move |_| {
        let Some(theirs) = editing.conflict.get_untracked() else {
            return;
        };
        let mine = duplicate_as(&editing.draft.get_untracked(), &fresh_id(), &now());
        journal::clear(&theirs.id);
        editing.draft.set(theirs.clone());
        editing.conflict.set(None);
        editing.save_state.set(SaveState::Saved(theirs.updated));
        spawn_local(async move {
            if let Ok(copy) = editing.state.save(&mine).await {
                let mut to = Address::new(Screen::Proposal(copy.id));
                to.embed = address.with_untracked(|r| r.embed);
                bar.go(&to);
            }
        });
    };
    view! {
        <Show when=move || editing.conflict.with(Option::is_some)>
            <section class="card conflict" role="alertdialog" aria-labelledby="conflict-title">
                <h2 id="conflict-title">{text(move || t_string!(i18n, proposal.conflict_title))}</h2>
                <p>{text(move || t_string!(i18n, proposal.conflict_lead))}</p>
                <p class="hint">
                    {text_owned(move || {
                        let theirs = editing.conflict.with(|c| c.as_ref().map(|p| p.title.clone()).unwrap_or_default());
                        t_string!(i18n, proposal.conflict_theirs, title = theirs).into_owned()
                    })}
                </p>
                <div class="actions">
                    <button type="button" class="button primary" on:click=keep_mine>{text(move || t_string!(i18n, proposal.keep_mine))}</button>
                    <button type="button" class="button" on:click=take_theirs>{text(move || t_string!(i18n, proposal.take_theirs))}</button>
                    <button type="button" class="button" on:click=keep_both>{text(move || t_string!(i18n, proposal.keep_both))}</button>
                </div>
            </section>
        </Show>
    }
}

/// What is missing, and what this proposal would duplicate.
#[component]
pub(super) fn Warnings(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let state = use_proposals();
    let notes = Memo::new(move |_| {
        let gaps = editing.draft.with(|p| rules::gaps(p, &data.catalog));
        let duplicates = editing.draft.with(|p| {
            state
                .items
                .with(|others| rules::duplicates(p, &data.catalog, others))
        });
        let mut lines: Vec<String> = gaps
            .into_iter()
            .map(|gap| match gap {
                Gap::NoTitle => t_string!(i18n, proposal.gap_title).to_string(),
                Gap::FewerThanTwoCities => t_string!(i18n, proposal.gap_cities).to_string(),
                Gap::UnknownCity(id) | Gap::UnknownSector(id) | Gap::UnknownFunding(id) => {
                    t_string!(i18n, proposal.gap_unknown, id = id).into_owned()
                }
                Gap::BadMilestoneDate(i) => {
                    t_string!(i18n, proposal.gap_date, number = i + 1).into_owned()
                }
            })
            .collect();
        lines.extend(duplicates.into_iter().map(|d| match d {
            Duplicate::Partnership(id) => {
                let summary = data
                    .catalog
                    .partnerships()
                    .iter()
                    .find(|p| p.id == id)
                    .map(|p| p.summary.clone())
                    .unwrap_or(id);
                t_string!(i18n, proposal.duplicates_partnership, summary = summary).into_owned()
            }
            Duplicate::Proposal(id) => {
                let title = state.find(&id).map(|p| p.title).unwrap_or(id);
                t_string!(i18n, proposal.duplicates_proposal, title = title).into_owned()
            }
        }));
        lines
    });
    view! {
        <Show when=move || notes.with(|n| !n.is_empty())>
            <ul class="warnings" aria-label=move || t_string!(i18n, proposal.to_check)>
                {move || notes.get().into_iter().map(|line| view! { <li>"\u{26a0} "{line}</li> }).collect_view()}
            </ul>
        </Show>
    }
}

#[component]
pub(super) fn StatusSection(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let current = move || editing.draft.with(|p| p.status);
    let next = move || editing.draft.with(rules::next_statuses);
    view! {
        <section class="profile-section">
            <h2>{text(move || t_string!(i18n, proposal.status))}</h2>
            <p>
                <span class="badge badge-participant">{text(move || wording::status(i18n, current()))}</span>
            </p>
            <div class="actions" role="group" aria-label=move || t_string!(i18n, proposal.move_to)>
                {move || {
                    next()
                        .into_iter()
                        .map(|status| {
                            view! {
                                <button
                                    type="button"
                                    class="button"
                                    on:click=move |_| editing.edit(|p| {
                                        let _ = rules::change_status(p, status, &now());
                                    })
                                >
                                    {text_owned(move || t_string!(i18n, proposal.move_to_status, status = wording::status(i18n, status)).into_owned())}
                                </button>
                            }
                        })
                        .collect_view()
                }}
            </div>
            <details>
                <summary>{text(move || t_string!(i18n, proposal.history))}</summary>
                <ol class="history">
                    {move || {
                        editing
                            .draft
                            .with(|p| p.history.clone())
                            .into_iter()
                            .map(|change| {
                                view! { <li><LocalDate iso=change.at.clone() />" · "{text(move || wording::status(i18n, change.status))}</li> }
                            })
                            .collect_view()
                    }}
                </ol>
            </details>
        </section>
    }
}
