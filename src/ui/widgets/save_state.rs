//! The line that says whether an editor's work is saved, shared by every editor that keeps a
//! record (proposals, workshop sessions, profiles) so they say it the same way.

use leptos::prelude::*;

use crate::ui::browser::dates::local_date;
use crate::ui::browser::records::session::SaveState;
use crate::ui::browser::records::state::Keeping;
use crate::ui::context::I18n;
use crate::ui::i18n::*;
use crate::ui::widgets::words::{storage_problem, text_owned};

/// `not_saved` words a refused save with its reason, in the record's own terms ("export the
/// proposal", "export the session"). `keeping` is the records': where the browser refuses
/// storage, a save only keeps the record in the tab, and the line must not say "on this device".
#[component]
pub fn SaveStatus(
    state: RwSignal<SaveState>,
    keeping: RwSignal<Keeping>,
    not_saved: fn(I18n, &str) -> String,
) -> impl IntoView {
    let i18n = use_i18n();
    let words = move || match state.get() {
        SaveState::Saved(at) => {
            let time = (!at.is_empty()).then(|| local_date(&at, i18n.get_locale().as_str()));
            let in_tab = keeping.with(|k| *k == Keeping::MemoryOnly);
            match (time, in_tab) {
                (None, false) => t_string!(i18n, proposal.saved).to_string(),
                (Some(time), false) => t_string!(i18n, proposal.saved_at, time).into_owned(),
                (None, true) => t_string!(i18n, proposal.kept_in_tab).to_string(),
                (Some(time), true) => t_string!(i18n, proposal.kept_in_tab_at, time).into_owned(),
            }
        }
        SaveState::Pending | SaveState::Saving => t_string!(i18n, proposal.saving).to_string(),
        SaveState::Conflict => t_string!(i18n, proposal.not_saved_conflict).to_string(),
        SaveState::Failed(why) => not_saved(i18n, storage_problem(i18n, &why)),
    };
    let warning = move || matches!(state.get(), SaveState::Failed(_) | SaveState::Conflict);
    view! {
        <p class="save-state" class:warning=warning role="status" aria-live="polite">{text_owned(words)}</p>
    }
}
