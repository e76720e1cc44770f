//! One session, edited in place: every change is kept as an unsaved copy at once, saved
//! shortly after and planned again, with the save state always visible. A save from a stale
//! copy (another tab) opens a choice instead of overwriting.

mod cities;
mod header;
pub mod planning;
mod requests;
mod settings;

use leptos::prelude::*;

use crate::address::Screen;
use crate::planner::Session;
use crate::ui::context::{use_data, use_matcher, use_sessions};
use crate::ui::i18n::*;
use crate::ui::widgets::link::{embedded_address, AppLink};
use crate::ui::widgets::once_read::OnceRead;
use crate::ui::widgets::words::text;
use crate::ui::workshop::editor::cities::CitiesSection;
use crate::ui::workshop::editor::header::{Actions, ConflictChoice, EditorHeader};
use crate::ui::workshop::editor::planning::{Editing, Planning};
use crate::ui::workshop::editor::requests::RequestsSection;
use crate::ui::workshop::editor::settings::{SettingsSection, ThemesSection};
use crate::ui::workshop::plan::outputs::Outputs;
use crate::ui::workshop::plan::print::{PrintView, Printed};
use crate::ui::workshop::plan::PlanSection;

#[component]
pub fn SessionEditor(id: String) -> impl IntoView {
    let sessions = use_sessions();
    view! {
        <OnceRead keeping=sessions.keeping waiting=|i18n| t_string!(i18n, workshop.opening)>
            {
                let id = id.clone();
                move || match sessions.find(&id) {
                    Some(initial) => view! { <EditorFor initial /> }.into_any(),
                    None => view! { <MissingSession /> }.into_any(),
                }
            }
        </OnceRead>
    }
}

#[component]
fn MissingSession() -> impl IntoView {
    let i18n = use_i18n();
    let back = embedded_address(Screen::Sessions);
    view! {
        <div class="page status-screen" role="alert">
            <h1>{text(move || t_string!(i18n, workshop.missing_title))}</h1>
            <p>{text(move || t_string!(i18n, workshop.missing_lead))}</p>
            <p><AppLink to=back class="button primary">{text(move || t_string!(i18n, workshop.back))}</AppLink></p>
        </div>
    }
}

#[component]
fn EditorFor(initial: Session) -> impl IntoView {
    let editing = Editing::open(initial, use_sessions());
    let planning = Planning::new(editing, use_data(), use_matcher());
    // What the print button asked for: an agenda (a city) or the overview of the rounds.
    let printed = RwSignal::new(Printed::Nothing);
    view! {
        <article class="page workshop-editor user-text">
            <div class="screen-only">
                <EditorHeader editing />
                <ConflictChoice editing />
                <SettingsSection planning />
                <CitiesSection planning />
                <ThemesSection planning />
                <RequestsSection planning />
                <PlanSection planning />
                <Outputs planning printed />
                <Actions editing />
            </div>
            <PrintView draft=editing.draft printed />
        </article>
    }
}
