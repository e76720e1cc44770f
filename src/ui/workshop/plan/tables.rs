//! The thematic tables of each slot: every city with the statement it was seated for (like a
//! match's evidence), and the facilitator's move of a city to another table, which locks it
//! there.

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::planner::{clock, Edit, Plan, Seat, SeatReason, Timeline};
use crate::ui::context::{use_data, use_terms};
use crate::ui::i18n::*;
use crate::ui::widgets::quote::SourceNote;
use crate::ui::widgets::words::{self, text, text_owned};
use crate::ui::workshop::editor::planning::Planning;
use crate::ui::workshop::wording::{city_name, gap};

#[component]
pub(super) fn Tables(
    planning: Planning,
    plan: Plan,
    times: Memo<Option<Timeline>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let terms = use_terms();
    let count = plan.slots.first().map_or(0, Vec::len);
    plan.slots.into_iter().enumerate().map(|(slot, tables)| {
        let when = move || times.with(|t| t.as_ref().and_then(|t| t.slots.get(slot)).map(|s| format!(" · {}–{}", clock(s.start), clock(s.end))).unwrap_or_default());
        view! {
            <h3>{text_owned(move || t_string!(i18n, workshop.tables_slot, slot = slot + 1).into_owned())}{when}</h3>
            <div class="table-grid">
                {tables.into_iter().enumerate().map(|(t, table)| {
                    let theme = table.theme.clone();
                    let heading = move || t_string!(i18n, workshop.table_theme, table = t + 1, theme = terms.name(TermKind::Sector, &theme)).into_owned();
                    let label = heading.clone();
                    view! {
                        <section class="card workshop-table" aria-label=label>
                            <h4>{text_owned(heading)}</h4>
                            {table.gaps.iter().map(|&g| view! { <p class="hint">{text(move || gap(i18n, g))}</p> }).collect_view()}
                            <ul class="plain-list seats">
                                {table.seats.into_iter().map(|seat| view! { <SeatLine planning seat in_slot=slot table=t tables=count /> }).collect_view()}
                            </ul>
                        </section>
                    }
                }).collect_view()}
            </div>
        }
    }).collect_view()
}

/// One city at its table: why it sits there, and where the facilitator may move it.
#[component]
fn SeatLine(
    planning: Planning,
    seat: Seat,
    in_slot: usize,
    table: usize,
    tables: usize,
) -> impl IntoView {
    let slot = in_slot;
    let i18n = use_i18n();
    let data = use_data();
    let terms = use_terms();
    let name = city_name(&data.catalog, &seat.city);
    let evidence = match &seat.reason {
        SeatReason::Stance { sector, stance, priority, source } => {
            let quote = data.catalog.city(&seat.city).and_then(|c| c.priorities.get(*priority)).map(|p| p.text.clone()).unwrap_or_default();
            let (sector, stance) = (sector.clone(), *stance);
            let line = move || t_string!(i18n, workshop.seat_stance, stance = words::stance(i18n, stance), theme = terms.name(TermKind::Sector, &sector)).into_owned();
            view! {
                <p class="evidence">{text_owned(line)}" — "<q lang="en">{quote}</q></p>
                <SourceNote source=source.clone() />
            }.into_any()
        }
        SeatReason::NoStance => view! { <p class="evidence">{text(move || t_string!(i18n, workshop.seat_no_stance))}</p> }.into_any(),
    };
    let city = seat.city.clone();
    let move_to = move |ev| {
        if let Ok(to) = event_target_value(&ev).parse::<usize>() {
            planning.apply(Edit::MoveCity {
                city: city.clone(),
                slot,
                table: to.saturating_sub(1),
            });
        }
    };
    let city = seat.city.clone();
    let unlock = move |_| {
        planning.apply(Edit::UnlockCity {
            city: city.clone(),
            slot,
        })
    };
    let label = {
        let name = name.clone();
        move || t_string!(i18n, workshop.move_city, city = name.clone()).into_owned()
    };
    let unlock_label = {
        let name = name.clone();
        move || t_string!(i18n, workshop.unlock_city, city = name.clone()).into_owned()
    };
    view! {
        <li class="seat">
            <strong>{name}</strong>
            {seat.locked.then(|| view! { " "<span class="badge">{text(move || t_string!(i18n, workshop.locked))}</span> })}
            {evidence}
            <div class="seat-actions">
                <label class="field inline">
                    <span>{text_owned(label)}</span>
                    <select on:change=move_to>
                        {(1..=tables).map(|n| view! { <option value=n selected=n == table + 1>{text_owned(move || t_string!(i18n, workshop.table_number, table = n).into_owned())}</option> }).collect_view()}
                    </select>
                </label>
                {seat.locked.then(|| view! { <button type="button" class="button" aria-label=unlock_label on:click=unlock>{text(move || t_string!(i18n, workshop.unlock))}</button> })}
            </div>
        </li>
    }
}
