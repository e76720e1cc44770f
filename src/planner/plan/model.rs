//! A generated plan: the thematic tables of each slot, the bilateral rounds, what could not be
//! placed, and the schedule's quality beside the greedy baseline's. It is stored in the session
//! so a printed agenda can be shown again offline without planning anew.

use serde::{Deserialize, Serialize};

use crate::planner::reasons::{Gap, MeetingReason, SeatReason, Unplaced};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// For each table slot, its tables; every attending city sits at exactly one.
    pub slots: Vec<Vec<Table>>,
    pub rounds: Vec<Round>,
    /// Requests and locks the plan could not keep.
    #[serde(default)]
    pub unplaced: Vec<Unplaced>,
    pub quality: Quality,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// A sector id of the dataset.
    pub theme: String,
    pub seats: Vec<Seat>,
    #[serde(default)]
    pub gaps: Vec<Gap>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seat {
    pub city: String,
    /// The facilitator placed it here.
    #[serde(default)]
    pub locked: bool,
    pub reason: SeatReason,
}

/// One bilateral round: its meetings, and every attendee without one, free or absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Round {
    pub meetings: Vec<Meeting>,
    pub free: Vec<String>,
    pub absent: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub cities: [String; 2],
    /// The table (0-based) where the two meet.
    pub table: usize,
    pub reason: MeetingReason,
}

impl Meeting {
    pub fn has(&self, city: &str) -> bool {
        self.cities.iter().any(|c| c == city)
    }

    /// The other city of the meeting, for `city` in it.
    pub fn partner(&self, city: &str) -> Option<&str> {
        match &self.cities {
            [a, b] if a == city => Some(b),
            [a, b] if b == city => Some(a),
            _ => None,
        }
    }
}

/// The share of each city's top-5 suggestions among the attendees that it meets, averaged over
/// the cities, for this plan and for the greedy baseline on the same session.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quality {
    pub planner: f64,
    pub baseline: f64,
}
