//! Keeping a session consistent while the facilitator edits it: a city taken out, fewer rounds
//! or tables, leave requests, absences, breaks and locks that name what is gone; those are
//! dropped, so the session always passes its own checks and its file always imports.

use super::model::Session;

impl Session {
    /// Drops every request, absence, break and lock that names a city that does not attend,
    /// a city twice, or a round, slot or table the session no longer has; `true` when some
    /// were dropped.
    pub fn prune(&mut self) -> bool {
        let attends = |id: &str| self.cities.iter().any(|c| c == id);
        let pair = |p: &[String; 2]| attends(&p[0]) && attends(&p[1]) && p[0] != p[1];
        let (rounds, slots, tables) = (self.rounds.count, self.tables.slots, self.tables.count);
        let before = self.references();
        let requested: Vec<[String; 2]> =
            self.requested.iter().filter(|p| pair(p)).cloned().collect();
        let absences = self
            .absences
            .iter()
            .filter(|a| attends(&a.city) && a.round < rounds)
            .cloned()
            .collect();
        let table_locks = self
            .locks
            .tables
            .iter()
            .filter(|l| attends(&l.city) && l.slot < slots && l.table < tables)
            .cloned()
            .collect();
        let meeting_locks = self
            .locks
            .meetings
            .iter()
            .filter(|l| pair(&l.cities) && l.round < rounds)
            .cloned()
            .collect();
        self.requested = requested;
        self.absences = absences;
        self.locks.tables = table_locks;
        self.locks.meetings = meeting_locks;
        self.breaks.retain(|b| b.before_round < rounds);
        self.references() != before
    }

    fn references(&self) -> usize {
        self.requested.len()
            + self.absences.len()
            + self.breaks.len()
            + self.locks.tables.len()
            + self.locks.meetings.len()
    }
}
