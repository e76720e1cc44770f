//! The edit session of one proposal: the working copy, written to the journal at every change
//! and saved to storage shortly after, one save at a time, with its state always known.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::proposals::Proposal;
use crate::ui::browser::dates::now;
use crate::ui::browser::journal;
use crate::ui::browser::storage::StorageError;
use crate::ui::context::ProposalsState;

/// How long typing pauses before a save.
const SAVE_DELAY: Duration = Duration::from_millis(600);

#[derive(Debug, Clone, PartialEq)]
pub(super) enum SaveState {
    Saved(String),
    Pending,
    Saving,
    /// Not saved, with why.
    Failed(StorageError),
}

/// The edit session: the working copy and its saving machinery, shared by the fields.
#[derive(Clone, Copy)]
pub(super) struct Editing {
    pub(super) draft: RwSignal<Proposal>,
    pub(super) save_state: RwSignal<SaveState>,
    pub(super) conflict: RwSignal<Option<Proposal>>,
    /// Counts edits, so a save knows whether more came in while it ran.
    edits: StoredValue<u64>,
    saving: StoredValue<bool>,
    again: StoredValue<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
    pub(super) state: ProposalsState,
}

impl Editing {
    pub(super) fn new(initial: Proposal, state: ProposalsState) -> Editing {
        // Unsaved edits from a closed or crashed tab come back, on top of the same revision.
        let recovered =
            journal::read(&initial.id).filter(|j| j.revision == initial.revision && *j != initial);
        let editing = Editing {
            draft: RwSignal::new(recovered.clone().unwrap_or(initial)),
            save_state: RwSignal::new(SaveState::Saved(String::new())),
            conflict: RwSignal::new(None),
            edits: StoredValue::new(0),
            saving: StoredValue::new(false),
            again: StoredValue::new(false),
            timer: StoredValue::new(None),
            state,
        };
        // Recovered edits, or a proposal storage refused when it was created, still need saving.
        if recovered.is_some() || editing.draft.with_untracked(|p| p.revision == 0) {
            editing.schedule();
        }
        editing
    }

    /// Applies a change made by the user.
    pub(super) fn edit(self, change: impl FnOnce(&mut Proposal)) {
        self.draft.update(|p| {
            change(p);
            p.updated = now();
        });
        self.edits.update_value(|n| *n += 1);
        self.draft.with_untracked(journal::write);
        self.schedule();
    }

    pub(super) fn schedule(self) {
        self.save_state.set(SaveState::Pending);
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || self.save_now(), SAVE_DELAY).ok();
        self.timer.set_value(handle);
    }

    /// Saves at once (one save at a time; edits during a save trigger another).
    pub(super) fn save_now(self) {
        if self.saving.get_value() {
            self.again.set_value(true);
            return;
        }
        if self.conflict.with_untracked(Option::is_some) {
            return;
        }
        self.saving.set_value(true);
        self.save_state.set(SaveState::Saving);
        let snapshot = self.draft.get_untracked();
        let edits_at_start = self.edits.get_value();
        spawn_local(async move {
            match self.state.save(&snapshot).await {
                Ok(saved) => {
                    self.draft.update_untracked(|p| p.revision = saved.revision);
                    if self.edits.get_value() == edits_at_start {
                        journal::clear(&saved.id);
                    } else {
                        self.draft.with_untracked(journal::write);
                    }
                    self.save_state.set(SaveState::Saved(saved.updated.clone()));
                }
                Err(StorageError::Conflict(current)) => {
                    self.conflict.set(Some((*current).clone()));
                    self.save_state
                        .set(SaveState::Failed(StorageError::Conflict(current)));
                }
                Err(error) => {
                    web_sys::console::warn_1(&error.to_string().into());
                    self.save_state.set(SaveState::Failed(error));
                }
            }
            self.saving.set_value(false);
            if self.again.get_value() {
                self.again.set_value(false);
                self.save_now();
            }
        });
    }

    pub(super) fn has_unsaved_edits(self) -> bool {
        !matches!(self.save_state.get_untracked(), SaveState::Saved(_))
    }
}
