//! The top of the editor: title and save state, the choice after a conflict with another tab,
//! what is missing or duplicated, and the proposal's status with its history.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address::{Address, Screen};
use crate::proposals::exchange::export;
use crate::proposals::rules;
use crate::proposals::rules::{Duplicate, Gap};
use crate::records::{Record, Stored};
use crate::ui::browser::dates::now;
use crate::ui::browser::files::download;
use crate::ui::browser::ids::fresh_id;
use crate::ui::context::{use_address, use_address_bar, use_data, use_proposals};
use crate::ui::i18n::*;
use crate::ui::widgets::dates::LocalDate;
use crate::ui::widgets::link::{embedded_address, AppLink};
use crate::ui::widgets::save_state::SaveStatus;
use crate::ui::widgets::words::{text, text_owned};
use crate::ui::workspace::proposals::editor::session::{Editing, SaveState};
use crate::ui::workspace::proposals::state::Keeping;
use crate::ui::workspace::proposals::wording;

#[component]
pub(super) fn EditorHeader(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_proposals();
    let all = embedded_address(Screen::Proposals);
    // Storage refused: the text stays on screen and in the unsaved copy; a file keeps it safe.
    let export = move |_| {
        let file = export(&[editing.draft.get_untracked()], &now());
        let name = format!("{}.json", editing.draft.with_untracked(|p| p.id.clone()));
        let _ = download(&name, "application/json", &file);
    };
    let refused = move || matches!(editing.save_state.get(), SaveState::Failed(_));
    let memory_only = move || state.keeping.with(|k| *k == Keeping::MemoryOnly);
    view! {
        <p><AppLink to=all>{text(move || t_string!(i18n, proposal.back))}</AppLink></p>
        <h1 class="user-text" dir="auto">
            {move || {
                let title = editing.draft.with(|p| p.title.clone());
                if title.trim().is_empty() { t_string!(i18n, proposal.untitled).to_string() } else { title }
            }}
        </h1>
        <SaveStatus state=editing.save_state keeping=editing.records.keeping not_saved=|i18n, reason| t_string!(i18n, proposal.not_saved, reason).into_owned() />
        <Show when=refused>
            <p><button type="button" class="button primary" on:click=export>{text(move || t_string!(i18n, proposal.export_now))}</button></p>
        </Show>
        <Show when=memory_only>
            <p class="warning" role="alert">{text(move || t_string!(i18n, proposal.memory_only))}</p>
        </Show>
    }
}

/// After a save was refused because another tab saved, imported or deleted this proposal:
/// keep this version, take the other, or keep both; for a deletion, restore it or let it go.
#[component]
pub(super) fn ConflictChoice(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let bar = use_address_bar();
    let address = use_address();
    let embed = move || address.with_untracked(|r| r.embed);
    let take_theirs = move |_| {
        if editing.take_theirs().is_none() {
            bar.go(&Address::new(Screen::Proposals).embedded(embed()));
        }
    };
    let keep_both = move |_| {
        let mine = editing.draft.get_untracked().copy_as(&fresh_id(), &now());
        if editing.take_theirs().is_none() {
            return;
        }
        spawn_local(async move {
            if let Ok(copy) = editing.records.save(&mine).await {
                bar.go(&Address::new(Screen::Proposal(copy.id)).embedded(embed()));
            }
        });
    };
    let deleted = move || {
        editing
            .conflict
            .with(|c| matches!(c, Some(Stored::Deleted(_))))
    };
    let theirs = move || {
        editing.conflict.with(|c| match c {
            Some(Stored::Live(p)) => p.title.clone(),
            _ => String::new(),
        })
    };
    view! {
        <Show when=move || editing.conflict.with(Option::is_some)>
            <section class="card conflict user-text" role="alertdialog" aria-labelledby="conflict-title">
                <Show
                    when=deleted
                    fallback=move || view! {
                        <h2 id="conflict-title">{text(move || t_string!(i18n, proposal.conflict_title))}</h2>
                        <p>{text(move || t_string!(i18n, proposal.conflict_lead))}</p>
                        <p class="hint">
                            {text(move || t_string!(i18n, proposal.conflict_theirs_before))}
                            <bdi>{theirs}</bdi>
                            {text(move || t_string!(i18n, proposal.conflict_theirs_after))}
                        </p>
                    }
                >
                    <h2 id="conflict-title">{text(move || t_string!(i18n, proposal.deleted_title))}</h2>
                    <p>{text(move || t_string!(i18n, proposal.deleted_lead))}</p>
                </Show>
                <div class="actions">
                    <button type="button" class="button primary" on:click=move |_| editing.keep_mine()>{text(move || t_string!(i18n, proposal.keep_mine))}</button>
                    <Show
                        when=deleted
                        fallback=move || view! {
                            <button type="button" class="button" on:click=take_theirs>{text(move || t_string!(i18n, proposal.take_theirs))}</button>
                            <button type="button" class="button" on:click=keep_both>{text(move || t_string!(i18n, proposal.keep_both))}</button>
                        }
                    >
                        <button type="button" class="button" on:click=take_theirs>{text(move || t_string!(i18n, proposal.discard_mine))}</button>
                    </Show>
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
        let mut gaps = editing.draft.with(|p| rules::gaps(p, &data.catalog));
        // Without the dataset every reference would look unknown: those are not checked.
        if !data.available {
            gaps.retain(|g| {
                matches!(
                    g,
                    Gap::NoTitle | Gap::FewerThanTwoCities | Gap::BadMilestoneDate(_)
                )
            });
        }
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
                // Isolated, so that a right-to-left title cannot turn the sentence around.
                let title = format!("\u{2068}{title}\u{2069}");
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
