//! The printed documents, shown only when printing: a city's agenda (its tables, its meetings
//! with table, time and why, its free rounds and breaks) or the overview of every round. All
//! text is set as text.

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::planner::{agenda, clock, overview, Activity, Session, Span};
use crate::ui::context::{use_data, use_terms};
use crate::ui::i18n::*;
use crate::ui::widgets::words;
use crate::ui::workshop::list::title_of;
use crate::ui::workshop::wording::{self, city_name};

/// Which document printing shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Printed {
    Nothing,
    /// The agenda of a city, by id.
    Agenda(String),
    /// Every round with its meetings.
    Overview,
}

fn span(s: Span) -> String {
    format!("{}–{}", clock(s.start), clock(s.end))
}

#[component]
pub fn PrintView(draft: RwSignal<Session>, printed: RwSignal<Printed>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let terms = use_terms();
    let document = move || {
        let session = draft.get();
        let plan = session.plan.clone()?;
        let catalog = &data.catalog;
        let heading = format!("{} · {}", title_of(i18n, &session), session.date);
        Some(match printed.get() {
            Printed::Nothing => return None,
            Printed::Agenda(city) => {
                let agenda = agenda(&session, &plan, &city)?;
                let rows = agenda.items.into_iter().map(|item| {
                    let (what, why) = match item.activity {
                        Activity::Table { table, theme, reason, .. } => {
                            let what = t_string!(i18n, workshop.table_theme, table = table + 1, theme = terms.name(TermKind::Sector, &theme)).into_owned();
                            let why = match reason {
                                crate::planner::SeatReason::Stance { stance, sector, .. } => t_string!(i18n, workshop.seat_stance, stance = words::stance(i18n, stance), theme = terms.name(TermKind::Sector, &sector)).into_owned(),
                                crate::planner::SeatReason::NoStance => t_string!(i18n, workshop.seat_no_stance).to_string(),
                            };
                            (what, why)
                        }
                        Activity::Meeting { round, partner, table, reason } => {
                            let cities = plan.rounds.get(round).and_then(|r| r.meetings.iter().find(|m| m.has(&city))).map_or_else(|| [city.clone(), partner.clone()], |m| m.cities.clone());
                            let what = t_string!(i18n, workshop.agenda_meeting, round = round + 1, city = city_name(catalog, &partner), table = table + 1).into_owned();
                            (what, wording::meeting(i18n, catalog, &cities, &reason))
                        }
                        Activity::Free { round } => (t_string!(i18n, workshop.agenda_free, round = round + 1).into_owned(), String::new()),
                        Activity::Absent { round } => (t_string!(i18n, workshop.agenda_absent, round = round + 1).into_owned(), String::new()),
                        Activity::Break => (t_string!(i18n, workshop.agenda_break).to_string(), String::new()),
                    };
                    view! { <tr><td>{span(item.span)}</td><td>{what}<br /><small>{why}</small></td></tr> }
                }).collect_view();
                view! {
                    <h1 dir="auto">{t_string!(i18n, workshop.agenda_title, city = city_name(catalog, &city)).into_owned()}</h1>
                    <p dir="auto">{heading}</p>
                    <table class="print-table"><tbody>{rows}</tbody></table>
                }.into_any()
            }
            Printed::Overview => {
                let rounds = overview(&session, &plan).into_iter().map(|r| {
                    let title = format!("{} · {}", t_string!(i18n, workshop.round_number, round = r.round + 1), span(r.span));
                    let names = |ids: &[String]| ids.iter().map(|id| city_name(catalog, id)).collect::<Vec<_>>().join(", ");
                    let meetings = r.meetings.iter().map(|m| {
                        let line = format!("{}: {} – {}", t_string!(i18n, workshop.table_number, table = m.table + 1), city_name(catalog, &m.cities[0]), city_name(catalog, &m.cities[1]));
                        view! { <li>{line}</li> }
                    }).collect_view();
                    let free = (!r.free.is_empty()).then(|| view! { <p>{t_string!(i18n, workshop.free, cities = names(r.free)).into_owned()}</p> });
                    let absent = (!r.absent.is_empty()).then(|| view! { <p>{t_string!(i18n, workshop.absent, cities = names(r.absent)).into_owned()}</p> });
                    view! { <h2>{title}</h2><ul>{meetings}</ul>{free}{absent} }
                }).collect_view();
                view! {
                    <h1 dir="auto">{t_string!(i18n, workshop.overview_title)}</h1>
                    <p dir="auto">{heading}</p>
                    {rounds}
                }
                .into_any()
            }
        })
    };
    view! { <article class="print-only user-text" aria-hidden="true">{document}</article> }
}
