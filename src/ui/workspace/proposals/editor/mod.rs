//! One proposal, edited in place: every change is written to the journal at once and saved to
//! storage shortly after, with the save state always visible. A save from a stale copy (another
//! tab saved first) opens a choice instead of overwriting.

mod actions;
mod fields;
mod funding;
mod print;
mod sections;
mod session;
mod status;

use leptos::prelude::*;

use crate::address::Screen;
use crate::proposals::Proposal;
use crate::proposals::ENTRY_POINTS;
use crate::proposals::STAKEHOLDERS;
use crate::ui::chrome::embed::EmbedStorageNote;
use crate::ui::context::use_proposals;
use crate::ui::i18n::*;
use crate::ui::widgets::link::{embedded_address, AppLink};
use crate::ui::widgets::words::text;
use crate::ui::workspace::proposals::editor::actions::{Actions, OriginSection};
use crate::ui::workspace::proposals::editor::fields::{TagsSection, TextField};
use crate::ui::workspace::proposals::editor::funding::FundingSection;
use crate::ui::workspace::proposals::editor::print::PrintView;
use crate::ui::workspace::proposals::editor::sections::{
    CitiesSection, MilestonesSection, SectorsSection,
};
use crate::ui::workspace::proposals::editor::session::Editing;
use crate::ui::workspace::proposals::editor::status::{
    ConflictChoice, EditorHeader, StatusSection, Warnings,
};
use crate::ui::workspace::proposals::state::Keeping;
use crate::ui::workspace::proposals::wording;

#[component]
pub fn ProposalEditor(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_proposals();
    let opened = move || state.keeping.with(|k| *k != Keeping::Opening);
    view! {
        <Show when=opened fallback=move || view! { <p class="loading">{text(move || t_string!(i18n, proposal.opening))}</p> }>
            {
                let id = id.clone();
                move || match state.find(&id) {
                    Some(initial) => view! { <EditorFor initial /> }.into_any(),
                    None => view! { <MissingProposal /> }.into_any(),
                }
            }
        </Show>
    }
}

#[component]
fn MissingProposal() -> impl IntoView {
    let i18n = use_i18n();
    let back = embedded_address(Screen::Proposals);
    view! {
        <div class="page status-screen" role="alert">
            <h1>{text(move || t_string!(i18n, proposal.missing_title))}</h1>
            <p>{text(move || t_string!(i18n, proposal.missing_lead))}</p>
            <p><AppLink to=back class="button primary">{text(move || t_string!(i18n, proposal.back))}</AppLink></p>
        </div>
    }
}

#[component]
fn EditorFor(initial: Proposal) -> impl IntoView {
    let state = use_proposals();
    let editing = Editing::new(initial, state);
    let draft = editing.draft;

    // Leaving or hiding the page saves what is pending; the journal already holds it. The
    // listeners go with the editor: left behind, they would touch its disposed signals.
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| {
        if editing.has_unsaved_edits() {
            editing.save_now();
        }
    });
    let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().hidden() && editing.has_unsaved_edits() {
            editing.save_now();
        }
    });
    on_cleanup(move || {
        on_hide.remove();
        on_visibility.remove();
    });
    // Another tab saved this proposal: take its version if nothing here is unsaved, otherwise
    // try to save now, which surfaces the conflict at once.
    Effect::new(move |_| {
        let Some((id, revision)) = state.changed_elsewhere.get() else {
            return;
        };
        if id != draft.with_untracked(|p| p.id.clone())
            || revision <= draft.with_untracked(|p| p.revision)
        {
            return;
        }
        if editing.has_unsaved_edits() {
            editing.save_now();
        } else if let Some(theirs) = state.find(&id) {
            draft.set(theirs);
        }
    });

    view! {
        <article class="page proposal-editor">
            <div class="screen-only">
                <EditorHeader editing />
                <EmbedStorageNote />
                <ConflictChoice editing />
                <Warnings editing />
                <StatusSection editing />
                <TextField editing label=|i18n| t_string!(i18n, proposal.title) get=|p| p.title.clone() set=|p, v| p.title = v />
                <CitiesSection editing />
                <SectorsSection editing />
                <TextField multiline=true editing label=|i18n| t_string!(i18n, proposal.goals) get=|p| p.goals.clone() set=|p, v| p.goals = v />
                <TextField multiline=true editing label=|i18n| t_string!(i18n, proposal.opportunities) get=|p| p.opportunities.clone() set=|p, v| p.opportunities = v />
                <TextField multiline=true editing label=|i18n| t_string!(i18n, proposal.challenges) get=|p| p.challenges.clone() set=|p, v| p.challenges = v />
                <TagsSection
                    editing
                    title=|i18n| t_string!(i18n, proposal.entry_points)
                    ids=&ENTRY_POINTS
                    name=wording::entry_point
                    get=|p| &p.entry_points
                    set=|p| &mut p.entry_points
                />
                <TextField editing label=|i18n| t_string!(i18n, proposal.other_entry_points) get=|p| p.other_entry_points.clone() set=|p, v| p.other_entry_points = v />
                <TagsSection
                    editing
                    title=|i18n| t_string!(i18n, proposal.stakeholders)
                    ids=&STAKEHOLDERS
                    name=wording::stakeholder
                    get=|p| &p.stakeholders
                    set=|p| &mut p.stakeholders
                />
                <TextField editing label=|i18n| t_string!(i18n, proposal.other_stakeholders) get=|p| p.other_stakeholders.clone() set=|p, v| p.other_stakeholders = v />
                <FundingSection editing />
                <TextField editing label=|i18n| t_string!(i18n, proposal.other_funding) get=|p| p.other_funding.clone() set=|p, v| p.other_funding = v />
                <MilestonesSection editing />
                <TextField multiline=true editing label=|i18n| t_string!(i18n, proposal.notes) get=|p| p.notes.clone() set=|p, v| p.notes = v />
                <OriginSection editing />
                <Actions editing />
            </div>
            <PrintView draft />
        </article>
    }
}
