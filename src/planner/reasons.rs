//! Why the planner placed each city where it did, and why it could not place what the
//! facilitator asked: typed values carrying ids and sources, never sentences, so the UI can word
//! them in the user's language.

use serde::{Deserialize, Serialize};

use crate::data::{SourceRef, Stance};

/// Why a city sits at a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum SeatReason {
    /// The city states this stance in the table's theme; `priority` is the position of the
    /// statement in the city's `priorities`, so the UI can quote it.
    Stance {
        sector: String,
        stance: Stance,
        priority: usize,
        source: SourceRef,
    },
    /// The city states no stance in the table's theme: it takes a seat so sizes stay in bounds.
    NoStance,
}

/// Why a bilateral meeting is in the schedule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum MeetingReason {
    /// The facilitator locked it in this round.
    Locked,
    /// The facilitator asked for this pair.
    Requested,
    /// The match engine suggests it: each city's rank of the other among the attendees (1 is
    /// its best suggestion; none when the engine does not rank it), in the order of the
    /// meeting's cities, and the pair's mean score.
    Suggested {
        ranks: [Option<usize>; 2],
        score: f64,
    },
}

/// What a table lacks for its theme, where the attending cities could not supply it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Gap {
    /// No city at the table states expertise in the theme.
    NoExpertise,
    /// No city at the table states a need (or an investment) in the theme.
    NoNeed,
}

/// A facilitator's request the plan could not keep.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Asked {
    /// A requested pair (any round).
    Pair { cities: [String; 2] },
    /// A meeting locked in a round (0-based).
    MeetingLock { cities: [String; 2], round: usize },
    /// A city locked at a table (0-based) in a table slot (0-based).
    TableLock {
        city: String,
        slot: usize,
        table: usize,
    },
}

/// Why a request cannot be kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Impossible {
    /// The city is not among the attendees.
    NotAttending { city: String },
    /// A city cannot meet itself.
    SameCity,
    /// The round, slot or table is beyond the session's.
    OutOfRange,
    /// The city is absent from the locked round.
    Absent { city: String },
    /// The city is already in a locked meeting, or locked at another table, at that time.
    Busy { city: String },
    /// The pair is already locked in another round, or asked for twice.
    Twice,
    /// Absences leave no round both cities attend.
    NoCommonRound,
    /// Every round both attend is taken, for one of them, by locks and other requests.
    NoFreeRound,
    /// Locks fill the round's tables.
    RoundFull,
    /// Locks fill the table.
    TableFull,
}

/// A request the plan leaves out, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unplaced {
    pub asked: Asked,
    pub why: Impossible,
}
