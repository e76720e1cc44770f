//! The session's settings: title, day and start, tables and rounds with their sizes and
//! lengths, breaks, and the themes. Each change plans again at once.

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::planner::{Break, Session};
use crate::ui::context::{use_data, I18n};
use crate::ui::i18n::*;
use crate::ui::widgets::terms::TermName;
use crate::ui::widgets::words::{text, text_owned};
use crate::ui::workshop::editor::planning::Planning;

/// A whole number the facilitator sets; a value out of `min..=max` is not taken.
#[component]
fn NumberField(
    planning: Planning,
    label: fn(I18n) -> &'static str,
    get: fn(&Session) -> usize,
    set: fn(&mut Session, usize),
    min: usize,
    max: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    let draft = planning.editing.draft;
    view! {
        <label class="field number-field">
            <span>{text(move || label(i18n))}</span>
            <input
                type="number"
                inputmode="numeric"
                min=min
                max=max
                prop:value=move || draft.with(get).to_string()
                on:input=move |ev| {
                    if let Some(n) = event_target_value(&ev).trim().parse::<usize>().ok().filter(|n| (min..=max).contains(n)) {
                        planning.change(move |s| set(s, n));
                    }
                }
            />
        </label>
    }
}

#[component]
pub(super) fn SettingsSection(planning: Planning) -> impl IntoView {
    let i18n = use_i18n();
    let draft = planning.editing.draft;
    view! {
        <section class="profile-section settings">
            <h2>{text(move || t_string!(i18n, workshop.settings))}</h2>
            <div class="settings-grid">
                <label class="field wide">
                    <span>{text(move || t_string!(i18n, workshop.title))}</span>
                    <input type="text" dir="auto" maxlength="300" prop:value=move || draft.with(|s| s.title.clone())
                        on:input=move |ev| { let value = event_target_value(&ev); planning.rename(move |s| s.title = value); } />
                </label>
                <label class="field">
                    <span>{text(move || t_string!(i18n, workshop.date))}</span>
                    <input type="date" prop:value=move || draft.with(|s| s.date.clone())
                        on:input=move |ev| { let value = event_target_value(&ev); if !value.is_empty() { planning.rename(move |s| s.date = value); } } />
                </label>
                <label class="field">
                    <span>{text(move || t_string!(i18n, workshop.start))}</span>
                    <input type="time" prop:value=move || draft.with(|s| s.start.clone())
                        on:input=move |ev| { let value = event_target_value(&ev); if !value.is_empty() { planning.rename(move |s| s.start = value); } } />
                </label>
            </div>
            <h3>{text(move || t_string!(i18n, workshop.tables))}</h3>
            <div class="settings-grid">
                <NumberField planning label=|i18n| t_string!(i18n, workshop.table_count) get=|s| s.tables.count set=|s, n| s.tables.count = n min=1 max=100 />
                <NumberField planning label=|i18n| t_string!(i18n, workshop.min_size) get=|s| s.tables.min_size set=|s, n| s.tables.min_size = n min=1 max=500 />
                <NumberField planning label=|i18n| t_string!(i18n, workshop.max_size) get=|s| s.tables.max_size set=|s, n| s.tables.max_size = n min=1 max=500 />
                <NumberField planning label=|i18n| t_string!(i18n, workshop.slots) get=|s| s.tables.slots set=|s, n| s.tables.slots = n min=1 max=10 />
                <NumberField planning label=|i18n| t_string!(i18n, workshop.table_minutes) get=|s| s.tables.minutes as usize set=|s, n| s.tables.minutes = n as u32 min=1 max=600 />
            </div>
            <h3>{text(move || t_string!(i18n, workshop.rounds))}</h3>
            <div class="settings-grid">
                <NumberField planning label=|i18n| t_string!(i18n, workshop.round_count) get=|s| s.rounds.count set=|s, n| s.rounds.count = n min=0 max=50 />
                <NumberField planning label=|i18n| t_string!(i18n, workshop.round_minutes) get=|s| s.rounds.minutes as usize set=|s, n| s.rounds.minutes = n as u32 min=1 max=600 />
            </div>
            <Breaks planning />
        </section>
    }
}

/// Pauses before rounds: listed with a way to remove each, and one to add.
#[component]
fn Breaks(planning: Planning) -> impl IntoView {
    let i18n = use_i18n();
    let draft = planning.editing.draft;
    let round = RwSignal::new(1usize);
    let minutes = RwSignal::new(15u32);
    let add = move |_| {
        let before_round = round.get_untracked().saturating_sub(1);
        let minutes = minutes.get_untracked();
        planning.change(move |s| {
            s.breaks.push(Break {
                before_round,
                minutes,
            })
        });
    };
    view! {
        <h3>{text(move || t_string!(i18n, workshop.breaks))}</h3>
        <ul class="plain-list">
            {move || draft.with(|s| s.breaks.clone()).into_iter().enumerate().map(|(i, b)| {
                let line = move || t_string!(i18n, workshop.break_line, round = b.before_round + 1, minutes = b.minutes).into_owned();
                view! {
                    <li>
                        {text_owned(line)}" "
                        <button type="button" class="button" aria-label=move || t_string!(i18n, workshop.remove_line, what = line()).into_owned()
                            on:click=move |_| planning.change(move |s| { if i < s.breaks.len() { s.breaks.remove(i); } })>
                            {text(move || t_string!(i18n, proposal.remove))}
                        </button>
                    </li>
                }
            }).collect_view()}
        </ul>
        <div class="settings-grid">
            <label class="field number-field">
                <span>{text(move || t_string!(i18n, workshop.break_before))}</span>
                <input type="number" inputmode="numeric" min="1" prop:value=move || round.get().to_string()
                    on:input=move |ev| if let Ok(n) = event_target_value(&ev).parse() { round.set(n) } />
            </label>
            <label class="field number-field">
                <span>{text(move || t_string!(i18n, workshop.break_minutes))}</span>
                <input type="number" inputmode="numeric" min="1" max="600" prop:value=move || minutes.get().to_string()
                    on:input=move |ev| if let Ok(n) = event_target_value(&ev).parse() { minutes.set(n) } />
            </label>
            <button type="button" class="button" disabled=move || draft.with(|s| round.get() == 0 || round.get() > s.rounds.count) on:click=add>
                {text(move || t_string!(i18n, workshop.add_break))}
            </button>
        </div>
    }
}

/// The themes: the dataset's sectors, each a toggle; table `t` takes the `t`-th theme chosen.
#[component]
pub(super) fn ThemesSection(planning: Planning) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let draft = planning.editing.draft;
    let sectors: Vec<String> = data
        .catalog
        .sectors()
        .iter()
        .map(|s| s.id.clone())
        .collect();
    view! {
        <section class="profile-section">
            <h2 id="themes-title">{text(move || t_string!(i18n, workshop.themes))}</h2>
            <p class="hint">{text(move || t_string!(i18n, workshop.themes_hint))}</p>
            <div class="chips" role="group" aria-labelledby="themes-title">
                {sectors.into_iter().map(|id| {
                    let chosen = {
                        let id = id.clone();
                        move || draft.with(|s| s.themes.contains(&id))
                    };
                    let toggle = {
                        let id = id.clone();
                        move |_| {
                            let id = id.clone();
                            planning.change(move |s| match s.themes.iter().position(|t| *t == id) {
                                Some(i) => { s.themes.remove(i); }
                                None => s.themes.push(id),
                            });
                        }
                    };
                    view! {
                        <button type="button" class="chip" aria-pressed=move || chosen().to_string() on:click=toggle>
                            <TermName kind=TermKind::Sector id=id.clone() />
                        </button>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}
