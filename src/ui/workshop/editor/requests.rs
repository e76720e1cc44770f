//! What the facilitator asks of the schedule: pairs that should meet in some round, and cities
//! missing a round. A request the plan cannot keep is listed with the plan, with why.

use leptos::prelude::*;

use crate::planner::Absence;
use crate::ui::context::{use_data, I18n};
use crate::ui::i18n::*;
use crate::ui::widgets::words::{text, text_owned};
use crate::ui::workshop::editor::planning::Planning;
use crate::ui::workshop::wording::city_name;

/// A choice among the attending cities.
#[component]
fn CityChoice(
    planning: Planning,
    label: fn(I18n) -> &'static str,
    chosen: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let draft = planning.editing.draft;
    view! {
        <label class="field">
            <span>{text(move || label(i18n))}</span>
            <select prop:value=move || chosen.get() on:change=move |ev| chosen.set(event_target_value(&ev))>
                <option value="">"—"</option>
                {move || draft.with(|s| s.cities.clone()).into_iter().map(|id| {
                    let name = city_name(&data.catalog, &id);
                    view! { <option value=id.clone() selected=move || chosen.get() == id>{name}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}

/// A line of the list with its remove button, named after the line for screen readers.
fn removable(i18n: I18n, line: String, remove: impl Fn() + 'static) -> impl IntoView {
    let label = t_string!(i18n, workshop.remove_line, what = line.clone()).into_owned();
    view! {
        <li>
            {line}" "
            <button type="button" class="button" aria-label=label on:click=move |_| remove()>
                {text(move || t_string!(i18n, proposal.remove))}
            </button>
        </li>
    }
}

#[component]
pub(super) fn RequestsSection(planning: Planning) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let draft = planning.editing.draft;
    let (first, second, absent) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let round = RwSignal::new(1usize);
    let add_pair = move |_| {
        let pair = [first.get_untracked(), second.get_untracked()];
        planning.change(move |s| s.requested.push(pair));
        first.set(String::new());
        second.set(String::new());
    };
    let add_absence = move |_| {
        let absence = Absence {
            city: absent.get_untracked(),
            round: round.get_untracked().saturating_sub(1),
        };
        planning.change(move |s| s.absences.push(absence));
        absent.set(String::new());
    };
    let pairs = {
        let data = data.clone();
        move || {
            draft
                .with(|s| s.requested.clone())
                .into_iter()
                .enumerate()
                .map(|(i, pair)| {
                    let line = format!(
                        "{} – {}",
                        city_name(&data.catalog, &pair[0]),
                        city_name(&data.catalog, &pair[1])
                    );
                    removable(i18n, line, move || {
                        planning.change(move |s| {
                            if i < s.requested.len() {
                                s.requested.remove(i);
                            }
                        })
                    })
                })
                .collect_view()
        }
    };
    let absences = move || {
        draft
            .with(|s| s.absences.clone())
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                let line = t_string!(
                    i18n,
                    workshop.absence_line,
                    city = city_name(&data.catalog, &a.city),
                    round = a.round + 1
                )
                .into_owned();
                removable(i18n, line, move || {
                    planning.change(move |s| {
                        if i < s.absences.len() {
                            s.absences.remove(i);
                        }
                    })
                })
            })
            .collect_view()
    };
    let pair_ready = move || {
        let (a, b) = (first.get(), second.get());
        !a.is_empty() && !b.is_empty() && a != b
    };
    let absence_ready = move || {
        !absent.get().is_empty() && draft.with(|s| (1..=s.rounds.count).contains(&round.get()))
    };
    view! {
        <section class="profile-section requests">
            <h2>{text(move || t_string!(i18n, workshop.requested))}</h2>
            <p class="hint">{text(move || t_string!(i18n, workshop.requested_hint))}</p>
            <ul class="plain-list" aria-label=move || t_string!(i18n, workshop.requested)>{pairs}</ul>
            <div class="settings-grid">
                <CityChoice planning label=|i18n| t_string!(i18n, workshop.first_city) chosen=first />
                <CityChoice planning label=|i18n| t_string!(i18n, workshop.second_city) chosen=second />
                <button type="button" class="button" disabled=move || !pair_ready() on:click=add_pair>{text(move || t_string!(i18n, workshop.add_pair))}</button>
            </div>
            <h2>{text(move || t_string!(i18n, workshop.absences))}</h2>
            <ul class="plain-list" aria-label=move || t_string!(i18n, workshop.absences)>{absences}</ul>
            <div class="settings-grid">
                <CityChoice planning label=|i18n| t_string!(i18n, workshop.absent_city) chosen=absent />
                <label class="field number-field">
                    <span>{text(move || t_string!(i18n, workshop.absent_round))}</span>
                    <input type="number" inputmode="numeric" min="1" prop:value=move || round.get().to_string()
                        on:input=move |ev| if let Ok(n) = event_target_value(&ev).parse() { round.set(n) } />
                </label>
                <button type="button" class="button" disabled=move || !absence_ready() on:click=add_absence>{text_owned(move || t_string!(i18n, workshop.add_absence).to_string())}</button>
            </div>
        </section>
    }
}
