//! The checks every stored record shares: ids, dates, date-times and revisions.

use super::problems::{Path, ProblemKind, Problems};

/// The largest revision: what a browser counts exactly (2^53 - 1), so a file can never make a
/// revision wrap around to 0 and pass for an older one.
pub const MAX_REVISION: u64 = (1 << 53) - 1;

/// A record id: 1 to 64 lowercase letters, digits and hyphens.
pub fn is_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn number(text: &str, digits: usize) -> Option<u32> {
    (text.len() == digits && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// `YYYY-MM-DD` with a month and a day that exist.
pub fn is_date(text: &str) -> bool {
    let mut parts = text.split('-');
    let (Some(year), Some(month), Some(day), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let (Some(year), Some(month), Some(day)) = (number(year, 4), number(month, 2), number(day, 2))
    else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// A UTC date and time as `toISOString` writes it, `2026-11-23T10:00:00.000Z` (the fraction
/// optional), with a clock that exists, in the years 1970 to 9999: a year 0 or a time of 99:99
/// is a damaged or forged file, not a date a device wrote.
pub fn is_timestamp(text: &str) -> bool {
    let Some((date, time)) = text.split_once('T') else {
        return false;
    };
    let Some(time) = time.strip_suffix('Z') else {
        return false;
    };
    let (clock, fraction) = time.split_once('.').unwrap_or((time, "1"));
    let mut parts = clock.split(':');
    let (Some(h), Some(m), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let clock_exists = matches!(
        (number(h, 2), number(m, 2), number(s, 2)),
        (Some(0..=23), Some(0..=59), Some(0..=59))
    );
    let fraction_ok =
        (1..=9).contains(&fraction.len()) && fraction.bytes().all(|b| b.is_ascii_digit());
    let year_ok = date
        .get(..4)
        .and_then(|y| number(y, 4))
        .is_some_and(|y| y >= 1970);
    is_date(date) && year_ok && clock_exists && fraction_ok
}

/// The checks of an id, a revision and the two date-times every record has.
pub fn common(
    at: &Path,
    id: &str,
    revision: u64,
    dates: [(&str, &str); 2],
    problems: &mut Problems,
) {
    if !is_id(id) {
        problems.push(at.field("id"), ProblemKind::NotAnId);
    }
    if revision > MAX_REVISION {
        problems.push(
            at.field("revision"),
            ProblemKind::NumberTooLarge {
                limit: MAX_REVISION,
            },
        );
    }
    for (name, value) in dates {
        if !is_timestamp(value) {
            problems.push(at.field(name), ProblemKind::NotADateTime);
        }
    }
}
