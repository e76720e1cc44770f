//! What a city states in a theme, read from its priorities (Table A1 and chapter 3): the
//! strongest stance and the statement that says it.

use crate::data::{City, Stance};
use crate::planner::reasons::SeatReason;

/// A city's stance in one theme and the position of the priority stating it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stated {
    pub stance: Stance,
    pub priority: usize,
}

/// The position of the city's first statement of `stance` in `sector`.
pub fn first(city: &City, sector: &str, stance: Stance) -> Option<usize> {
    city.priorities
        .iter()
        .position(|p| p.sector == sector && p.stance == stance)
}

/// The city's strongest stance in `sector`, with its first statement.
pub fn stated(city: &City, sector: &str) -> Option<Stated> {
    [Stance::Expertise, Stance::Need, Stance::Investing]
        .into_iter()
        .find_map(|stance| first(city, sector, stance).map(|priority| Stated { stance, priority }))
}

/// How strongly a city's stance in a theme draws it to a table there: expertise and need make
/// a table work, an investment less so.
pub fn strength(city: &City, sector: &str) -> u32 {
    match stated(city, sector).map(|s| s.stance) {
        Some(Stance::Expertise | Stance::Need) => 2,
        Some(Stance::Investing) => 1,
        None => 0,
    }
}

/// The reason for seating `city` at a table on `sector`: the stance it was seated for when
/// given, else its strongest there.
pub fn reason(city: &City, sector: &str, role: Option<Stance>) -> SeatReason {
    let found = role
        .and_then(|stance| first(city, sector, stance).map(|priority| Stated { stance, priority }))
        .or_else(|| stated(city, sector));
    match found {
        Some(s) => SeatReason::Stance {
            sector: sector.to_string(),
            stance: s.stance,
            priority: s.priority,
            source: city.priorities[s.priority].source.clone(),
        },
        None => SeatReason::NoStance,
    }
}
