//! A city's agenda as an iCalendar file (RFC 5545) for its phone or laptop: one event for each
//! table slot and each meeting, in the venue's local time (floating times, as the venue's
//! time zone is not recorded), lines folded at 75 octets and ended by CRLF.

use std::collections::BTreeMap;

use super::agenda::{agenda, Activity};
use crate::data::Catalog;
use crate::planner::plan::model::Plan;
use crate::planner::session::model::Session;
use crate::records::checks::is_timestamp;

/// The words of the events' summaries, already in the user's language: the core has none.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CalendarWords {
    /// Put before a table's number: "Table", "Table".
    pub table: String,
    /// Put before the partner's name: "Meeting with", "Rencontre avec".
    pub meeting_with: String,
    /// Each theme's name by sector id; the id stands in for a missing one.
    pub themes: BTreeMap<String, String>,
}

/// The calendar of `city`; `None` when it has no agenda (not attending, no valid times) or
/// `now` is not an RFC 3339 UTC timestamp.
pub fn ics(
    catalog: &Catalog,
    session: &Session,
    plan: &Plan,
    city: &str,
    words: &CalendarWords,
    now: &str,
) -> Option<String> {
    let stamp = utc_stamp(now)?;
    let agenda = agenda(session, plan, city)?;
    let day = session.date.replace('-', "");
    let time = |minutes: u32| format!("{day}T{:02}{:02}00", minutes / 60, minutes % 60);
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Passerelle//Workshop//EN",
    ] {
        fold(line, &mut out);
    }
    fold("CALSCALE:GREGORIAN", &mut out);
    fold("METHOD:PUBLISH", &mut out);
    if !session.title.is_empty() {
        fold(
            &format!("X-WR-CALNAME:{}", escape(&session.title)),
            &mut out,
        );
    }
    for item in &agenda.items {
        let (uid, summary, table) = match &item.activity {
            Activity::Table {
                slot, table, theme, ..
            } => {
                let name = words.themes.get(theme).unwrap_or(theme);
                let summary = format!("{} {} · {name}", words.table, table + 1);
                (format!("slot{slot}"), summary, *table)
            }
            Activity::Meeting {
                round,
                partner,
                table,
                ..
            } => {
                let name = catalog.city(partner).map_or(partner.as_str(), |c| &c.name);
                let summary = format!("{} {name}", words.meeting_with);
                (format!("round{round}"), summary, *table)
            }
            Activity::Free { .. } | Activity::Absent { .. } | Activity::Break => continue,
        };
        let lines = [
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}-{city}-{uid}@passerelle", session.id),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART:{}", time(item.span.start)),
            format!("DTEND:{}", time(item.span.end)),
            format!("SUMMARY:{}", escape(&summary)),
            format!(
                "LOCATION:{}",
                escape(&format!("{} {}", words.table, table + 1))
            ),
            "END:VEVENT".to_string(),
        ];
        for line in &lines {
            fold(line, &mut out);
        }
    }
    fold("END:VCALENDAR", &mut out);
    Some(out)
}

/// `2026-11-23T10:00:00.000Z` as `20261123T100000Z`.
fn utc_stamp(now: &str) -> Option<String> {
    if !is_timestamp(now) || !now.ends_with('Z') {
        return None;
    }
    let (date, time) = now.split_once('T')?;
    let clock = time.trim_end_matches('Z').split('.').next()?;
    Some(format!(
        "{}T{}Z",
        date.replace('-', ""),
        clock.replace(':', "")
    ))
}

/// Text values escape backslashes, semicolons, commas and line breaks (RFC 5545 3.3.11).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets, never inside a character, each continuation starting
/// with a space (RFC 5545 3.1).
pub fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}
