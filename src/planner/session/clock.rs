//! When each part of a session happens: the table slots, then the bilateral rounds with their
//! breaks, from the start time, in minutes after midnight at the venue.

use serde::Serialize;

use super::model::Session;

const DAY: u32 = 24 * 60;

/// A stretch of time in minutes after midnight; `end` is at most 24:00.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    pub slots: Vec<Span>,
    /// For each round, the break just before it, if any.
    pub breaks: Vec<Option<Span>>,
    pub rounds: Vec<Span>,
}

/// `HH:MM` as minutes after midnight.
pub fn parse_clock(text: &str) -> Option<u32> {
    let (hours, minutes) = text.split_once(':')?;
    let digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(hours) || !digits(minutes) {
        return None;
    }
    let (hours, minutes): (u32, u32) = (hours.parse().ok()?, minutes.parse().ok()?);
    (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

/// Minutes after midnight as `HH:MM`.
pub fn clock(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Minutes after midnight when the session ends, counting from a start time that parses; may
/// pass midnight, which the checks refuse.
pub fn end_of(session: &Session) -> Option<u64> {
    let start = u64::from(parse_clock(&session.start)?);
    let slots = session.tables.slots as u64 * u64::from(session.tables.minutes);
    let rounds = session.rounds.count as u64 * u64::from(session.rounds.minutes);
    let breaks: u64 = session
        .breaks
        .iter()
        .filter(|b| b.before_round < session.rounds.count)
        .map(|b| u64::from(b.minutes))
        .sum();
    Some(start + slots + rounds + breaks)
}

/// The session's timeline; `None` when the start is not a time or the session passes midnight.
pub fn timeline(session: &Session) -> Option<Timeline> {
    if end_of(session)? > u64::from(DAY) {
        return None;
    }
    let mut now = parse_clock(&session.start)?;
    let mut span = |minutes: u32| {
        let span = Span {
            start: now,
            end: now + minutes,
        };
        now = span.end;
        span
    };
    let slots = (0..session.tables.slots)
        .map(|_| span(session.tables.minutes))
        .collect();
    let mut breaks = Vec::new();
    let mut rounds = Vec::new();
    for round in 0..session.rounds.count {
        let pause: u32 = session
            .breaks
            .iter()
            .filter(|b| b.before_round == round)
            .map(|b| b.minutes)
            .sum();
        breaks.push((pause > 0).then(|| span(pause)));
        rounds.push(span(session.rounds.minutes));
    }
    Some(Timeline {
        slots,
        breaks,
        rounds,
    })
}
