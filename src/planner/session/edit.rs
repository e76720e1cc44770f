//! The facilitator's edits. Each changes only the locks; planning again then keeps every lock and
//! arranges the rest around them.

use serde::{Deserialize, Serialize};

use super::model::{same_pair, MeetingLock, Session, TableLock};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Edit {
    /// Seat `city` at `table` in table slot `slot`.
    MoveCity {
        city: String,
        slot: usize,
        table: usize,
    },
    /// Let the planner seat `city` again in `slot`.
    UnlockCity { city: String, slot: usize },
    /// Hold the meeting of the pair in `round`.
    LockMeeting { cities: [String; 2], round: usize },
    /// Let the planner schedule the pair again.
    UnlockMeeting { cities: [String; 2] },
    /// Exchange the rounds of two meetings of the current plan, locking each in the other's.
    SwapMeetings {
        first: [String; 2],
        second: [String; 2],
    },
}

impl Session {
    /// Applies `edit` to the locks; `false` when it changes nothing (a swap of meetings that are
    /// not in the plan, or in the same round).
    pub fn apply(&mut self, edit: Edit) -> bool {
        match edit {
            Edit::MoveCity { city, slot, table } => {
                self.unlock_city(&city, slot);
                self.locks.tables.push(TableLock { city, slot, table });
                true
            }
            Edit::UnlockCity { city, slot } => self.unlock_city(&city, slot),
            Edit::LockMeeting { cities, round } => {
                self.unlock_meeting(&cities);
                self.locks.meetings.push(MeetingLock { cities, round });
                true
            }
            Edit::UnlockMeeting { cities } => self.unlock_meeting(&cities),
            Edit::SwapMeetings { first, second } => {
                let (Some(a), Some(b)) = (self.round_of(&first), self.round_of(&second)) else {
                    return false;
                };
                if a == b {
                    return false;
                }
                self.apply(Edit::LockMeeting {
                    cities: first,
                    round: b,
                });
                self.apply(Edit::LockMeeting {
                    cities: second,
                    round: a,
                })
            }
        }
    }

    fn unlock_city(&mut self, city: &str, slot: usize) -> bool {
        let before = self.locks.tables.len();
        self.locks
            .tables
            .retain(|l| !(l.city == city && l.slot == slot));
        self.locks.tables.len() != before
    }

    fn unlock_meeting(&mut self, cities: &[String; 2]) -> bool {
        let before = self.locks.meetings.len();
        self.locks
            .meetings
            .retain(|l| !same_pair(&l.cities, cities));
        self.locks.meetings.len() != before
    }

    /// The round of the pair's meeting in the current plan.
    fn round_of(&self, cities: &[String; 2]) -> Option<usize> {
        self.plan
            .as_ref()?
            .rounds
            .iter()
            .position(|r| r.meetings.iter().any(|m| same_pair(&m.cities, cities)))
    }
}
