//! A session being edited: the generic edit session of `browser::records` (autosave, unsaved
//! copies, conflicts between tabs), with what planning needs.

use std::sync::Arc;

use leptos::prelude::*;

use crate::matching::MatchIndex;
use crate::planner::{replan, Edit, Session};
use crate::ui::browser::records::session::Session as EditSession;
use crate::ui::context::AppData;

/// The edit session of one workshop session.
pub type Editing = EditSession<Session>;

/// A session being edited, with what planning needs: every change to what the plan depends on
/// plans again at once, so the stored plan always matches the settings.
#[derive(Clone, Copy)]
pub struct Planning {
    pub editing: Editing,
    catalog: StoredValue<Arc<AppData>>,
    index: StoredValue<Arc<MatchIndex>>,
}

impl Planning {
    pub fn new(editing: Editing, data: Arc<AppData>, index: Arc<MatchIndex>) -> Planning {
        Planning {
            editing,
            catalog: StoredValue::new(data),
            index: StoredValue::new(index),
        }
    }

    /// Changes the session and plans it again.
    pub fn change(self, change: impl FnOnce(&mut Session)) {
        let (data, index) = (self.catalog.get_value(), self.index.get_value());
        self.editing.edit(move |session| {
            change(session);
            // Settings no plan can meet leave it without one; the editor says why.
            let _ = replan(&data.catalog, &index, session);
        });
    }

    /// A facilitator's edit of the plan (move, lock, swap), then the rest planned around it.
    pub fn apply(self, edit: Edit) {
        self.change(move |session| {
            session.apply(edit);
        });
    }

    /// Changes that do not touch the plan (the title).
    pub fn rename(self, change: impl FnOnce(&mut Session)) {
        self.editing.edit(change);
    }
}
