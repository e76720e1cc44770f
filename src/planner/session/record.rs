//! A session as a stored [`Record`], so it is kept in IndexedDB with the same guarantees as a
//! proposal (revisions, tombstones, unsaved copies, conflicts between tabs); and where an
//! imported session goes when its id is already on the device.

use super::check::{check, ProblemKind as Kind, MAX_TITLE};
use super::model::Session;
use crate::data::Catalog;
use crate::format::truncate;
use crate::records::problems::{echo, Expected, Path, ProblemKind, Problems};
use crate::records::{same_content, Record, Stored};

impl Record for Session {
    const KIND: &'static str = "sessions";
    type Context = Catalog;

    crate::records::stored_fields!(id);
    fn touch(&mut self, now: String) {
        self.updated = now;
    }
    fn clamp(&mut self) {
        truncate(&mut self.title, MAX_TITLE);
    }

    /// The common checks, then (with the dataset) the planner's, each at its place. The
    /// workshop file's own import ([`super::exchange::parse`]) words the planner's kinds
    /// exactly; here they are brought to the records' kinds.
    fn check_content(&self, catalog: Option<&Catalog>, at: &Path, problems: &mut Problems) {
        problems.text(&at.field("title"), &self.title, MAX_TITLE);
        let Some(catalog) = catalog else { return };
        for problem in check(self, catalog) {
            let kind = match problem.kind {
                Kind::UnknownCity { id } => ProblemKind::UnknownCity(id),
                Kind::UnknownSector { id } => ProblemKind::UnknownSector(id),
                Kind::Duplicate { id } => ProblemKind::DuplicateId(id),
                Kind::NotAnId { .. } => ProblemKind::NotAnId,
                Kind::NotADate { .. } => ProblemKind::NotADate,
                Kind::NotATimestamp { .. } => ProblemKind::NotADateTime,
                Kind::Shape { .. } => ProblemKind::WrongType(Expected::Group),
                other => ProblemKind::UnknownValue(echo(&other.to_string())),
            };
            problems.push(located(at, &problem.path), kind);
        }
    }
}

/// A planner path (`locks.meetings[0].cities[1]`) as a records path under `at`.
fn located(at: &Path, path: &str) -> Path {
    let mut out = at.clone();
    for part in path.split('.') {
        let (name, items) = part.split_once('[').unwrap_or((part, ""));
        out = out.field(name);
        for item in items.split('[') {
            if let Ok(n) = item.trim_end_matches(']').parse() {
                out = out.item(n);
            }
        }
    }
    out
}

/// Where an imported session goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// Its id is new here: stored as it is.
    New,
    /// The device holds the same session: nothing to do.
    Same,
    /// The device holds another version under its id (or deleted it): stored as a copy under a
    /// new id, so neither version is lost and no tab editing the one here is overwritten.
    Copy,
}

/// Where `incoming` goes, given what the device stores under its id.
pub fn arrival(incoming: &Session, stored: Option<&Stored<Session>>) -> Arrival {
    match stored {
        None => Arrival::New,
        Some(Stored::Live(here)) if same_content(here, incoming) => Arrival::Same,
        Some(_) => Arrival::Copy,
    }
}
