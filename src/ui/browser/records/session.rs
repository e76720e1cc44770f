//! The edit session of one record: the working copy, kept as an unsaved copy at every change
//! and saved shortly after, one save at a time, its state always known. A save refused because
//! the record changed elsewhere (another tab saved, imported or deleted it) opens a choice and
//! keeps the unsaved copy until it is made; leaving the page then asks first.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::state::Records;
use super::store::{StorageError, WriteError};
use crate::records::{same_content, Record, Stored};
use crate::ui::browser::dates::now;

/// How long typing pauses before a save. Measured: a save takes a few milliseconds; the
/// unsaved copy holds the words typed meanwhile.
const SAVE_DELAY: Duration = Duration::from_millis(250);

#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    /// Saved, at the given time (empty when opened).
    Saved(String),
    Pending,
    Saving,
    /// Changed elsewhere: the user chooses (see [`Session::conflict`]).
    Conflict,
    /// Not saved, with why.
    Failed(StorageError),
}

/// The edit session of a record of kind `R`.
pub struct Session<R: 'static> {
    pub draft: RwSignal<R>,
    pub save_state: RwSignal<SaveState>,
    /// What is stored now, when it is not what this copy was made from.
    pub conflict: RwSignal<Option<Stored<R>>>,
    /// Counts edits, so a save knows whether more came in while it ran.
    edits: StoredValue<u64>,
    saving: StoredValue<bool>,
    again: StoredValue<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
    pub records: Records<R>,
}

impl<R> Clone for Session<R> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<R> Copy for Session<R> {}

impl<R: Record + Send + Sync + 'static> Session<R> {
    /// Opens `initial`, or the unsaved copy a closed tab left of it: on the same revision it is
    /// saved; on another, or on a deletion, the user chooses.
    pub fn open(initial: R, records: Records<R>) -> Session<R> {
        let stored = records.stored(initial.id());
        // A copy whose text the closing tab managed to save is nothing to recover.
        let recovered = records.adopt_orphan(initial.id()).filter(
            |copy| !matches!(&stored, Some(Stored::Live(saved)) if same_content(saved, copy)),
        );
        let conflict = recovered
            .as_ref()
            .zip(stored.clone())
            .filter(|(copy, stored)| copy.revision() != stored.revision())
            .map(|(_, stored)| stored);
        let unsaved = recovered
            .as_ref()
            .is_some_and(|copy| super::journal::differs(copy, stored.as_ref()));
        // Opened as stored: say since when, as after a save (a copy whose text the closing
        // tab managed to save reads the same as one saved long ago).
        let saved_at = match &stored {
            Some(Stored::Live(saved)) => saved.updated().to_string(),
            _ => String::new(),
        };
        let session = Session {
            draft: RwSignal::new(recovered.unwrap_or(initial)),
            save_state: RwSignal::new(SaveState::Saved(saved_at)),
            conflict: RwSignal::new(None),
            edits: StoredValue::new(0),
            saving: StoredValue::new(false),
            again: StoredValue::new(false),
            timer: StoredValue::new(None),
            records,
        };
        if conflict.is_some() {
            session.conflict.set(conflict);
            session.save_state.set(SaveState::Conflict);
        } else if unsaved || session.draft.with_untracked(|r| r.revision() == 0) {
            session.schedule();
        }
        session.follow_other_tabs();
        session.guard_page();
        session
    }

    fn journal_write(self) {
        if let Some(journal) = self.records.journal() {
            self.draft.with_untracked(|r| journal.write(r));
        }
    }

    fn journal_clear(self) {
        if let Some(journal) = self.records.journal() {
            self.draft.with_untracked(|r| journal.clear::<R>(r.id()));
        }
    }

    /// Applies a change made by the user; the record is kept within its limits.
    pub fn edit(self, change: impl FnOnce(&mut R)) {
        self.draft.update(|r| {
            change(r);
            r.clamp();
            r.touch(now());
        });
        self.edits.update_value(|n| *n += 1);
        self.journal_write();
        self.schedule();
    }

    fn schedule(self) {
        if self.conflict.with_untracked(Option::is_none) {
            self.save_state.set(SaveState::Pending);
        }
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || self.save_now(), SAVE_DELAY).ok();
        self.timer.set_value(handle);
    }

    /// Saves at once (one save at a time; edits during a save trigger another).
    pub fn save_now(self) {
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
            let result = self.records.save(&snapshot).await;
            // The record is saved; an editor gone meanwhile has nothing left to update.
            if self.gone() {
                return;
            }
            match result {
                Ok(saved) => {
                    self.draft
                        .update_untracked(|r| r.set_revision(saved.revision()));
                    if self.edits.get_value() == edits_at_start {
                        self.journal_clear();
                    } else {
                        self.journal_write();
                    }
                    self.save_state
                        .set(SaveState::Saved(saved.updated().to_string()));
                }
                Err(error) => self.refused(error),
            }
            self.saving.set_value(false);
            if self.again.get_value() {
                self.again.set_value(false);
                self.save_now();
            }
        });
    }

    /// A write refused: changed elsewhere meanwhile (its user sees the other version first), or
    /// storage failed (the text stays here and in the unsaved copy).
    fn refused(self, error: WriteError<R>) {
        match error {
            WriteError::Conflict(stored) => {
                self.conflict.set(Some(stored));
                self.save_state.set(SaveState::Conflict);
            }
            WriteError::Storage(error) => {
                web_sys::console::warn_1(&error.to_string().into());
                self.save_state.set(SaveState::Failed(error));
            }
        }
    }

    /// Deletes the record, made from the revision in hand; `then` runs once it is gone.
    pub fn delete(self, then: impl FnOnce() + 'static) {
        let (id, base) = self
            .draft
            .with_untracked(|r| (r.id().to_string(), r.revision()));
        spawn_local(async move {
            let result = self.records.delete(&id, base, &now()).await;
            if self.gone() {
                return;
            }
            match result {
                Ok(()) => then(),
                Err(error) => self.refused(error),
            }
        });
    }

    /// Whether the editor went (the user left at once) and its signals with it: work that lands
    /// after that must not touch them.
    fn gone(self) -> bool {
        self.saving.try_get_value().is_none()
    }

    /// Whether storage does not hold the working copy yet.
    pub fn unsaved(self) -> bool {
        !matches!(self.save_state.get_untracked(), SaveState::Saved(_))
    }

    /// Keeps this version over the stored one (restores a deleted record).
    pub fn keep_mine(self) {
        let Some(stored) = self.conflict.get_untracked() else {
            return;
        };
        self.draft
            .update_untracked(|r| r.set_revision(stored.revision()));
        self.conflict.set(None);
        self.save_now();
    }

    /// Drops this version for the stored one; `None` when the stored one is a deletion.
    pub fn take_theirs(self) -> Option<R> {
        let stored = self.conflict.get_untracked()?;
        self.journal_clear();
        self.conflict.set(None);
        let theirs = stored.live()?;
        self.draft.set(theirs.clone());
        self.save_state
            .set(SaveState::Saved(theirs.updated().to_string()));
        Some(theirs)
    }

    /// Another tab saved or deleted this record: take its version if nothing here is unsaved,
    /// otherwise save now, which surfaces the conflict at once.
    fn follow_other_tabs(self) {
        let records = self.records;
        Effect::new(move |_| {
            let Some(news) = records.news.get() else {
                return;
            };
            let (id, revision) = self
                .draft
                .with_untracked(|r| (r.id().to_string(), r.revision()));
            if news.id != id
                || news.revision <= revision
                || self.conflict.with_untracked(Option::is_some)
            {
                return;
            }
            if self.unsaved() {
                self.save_now();
            } else if let Some(stored) = records.stored(&id) {
                match stored {
                    Stored::Live(theirs) => self.draft.set(theirs),
                    deleted => {
                        self.conflict.set(Some(deleted));
                        self.save_state.set(SaveState::Conflict);
                    }
                }
            }
        });
    }

    /// The editor goes (the user followed a link right after typing): what waits for the save
    /// timer is saved now, through the page's records, since the session's signals go with the
    /// editor; the unsaved copy is cleared once it is stored.
    fn save_on_leaving(self) {
        if let Some(Some(handle)) = self.timer.try_update_value(Option::take) {
            handle.clear();
        }
        if self.save_state.try_get_untracked() != Some(SaveState::Pending) {
            return;
        }
        let Some(snapshot) = self.draft.try_get_untracked() else {
            return;
        };
        let records = self.records;
        spawn_local(async move {
            if records.save(&snapshot).await.is_ok() {
                if let Some(journal) = records.journal() {
                    journal.clear::<R>(snapshot.id());
                }
            }
        });
    }

    /// Hiding or leaving the page saves what is pending (the unsaved copy already holds it);
    /// leaving while a conflict or a failure keeps something unsaved asks first. The
    /// listeners go with the session: left behind, they would touch its disposed signals.
    fn guard_page(self) {
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| {
            if self.unsaved() {
                self.save_now();
            }
        });
        let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() && self.unsaved() {
                self.save_now();
            }
        });
        let on_leave = window_event_listener(leptos::ev::beforeunload, move |event| {
            if matches!(
                self.save_state.get_untracked(),
                SaveState::Conflict | SaveState::Failed(_)
            ) {
                event.prevent_default();
                if let Some(event) = event.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                    event.set_return_value("unsaved");
                }
            }
        });
        on_cleanup(move || {
            on_hide.remove();
            on_visibility.remove();
            on_leave.remove();
            self.save_on_leaving();
        });
    }
}
