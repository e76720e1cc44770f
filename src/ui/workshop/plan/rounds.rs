//! The bilateral rounds: each meeting at its table with why, the cities free or absent in the
//! round shown as such, and the facilitator's edits: lock a meeting in its round, unlock it,
//! swap two meetings of different rounds (each then locked in the other's round).

use leptos::prelude::*;

use crate::planner::{clock, same_pair, Edit, Meeting, MeetingReason, Plan, Timeline};
use crate::ui::context::use_data;
use crate::ui::i18n::*;
use crate::ui::widgets::words::{text, text_owned};
use crate::ui::workshop::editor::planning::Planning;
use crate::ui::workshop::wording::{self, city_name};

#[component]
pub(super) fn Rounds(
    planning: Planning,
    plan: Plan,
    times: Memo<Option<Timeline>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    // The meeting picked for a swap, and its round.
    let swapping = RwSignal::new(None::<([String; 2], usize)>);
    let names = move |ids: &[String]| {
        ids.iter()
            .map(|id| city_name(&data.catalog, id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! {
        <h3>{text(move || t_string!(i18n, workshop.schedule))}</h3>
        {plan.rounds.into_iter().enumerate().map(|(r, round)| {
            let span = move || times.with(|t| t.as_ref().and_then(|t| t.rounds.get(r)).map(|s| format!(" · {}–{}", clock(s.start), clock(s.end))).unwrap_or_default());
            let pause = move || times.with(|t| t.as_ref().and_then(|t| t.breaks.get(r).copied().flatten()));
            let title = move || format!("{}{}", t_string!(i18n, workshop.round_number, round = r + 1), span());
            let label = title;
            let (free, absent) = (names(&round.free), names(&round.absent));
            view! {
                {move || pause().map(|p| view! { <p class="break-line">{text_owned(move || t_string!(i18n, workshop.break_at, start = clock(p.start), end = clock(p.end)).into_owned())}</p> })}
                <section class="card workshop-round" aria-label=label>
                    <h4>{title}</h4>
                    <ul class="plain-list meetings">
                        {round.meetings.into_iter().map(|meeting| view! { <MeetingLine planning meeting round=r swapping /> }).collect_view()}
                    </ul>
                    {(!free.is_empty()).then(|| view! { <p class="free">{text_owned(move || t_string!(i18n, workshop.free, cities = free.clone()).into_owned())}</p> })}
                    {(!absent.is_empty()).then(|| view! { <p class="free">{text_owned(move || t_string!(i18n, workshop.absent, cities = absent.clone()).into_owned())}</p> })}
                </section>
            }
        }).collect_view()}
    }
}

/// One meeting: where, who, why, and the edits it offers.
#[component]
fn MeetingLine(
    planning: Planning,
    meeting: Meeting,
    round: usize,
    swapping: RwSignal<Option<([String; 2], usize)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let pair = format!(
        "{} – {}",
        city_name(&data.catalog, &meeting.cities[0]),
        city_name(&data.catalog, &meeting.cities[1])
    );
    let why = {
        let (cities, reason) = (meeting.cities.clone(), meeting.reason.clone());
        move || wording::meeting(i18n, &data.catalog, &cities, &reason)
    };
    let locked = meeting.reason == MeetingReason::Locked;
    let cities = StoredValue::new(meeting.cities.clone());
    let lock = move |_| {
        let cities = cities.get_value();
        planning.apply(if locked {
            Edit::UnlockMeeting { cities }
        } else {
            Edit::LockMeeting { cities, round }
        });
    };
    let picked = move || {
        swapping.with(|s| {
            s.as_ref()
                .is_some_and(|(p, _)| cities.with_value(|c| same_pair(p, c)))
        })
    };
    // Another meeting is picked in another round: this one can take its place.
    let can_swap_here = move || swapping.with(|s| s.as_ref().is_some_and(|(_, r)| *r != round));
    let swap = move |_| match swapping.get_untracked() {
        Some((first, r)) if r != round => {
            swapping.set(None);
            planning.apply(Edit::SwapMeetings {
                first,
                second: cities.get_value(),
            });
        }
        Some(_) => swapping.set(None),
        None => swapping.set(Some((cities.get_value(), round))),
    };
    let lock_word = move || {
        if locked {
            t_string!(i18n, workshop.unlock)
        } else {
            t_string!(i18n, workshop.lock)
        }
    };
    let lock_label = {
        let pair = pair.clone();
        move || format!("{} {pair}", lock_word())
    };
    let swap_word = move || {
        if picked() {
            t_string!(i18n, workshop.swap_cancel)
        } else if can_swap_here() {
            t_string!(i18n, workshop.swap_with)
        } else {
            t_string!(i18n, workshop.swap)
        }
    };
    let swap_label = {
        let pair = pair.clone();
        move || format!("{} {pair}", swap_word())
    };
    view! {
        <li class="meeting" class:picked=picked>
            <span class="meeting-table">{text_owned(move || t_string!(i18n, workshop.table_number, table = meeting.table + 1).into_owned())}": "</span>
            <strong class="meeting-pair">{pair}</strong>
            {locked.then(|| view! { " "<span class="badge">{text(move || t_string!(i18n, workshop.locked))}</span> })}
            <p class="evidence">{why}</p>
            <div class="seat-actions">
                <button type="button" class="button" aria-label=lock_label on:click=lock>
                    {text(lock_word)}
                </button>
                <button type="button" class="button" aria-pressed=move || picked().to_string() aria-label=swap_label on:click=swap>
                    {text(swap_word)}
                </button>
            </div>
        </li>
    }
}
