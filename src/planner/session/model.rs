//! A workshop session as the facilitator sets it up: who attends, the themes, the tables and
//! rounds, breaks, requested pairs, absences and locks, and the plan last generated from them.
//! Rounds, slots and tables are counted from 0 in the file; the UI shows them from 1.

use serde::{Deserialize, Serialize};

use crate::planner::plan::model::Plan;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub id: String,
    /// Counts saves, so that a save from a stale copy (another tab) is detected.
    pub revision: u64,
    /// RFC 3339 UTC timestamps.
    pub created: String,
    pub updated: String,
    #[serde(default)]
    pub title: String,
    /// The day of the workshop, `YYYY-MM-DD`.
    pub date: String,
    /// When it starts, `HH:MM` local time of the venue.
    pub start: String,
    /// City ids of the dataset, in the facilitator's order.
    pub cities: Vec<String>,
    /// Sector ids of the dataset; table `t` takes theme `t % themes.len()`.
    pub themes: Vec<String>,
    pub tables: TableSettings,
    pub rounds: RoundSettings,
    #[serde(default)]
    pub breaks: Vec<Break>,
    /// Pairs the facilitator wants to meet, in any round.
    #[serde(default)]
    pub requested: Vec<[String; 2]>,
    #[serde(default)]
    pub absences: Vec<Absence>,
    #[serde(default)]
    pub locks: Locks,
    #[serde(default)]
    pub plan: Option<Plan>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableSettings {
    pub count: usize,
    pub min_size: usize,
    pub max_size: usize,
    /// How many times the cities sit at tables, each time every city at one table.
    pub slots: usize,
    /// Length of a table slot.
    pub minutes: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundSettings {
    pub count: usize,
    /// Length of a bilateral round.
    pub minutes: u32,
}

/// A pause before a bilateral round (round 0: between the tables and the first round).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Break {
    pub before_round: usize,
    pub minutes: u32,
}

/// A city that cannot attend one bilateral round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Absence {
    pub city: String,
    pub round: usize,
}

/// What the facilitator fixed by hand; planning keeps these and arranges the rest around them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Locks {
    #[serde(default)]
    pub tables: Vec<TableLock>,
    #[serde(default)]
    pub meetings: Vec<MeetingLock>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableLock {
    pub city: String,
    pub slot: usize,
    pub table: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingLock {
    pub cities: [String; 2],
    pub round: usize,
}

/// The same unordered pair.
pub fn same_pair(a: &[String; 2], b: &[String; 2]) -> bool {
    (a[0] == b[0] && a[1] == b[1]) || (a[0] == b[1] && a[1] == b[0])
}

impl Session {
    /// An empty session created at `now` (RFC 3339), held that day from 09:00: three tables of
    /// three to six cities, one table slot of 45 minutes, four rounds of 15 minutes.
    pub fn new(id: impl Into<String>, now: &str) -> Session {
        Session {
            id: id.into(),
            revision: 0,
            created: now.to_string(),
            updated: now.to_string(),
            title: String::new(),
            date: now.get(..10).unwrap_or_default().to_string(),
            start: "09:00".into(),
            cities: Vec::new(),
            themes: Vec::new(),
            tables: TableSettings {
                count: 3,
                min_size: 3,
                max_size: 6,
                slots: 1,
                minutes: 45,
            },
            rounds: RoundSettings {
                count: 4,
                minutes: 15,
            },
            breaks: Vec::new(),
            requested: Vec::new(),
            absences: Vec::new(),
            locks: Locks::default(),
            plan: None,
        }
    }

    /// Whether `city` is absent from `round`.
    pub fn absent(&self, city: &str, round: usize) -> bool {
        self.absences
            .iter()
            .any(|a| a.city == city && a.round == round)
    }
}
