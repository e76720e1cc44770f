//! What the session gives its participants: a city's agenda printed or as a calendar file
//! (`.ics`), and the overview of the rounds printed. The printed documents are in
//! [`super::print`].

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::planner::{ics, timeline, CalendarWords};
use crate::ui::browser::dates::now;
use crate::ui::browser::files::download;
use crate::ui::context::{use_data, use_terms};
use crate::ui::i18n::*;
use crate::ui::widgets::words::text;
use crate::ui::workshop::editor::planning::Planning;
use crate::ui::workshop::wording::city_name;

use crate::ui::workshop::plan::print::Printed;

/// Prints once the document asked for is on the page (after the next frame).
fn print_next_frame() {
    request_animation_frame(|| {
        let _ = window().print();
    });
}

#[component]
pub fn Outputs(planning: Planning, printed: RwSignal<Printed>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let terms = use_terms();
    let draft = planning.editing.draft;
    let chosen = RwSignal::new(String::new());
    // The chosen city, or the first attending one.
    let city = move || {
        let picked = chosen.get();
        draft.with(|s| {
            if s.cities.contains(&picked) {
                picked
            } else {
                s.cities.first().cloned().unwrap_or_default()
            }
        })
    };
    let ready =
        move || draft.with(|s| s.plan.is_some() && timeline(s).is_some() && !s.cities.is_empty());
    let print_agenda = move |_| {
        printed.set(Printed::Agenda(city()));
        print_next_frame();
    };
    let print_overview = move |_| {
        printed.set(Printed::Overview);
        print_next_frame();
    };
    let calendar = {
        let data = data.clone();
        move |_| {
            let id = city();
            let file = draft.with_untracked(|s| {
                let plan = s.plan.as_ref()?;
                let themes: BTreeMap<String, String> = s
                    .themes
                    .iter()
                    .map(|t| (t.clone(), terms.name_in(&data.catalog, TermKind::Sector, t)))
                    .collect();
                let words = CalendarWords {
                    table: t_string!(i18n, workshop.table_word).to_string(),
                    meeting_with: t_string!(i18n, workshop.meeting_with).to_string(),
                    themes,
                };
                ics(&data.catalog, s, plan, &id, &words, &now())
            });
            if let Some(file) = file {
                let date = draft.with_untracked(|s| s.date.clone());
                let _ = download(&format!("{id}-{date}.ics"), "text/calendar", &file);
            }
        }
    };
    let options = move || {
        draft
            .with(|s| s.cities.clone())
            .into_iter()
            .map(|id| {
                let name = city_name(&data.catalog, &id);
                view! { <option value=id.clone() selected=move || city() == id>{name}</option> }
            })
            .collect_view()
    };
    view! {
        <section class="profile-section outputs">
            <h2>{text(move || t_string!(i18n, workshop.outputs))}</h2>
            <Show when=move || !ready()>
                <p class="hint">{text(move || t_string!(i18n, workshop.outputs_need_plan))}</p>
            </Show>
            <div class="settings-grid">
                <label class="field">
                    <span>{text(move || t_string!(i18n, workshop.agenda_of))}</span>
                    <select on:change=move |ev| chosen.set(event_target_value(&ev))>{options}</select>
                </label>
            </div>
            <div class="actions">
                <button type="button" class="button primary" disabled=move || !ready() on:click=print_agenda>{text(move || t_string!(i18n, workshop.print_agenda))}</button>
                <button type="button" class="button" disabled=move || !ready() on:click=calendar>{text(move || t_string!(i18n, workshop.download_ics))}</button>
                <button type="button" class="button" disabled=move || !ready() on:click=print_overview>{text(move || t_string!(i18n, workshop.print_overview))}</button>
            </div>
        </section>
    }
}
