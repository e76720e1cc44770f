//! The planner's typed values in the user's language: the problems of a session or a file, the
//! requests a plan could not keep, and why each city sits at its table and meets its partner.

use crate::data::Catalog;
use crate::format::{clip, isolate};
use crate::planner::{Asked, Gap, ImportError, Impossible, MeetingReason, Problem, ProblemKind};
use crate::ui::context::I18n;
use crate::ui::i18n::*;

/// A city's name, or its id when the dataset does not have it; isolated for direction.
pub fn city_name(catalog: &Catalog, id: &str) -> String {
    catalog
        .city(id)
        .map_or_else(|| isolate(&clip(id, 40)), |c| c.name.clone())
}

/// The part of the session a problem's path points to.
fn part(i18n: I18n, path: &str) -> String {
    let head = path.trim_start_matches("session.");
    let head = head.split(['.', '[']).next().unwrap_or(head);
    let known = match head {
        "title" => t_string!(i18n, workshop.title),
        "date" => t_string!(i18n, workshop.date),
        "start" => t_string!(i18n, workshop.start),
        "cities" => t_string!(i18n, workshop.cities),
        "themes" => t_string!(i18n, workshop.themes),
        "tables" => t_string!(i18n, workshop.tables),
        "rounds" => t_string!(i18n, workshop.rounds),
        "breaks" => t_string!(i18n, workshop.breaks),
        "requested" => t_string!(i18n, workshop.requested),
        "absences" => t_string!(i18n, workshop.absences),
        "locks" => t_string!(i18n, workshop.locks),
        "plan" => t_string!(i18n, workshop.plan),
        _ => return isolate(&clip(path, 60)),
    };
    known.to_string()
}

/// "Tables: 8 cities but only 6 seats (tables × largest size)."
pub fn problem(i18n: I18n, problem: &Problem) -> String {
    let what = match &problem.kind {
        ProblemKind::Shape { .. } => t_string!(i18n, workshop.problem_shape).to_string(),
        ProblemKind::UnknownCity { id } => {
            t_string!(i18n, workshop.problem_unknown_city, id = isolate(id))
        }
        ProblemKind::UnknownSector { id } => {
            t_string!(i18n, workshop.problem_unknown_sector, id = isolate(id))
        }
        ProblemKind::NotAttending { id } => {
            t_string!(i18n, workshop.problem_not_attending, id = isolate(id))
        }
        ProblemKind::Duplicate { id } => {
            t_string!(i18n, workshop.problem_duplicate, id = isolate(id))
        }
        ProblemKind::SameCity => t_string!(i18n, workshop.why_same_city).to_string(),
        ProblemKind::NotAnId { .. } => t_string!(i18n, workshop.problem_not_an_id).to_string(),
        ProblemKind::NotADate { .. } => t_string!(i18n, workshop.problem_not_a_date).to_string(),
        ProblemKind::NotATime { .. } => t_string!(i18n, workshop.problem_not_a_time).to_string(),
        ProblemKind::NotATimestamp { .. } => {
            t_string!(i18n, workshop.problem_not_a_timestamp).to_string()
        }
        ProblemKind::BelowMinimum { min } => {
            t_string!(i18n, workshop.problem_below, min = *min)
        }
        ProblemKind::AboveMaximum { max } => {
            t_string!(i18n, workshop.problem_above, max = *max)
        }
        ProblemKind::OutOfRange { value, last } => t_string!(
            i18n,
            workshop.problem_out_of_range,
            value = value + 1,
            last = last + 1
        ),
        ProblemKind::MinAboveMax { min, max } => {
            t_string!(i18n, workshop.problem_min_above_max, min = *min, max = *max)
        }
        ProblemKind::TooFewSeats { cities, seats } => t_string!(
            i18n,
            workshop.problem_too_few_seats,
            cities = *cities,
            seats = *seats
        ),
        ProblemKind::TooFewCities { cities, needed } => t_string!(
            i18n,
            workshop.problem_too_few_cities,
            cities = *cities,
            needed = *needed
        ),
        ProblemKind::PastMidnight { minutes } => {
            t_string!(i18n, workshop.problem_past_midnight, minutes = *minutes)
        }
    };
    format!("{}: {what}", part(i18n, &problem.path))
}

/// Why a workshop file was refused, and its problems (the first few).
pub fn refusal(i18n: I18n, error: &ImportError) -> (String, Vec<String>) {
    match error {
        ImportError::TooLarge { .. } => (t_string!(i18n, workshop.refused_large).into(), vec![]),
        ImportError::NotJson { line, column } => (
            t_string!(i18n, workshop.refused_json, line = *line, column = *column),
            vec![],
        ),
        ImportError::Foreign => (t_string!(i18n, workshop.refused_foreign).into(), vec![]),
        ImportError::NewerVersion(_) => (t_string!(i18n, workshop.refused_newer).into(), vec![]),
        ImportError::Invalid(problems) => (
            t_string!(i18n, workshop.refused_invalid, count = problems.len()),
            problems.iter().take(20).map(|p| problem(i18n, p)).collect(),
        ),
    }
}

/// "The requested pair Dakar – Milan: absences leave no round both attend."
pub fn unplaced(i18n: I18n, catalog: &Catalog, asked: &Asked, why: &Impossible) -> String {
    let name = |id: &str| city_name(catalog, id);
    let what = match asked {
        Asked::Pair { cities } => t_string!(
            i18n,
            workshop.asked_pair,
            first = name(&cities[0]),
            second = name(&cities[1])
        ),
        Asked::MeetingLock { cities, round } => t_string!(
            i18n,
            workshop.asked_meeting,
            first = name(&cities[0]),
            second = name(&cities[1]),
            round = round + 1
        ),
        Asked::TableLock { city, slot, table } => t_string!(
            i18n,
            workshop.asked_table,
            city = name(city),
            table = table + 1,
            slot = slot + 1
        ),
    };
    let why = match why {
        Impossible::NotAttending { city } => {
            t_string!(i18n, workshop.why_not_attending, city = name(city))
        }
        Impossible::SameCity => t_string!(i18n, workshop.why_same_city).into(),
        Impossible::OutOfRange => t_string!(i18n, workshop.why_out_of_range).into(),
        Impossible::Absent { city } => t_string!(i18n, workshop.why_absent, city = name(city)),
        Impossible::Busy { city } => t_string!(i18n, workshop.why_busy, city = name(city)),
        Impossible::Twice => t_string!(i18n, workshop.why_twice).into(),
        Impossible::NoCommonRound => t_string!(i18n, workshop.why_no_common_round).into(),
        Impossible::NoFreeRound => t_string!(i18n, workshop.why_no_free_round).into(),
        Impossible::RoundFull => t_string!(i18n, workshop.why_round_full).into(),
        Impossible::TableFull => t_string!(i18n, workshop.why_table_full).into(),
    };
    format!("{what}: {why}")
}

/// What a table lacks for its theme.
pub fn gap(i18n: I18n, gap: Gap) -> &'static str {
    match gap {
        Gap::NoExpertise => t_string!(i18n, workshop.gap_expertise),
        Gap::NoNeed => t_string!(i18n, workshop.gap_need),
    }
}

/// Why two cities meet, in one line: "Suggested: Dakar's 2nd best partner here, Milan's 1st".
pub fn meeting(
    i18n: I18n,
    catalog: &Catalog,
    cities: &[String; 2],
    reason: &MeetingReason,
) -> String {
    match reason {
        MeetingReason::Locked => t_string!(i18n, workshop.reason_locked).to_string(),
        MeetingReason::Requested => t_string!(i18n, workshop.reason_requested).to_string(),
        MeetingReason::Suggested { ranks, .. } => {
            let rank = |i: usize| match ranks[i] {
                Some(rank) => t_string!(
                    i18n,
                    workshop.rank,
                    city = city_name(catalog, &cities[i]),
                    rank = rank
                ),
                None => t_string!(
                    i18n,
                    workshop.unranked,
                    city = city_name(catalog, &cities[i])
                ),
            };
            t_string!(
                i18n,
                workshop.reason_suggested,
                first = rank(0),
                second = rank(1)
            )
        }
    }
}
