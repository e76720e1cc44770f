//! One proposal, edited in place in a [`session::Editing`]: every change is kept as an unsaved
//! copy at once and saved to storage shortly after, with the save state always visible. A save
//! from a stale copy (another tab saved, imported or deleted it) opens a choice instead of
//! overwriting.

mod actions;
mod fields;
mod funding;
mod print;
mod sections;
mod session;
mod status;

use leptos::prelude::*;

use crate::address::Screen;
use crate::contributions::share::encode_proposal;
use crate::proposals::limits::Text;
use crate::proposals::Proposal;
use crate::ui::chrome::embed::EmbedStorageNote;
use crate::ui::context::use_proposals;
use crate::ui::i18n::*;
use crate::ui::widgets::link::{embedded_address, AppLink};
use crate::ui::widgets::once_read::OnceRead;
use crate::ui::widgets::share::ShareSection;
use crate::ui::widgets::words::text;
use crate::ui::workspace::proposals::editor::actions::{Actions, OriginSection};
use crate::ui::workspace::proposals::editor::fields::{Tags, TagsSection, TextField};
use crate::ui::workspace::proposals::editor::funding::FundingSection;
use crate::ui::workspace::proposals::editor::print::PrintView;
use crate::ui::workspace::proposals::editor::sections::{
    CitiesSection, MilestonesSection, SectorsSection,
};
use crate::ui::workspace::proposals::editor::session::Editing;
use crate::ui::workspace::proposals::editor::status::{
    ConflictChoice, EditorHeader, StatusSection, Warnings,
};

#[component]
pub fn ProposalEditor(id: String) -> impl IntoView {
    let state = use_proposals();
    view! {
        <OnceRead keeping=state.keeping waiting=|i18n| t_string!(i18n, proposal.opening)>
            {
                let id = id.clone();
                move || match state.find(&id) {
                    Some(initial) => view! { <EditorFor initial /> }.into_any(),
                    None => view! { <MissingProposal /> }.into_any(),
                }
            }
        </OnceRead>
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
    let editing = Editing::open(initial, use_proposals());
    let draft = editing.draft;
    view! {
        <article class="page proposal-editor user-text">
            <div class="screen-only">
                <EditorHeader editing />
                <EmbedStorageNote />
                <ConflictChoice editing />
                <Warnings editing />
                <StatusSection editing />
                <TextField editing label=|i18n| t_string!(i18n, proposal.title) field=Text::Title />
                <CitiesSection editing />
                <SectorsSection editing />
                <TextField multiline=true editing label=|i18n| t_string!(i18n, proposal.goals) field=Text::Goals />
                <TextField multiline=true editing label=|i18n| t_string!(i18n, proposal.opportunities) field=Text::Opportunities />
                <TextField multiline=true editing label=|i18n| t_string!(i18n, proposal.challenges) field=Text::Challenges />
                <TagsSection editing tags=Tags::EntryPoints />
                <TagsSection editing tags=Tags::Stakeholders />
                <FundingSection editing />
                <TextField editing label=|i18n| t_string!(i18n, proposal.other_funding) field=Text::OtherFunding />
                <MilestonesSection editing />
                <TextField multiline=true editing label=|i18n| t_string!(i18n, proposal.notes) field=Text::Notes />
                <OriginSection editing />
                <ShareSection
                    hint=|i18n| t_string!(i18n, share.hint_proposal)
                    screen=Screen::Proposals
                    encode=Callback::new(move |()| editing.draft.with(encode_proposal))
                />
                <Actions editing />
            </div>
            <PrintView draft />
        </article>
    }
}
