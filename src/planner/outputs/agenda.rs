//! What gets printed: each city's agenda (its tables, its meetings with table, time and why,
//! its free rounds and breaks) and an overview of each round, as typed data the UI words.

use serde::Serialize;

use crate::planner::plan::model::{Meeting, Plan};
use crate::planner::reasons::{MeetingReason, SeatReason};
use crate::planner::session::clock::{timeline, Span};
use crate::planner::session::model::Session;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agenda {
    pub city: String,
    /// In time order.
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    pub span: Span,
    pub activity: Activity,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Activity {
    /// The city's table (0-based) in a table slot, on `theme`.
    Table {
        slot: usize,
        table: usize,
        theme: String,
        locked: bool,
        reason: SeatReason,
    },
    Meeting {
        round: usize,
        partner: String,
        table: usize,
        reason: MeetingReason,
    },
    /// A round without a meeting for the city: shown, never hidden.
    Free {
        round: usize,
    },
    Absent {
        round: usize,
    },
    Break,
}

/// The agenda of `city`; `None` when it is not in the plan or the session has no valid times.
pub fn agenda(session: &Session, plan: &Plan, city: &str) -> Option<Agenda> {
    if !session.cities.iter().any(|c| c == city) {
        return None;
    }
    let times = timeline(session)?;
    let mut items = Vec::new();
    for (slot, (tables, &span)) in plan.slots.iter().zip(&times.slots).enumerate() {
        for (table, t) in tables.iter().enumerate() {
            for seat in t.seats.iter().filter(|s| s.city == city) {
                let activity = Activity::Table {
                    slot,
                    table,
                    theme: t.theme.clone(),
                    locked: seat.locked,
                    reason: seat.reason.clone(),
                };
                items.push(Item { span, activity });
            }
        }
    }
    for (round, (r, &span)) in plan.rounds.iter().zip(&times.rounds).enumerate() {
        if let Some(&Some(pause)) = times.breaks.get(round) {
            items.push(Item {
                span: pause,
                activity: Activity::Break,
            });
        }
        let meeting = r.meetings.iter().find(|m| m.has(city));
        let activity = match meeting.and_then(|m| Some((m, m.partner(city)?))) {
            Some((m, partner)) => Activity::Meeting {
                round,
                partner: partner.to_string(),
                table: m.table,
                reason: m.reason.clone(),
            },
            None if r.absent.iter().any(|c| c == city) => Activity::Absent { round },
            None => Activity::Free { round },
        };
        items.push(Item { span, activity });
    }
    Some(Agenda {
        city: city.to_string(),
        items,
    })
}

/// One round for the printed overview.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundOverview<'a> {
    pub round: usize,
    pub span: Span,
    pub meetings: &'a [Meeting],
    pub free: &'a [String],
    pub absent: &'a [String],
}

/// Every round with its time; empty when the session has no valid times.
pub fn overview<'a>(session: &Session, plan: &'a Plan) -> Vec<RoundOverview<'a>> {
    let Some(times) = timeline(session) else {
        return Vec::new();
    };
    plan.rounds
        .iter()
        .zip(times.rounds)
        .enumerate()
        .map(|(round, (r, span))| RoundOverview {
            round,
            span,
            meetings: &r.meetings,
            free: &r.free,
            absent: &r.absent,
        })
        .collect()
}
