//! Every rule a session keeps, as typed problems located by a path in the file
//! (`locks.meetings[0].cities[1]`), so the UI can say each in the user's language. Planning
//! refuses a session with problems; importing refuses a file with any.

use std::collections::BTreeSet;

use serde::Serialize;
use thiserror::Error;

use super::clock::{end_of, parse_clock};
use super::model::{same_pair, Session};
use crate::data::Catalog;
use crate::records::checks::is_date;
use crate::records::checks::{is_id, is_timestamp};
use crate::records::problems::echo;

/// Limits that keep a hostile file from exhausting the device, and a workshop plausible.
pub const MAX_CITIES: usize = 500;
pub const MAX_TABLES: usize = 100;
pub const MAX_SLOTS: usize = 10;
pub const MAX_ROUNDS: usize = 50;
pub const MAX_MINUTES: u32 = 600;
pub const MAX_ITEMS: usize = 5_000;
pub const MAX_TITLE: usize = 300;

/// A problem and where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Error)]
#[error("{path}: {kind}")]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Error)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ProblemKind {
    /// The field has the wrong shape; `message` is serde's, technical detail in English.
    #[error("{message}")]
    Shape { message: String },
    #[error("'{id}' is not a city of the dataset")]
    UnknownCity { id: String },
    #[error("'{id}' is not a sector of the dataset")]
    UnknownSector { id: String },
    #[error("'{id}' is not among the session's cities")]
    NotAttending { id: String },
    #[error("'{id}' appears twice")]
    Duplicate { id: String },
    #[error("a city cannot meet itself")]
    SameCity,
    #[error("'{value}' is not 1 to 64 lowercase letters, digits or hyphens")]
    NotAnId { value: String },
    #[error("'{value}' is not a YYYY-MM-DD date")]
    NotADate { value: String },
    #[error("'{value}' is not an HH:MM time")]
    NotATime { value: String },
    #[error("'{value}' is not a date and time")]
    NotATimestamp { value: String },
    #[error("at least {min}")]
    BelowMinimum { min: usize },
    #[error("at most {max}")]
    AboveMaximum { max: usize },
    #[error("{value} is beyond the last ({last})")]
    OutOfRange { value: usize, last: usize },
    #[error("the minimum size {min} is above the maximum {max}")]
    MinAboveMax { min: usize, max: usize },
    /// Tables × maximum size seats fewer than the cities attending.
    #[error("{cities} cities but only {seats} seats (tables × maximum size)")]
    TooFewSeats { cities: usize, seats: usize },
    /// Tables × minimum size needs more cities than attend.
    #[error("{cities} cities cannot fill the {needed} seats of tables × minimum size")]
    TooFewCities { cities: usize, needed: usize },
    #[error("the session would end {minutes} minutes after midnight")]
    PastMidnight { minutes: u64 },
}

fn at(path: impl Into<String>, kind: ProblemKind) -> Problem {
    Problem {
        path: path.into(),
        kind,
    }
}

/// Every problem of `session` against the dataset, as an import finds them.
pub fn check(session: &Session, catalog: &Catalog) -> Vec<Problem> {
    let mut problems = Vec::new();
    if !is_id(&session.id) {
        problems.push(at(
            "id",
            ProblemKind::NotAnId {
                value: echo(&session.id),
            },
        ));
    }
    for (name, value) in [("created", &session.created), ("updated", &session.updated)] {
        if !is_timestamp(value) {
            problems.push(at(name, ProblemKind::NotATimestamp { value: echo(value) }));
        }
    }
    if session.title.chars().count() > MAX_TITLE {
        problems.push(at("title", ProblemKind::AboveMaximum { max: MAX_TITLE }));
    }
    if !is_date(&session.date) {
        problems.push(at(
            "date",
            ProblemKind::NotADate {
                value: echo(&session.date),
            },
        ));
    }
    if parse_clock(&session.start).is_none() {
        problems.push(at(
            "start",
            ProblemKind::NotATime {
                value: echo(&session.start),
            },
        ));
    }
    problems.extend(check_settings(session, catalog));
    if let Some(end) = end_of(session).filter(|&end| end > 24 * 60) {
        problems.push(at(
            "start",
            ProblemKind::PastMidnight {
                minutes: end - 24 * 60,
            },
        ));
    }
    references(&mut problems, session);
    problems
}

/// The problems no plan can get around: unknown or repeated cities and themes, counts out of
/// bounds, sizes that cannot seat everyone. Locks and requests that cannot be kept are the
/// plan's to explain, not a reason to refuse it.
pub fn check_settings(session: &Session, catalog: &Catalog) -> Vec<Problem> {
    let mut problems = Vec::new();
    ids(&mut problems, "cities", &session.cities, MAX_CITIES, |id| {
        catalog
            .city(id)
            .is_none()
            .then(|| ProblemKind::UnknownCity { id: echo(id) })
    });
    ids(&mut problems, "themes", &session.themes, MAX_TABLES, |id| {
        catalog
            .sector(id)
            .is_none()
            .then(|| ProblemKind::UnknownSector { id: echo(id) })
    });
    if session.themes.is_empty() {
        problems.push(at("themes", ProblemKind::BelowMinimum { min: 1 }));
    }
    sizes(&mut problems, session);
    problems
}

/// A list of ids: its length, each known, none twice.
fn ids(
    problems: &mut Vec<Problem>,
    list: &str,
    values: &[String],
    max: usize,
    unknown: impl Fn(&str) -> Option<ProblemKind>,
) {
    if values.len() > max {
        problems.push(at(list, ProblemKind::AboveMaximum { max }));
        return;
    }
    let mut seen = BTreeSet::new();
    for (i, id) in values.iter().enumerate() {
        if let Some(kind) = unknown(id) {
            problems.push(at(format!("{list}[{i}]"), kind));
        } else if !seen.insert(id) {
            problems.push(at(
                format!("{list}[{i}]"),
                ProblemKind::Duplicate { id: echo(id) },
            ));
        }
    }
}

/// Counts within limits, sizes that can seat every city, a session that ends the same day.
fn sizes(problems: &mut Vec<Problem>, session: &Session) {
    let t = &session.tables;
    let r = &session.rounds;
    let counts = [
        ("tables.count", t.count, 1, MAX_TABLES),
        ("tables.min_size", t.min_size, 1, MAX_CITIES),
        ("tables.max_size", t.max_size, 1, MAX_CITIES),
        ("tables.slots", t.slots, 1, MAX_SLOTS),
        (
            "tables.minutes",
            t.minutes as usize,
            1,
            MAX_MINUTES as usize,
        ),
        ("rounds.count", r.count, 0, MAX_ROUNDS),
        (
            "rounds.minutes",
            r.minutes as usize,
            1,
            MAX_MINUTES as usize,
        ),
    ];
    let before = problems.len();
    for (path, value, min, max) in counts {
        if value < min {
            problems.push(at(path, ProblemKind::BelowMinimum { min }));
        } else if value > max {
            problems.push(at(path, ProblemKind::AboveMaximum { max }));
        }
    }
    if problems.len() > before {
        return;
    }
    let cities = session.cities.len();
    if t.min_size > t.max_size {
        problems.push(at(
            "tables.min_size",
            ProblemKind::MinAboveMax {
                min: t.min_size,
                max: t.max_size,
            },
        ));
    } else if t.count * t.max_size < cities {
        problems.push(at(
            "tables",
            ProblemKind::TooFewSeats {
                cities,
                seats: t.count * t.max_size,
            },
        ));
    } else if t.count * t.min_size > cities {
        problems.push(at(
            "tables",
            ProblemKind::TooFewCities {
                cities,
                needed: t.count * t.min_size,
            },
        ));
    }
    for (i, b) in session.breaks.iter().enumerate() {
        if b.minutes > MAX_MINUTES {
            problems.push(at(
                format!("breaks[{i}].minutes"),
                ProblemKind::AboveMaximum {
                    max: MAX_MINUTES as usize,
                },
            ));
        }
    }
}

/// Breaks, requests, absences, locks and the stored plan name attending cities and existing
/// rounds, slots and tables.
fn references(problems: &mut Vec<Problem>, session: &Session) {
    let attending = |path: String, id: &str, problems: &mut Vec<Problem>| {
        if !session.cities.iter().any(|c| c == id) {
            problems.push(at(path, ProblemKind::NotAttending { id: echo(id) }));
        }
    };
    let range = |path: String, value: usize, count: usize, problems: &mut Vec<Problem>| {
        if value >= count {
            let last = count.saturating_sub(1);
            problems.push(at(path, ProblemKind::OutOfRange { value, last }));
        }
    };
    let lists = [
        ("breaks", session.breaks.len()),
        ("requested", session.requested.len()),
        ("absences", session.absences.len()),
        ("locks.tables", session.locks.tables.len()),
        ("locks.meetings", session.locks.meetings.len()),
    ];
    if let Some((list, _)) = lists.iter().find(|(_, len)| *len > MAX_ITEMS) {
        problems.push(at(*list, ProblemKind::AboveMaximum { max: MAX_ITEMS }));
        return;
    }
    let rounds = session.rounds.count;
    for (i, b) in session.breaks.iter().enumerate() {
        range(
            format!("breaks[{i}].before_round"),
            b.before_round,
            rounds,
            problems,
        );
    }
    let pairs = session
        .requested
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("requested[{i}]"), p))
        .chain(
            session
                .locks
                .meetings
                .iter()
                .enumerate()
                .map(|(i, l)| (format!("locks.meetings[{i}].cities"), &l.cities)),
        );
    for (path, pair) in pairs {
        for (j, city) in pair.iter().enumerate() {
            attending(format!("{path}[{j}]"), city, problems);
        }
        if pair[0] == pair[1] {
            problems.push(at(path, ProblemKind::SameCity));
        }
    }
    for (i, a) in session.absences.iter().enumerate() {
        attending(format!("absences[{i}].city"), &a.city, problems);
        range(format!("absences[{i}].round"), a.round, rounds, problems);
    }
    for (i, l) in session.locks.meetings.iter().enumerate() {
        range(
            format!("locks.meetings[{i}].round"),
            l.round,
            rounds,
            problems,
        );
        let earlier = &session.locks.meetings[..i];
        if earlier.iter().any(|e| same_pair(&e.cities, &l.cities)) {
            let id = l.cities.join(" – ");
            problems.push(at(
                format!("locks.meetings[{i}]"),
                ProblemKind::Duplicate { id },
            ));
        }
    }
    for (i, l) in session.locks.tables.iter().enumerate() {
        attending(format!("locks.tables[{i}].city"), &l.city, problems);
        range(
            format!("locks.tables[{i}].slot"),
            l.slot,
            session.tables.slots,
            problems,
        );
        range(
            format!("locks.tables[{i}].table"),
            l.table,
            session.tables.count,
            problems,
        );
    }
    if let Some(plan) = &session.plan {
        let named = plan
            .slots
            .iter()
            .flatten()
            .flat_map(|t| t.seats.iter().map(|s| &s.city))
            .chain(plan.rounds.iter().flat_map(|r| {
                r.meetings
                    .iter()
                    .flat_map(|m| m.cities.iter())
                    .chain(&r.free)
                    .chain(&r.absent)
            }));
        let named: BTreeSet<&String> = named.collect();
        for city in named {
            attending("plan".into(), city, problems);
        }
    }
}
