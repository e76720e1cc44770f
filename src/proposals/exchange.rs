//! Moving proposals between devices and colleagues by file: the export format, a full check of
//! a file before anything is stored, and the plan for proposals whose id already exists.
//!
//! The format (version 1) is documented in `docs/proposals-format.md`:
//! `{"format": "passerelle-proposals", "version": 1, "exported_at": "…", "proposals": [ … ]}`.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::model::{Proposal, ENTRY_POINTS, STAKEHOLDERS};
use super::rules::is_date;
use crate::data::Catalog;

pub const FORMAT: &str = "passerelle-proposals";
pub const VERSION: u32 = 1;

/// Limits that keep a hostile file from exhausting the device.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
pub const MAX_PROPOSALS: usize = 5_000;
const MAX_TITLE: usize = 300;
const MAX_TEXT: usize = 20_000;
const MAX_ITEMS: usize = 100;
const MAX_HISTORY: usize = 1_000;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportFile {
    format: String,
    version: u32,
    exported_at: String,
    proposals: Vec<Proposal>,
}

/// The export file for `proposals`, pretty-printed so it stays readable.
pub fn export(proposals: &[Proposal], now: &str) -> String {
    let file = ExportFile {
        format: FORMAT.into(),
        version: VERSION,
        exported_at: now.into(),
        proposals: proposals.to_vec(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Why a file cannot be imported. Nothing is stored when any of these occurs.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("the file is {bytes} bytes; proposal files are at most {MAX_FILE_BYTES} bytes")]
    TooLarge { bytes: usize },
    #[error("the file is not valid JSON (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    #[error("this is not a Passerelle proposals file")]
    Foreign,
    #[error("the file was written by a newer Passerelle (format version {0}); update the app to import it")]
    NewerVersion(u64),
    #[error("the file has {} problem(s): {}", .0.len(), .0.join("; "))]
    Invalid(Vec<String>),
}

/// Reads and fully checks an export file against the dataset, without storing anything.
pub fn parse(text: &str, catalog: &Catalog) -> Result<Vec<Proposal>, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::Foreign);
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(1) => {}
        Some(v) if v > u64::from(VERSION) => return Err(ImportError::NewerVersion(v)),
        _ => return Err(ImportError::Invalid(vec!["version: expected 1".into()])),
    }
    let Some(items) = value.get("proposals").and_then(Value::as_array) else {
        return Err(ImportError::Invalid(vec![
            "proposals: expected a list".into()
        ]));
    };
    if items.len() > MAX_PROPOSALS {
        return Err(ImportError::Invalid(vec![format!(
            "proposals: {} proposals, at most {MAX_PROPOSALS} per file",
            items.len()
        )]));
    }
    let mut problems = Vec::new();
    let mut proposals = Vec::new();
    let mut ids = BTreeSet::new();
    for (i, item) in items.iter().enumerate() {
        match Proposal::deserialize(item) {
            Ok(p) => {
                problems.extend(
                    check(&p, catalog)
                        .into_iter()
                        .map(|m| format!("proposals[{i}]: {m}")),
                );
                if !ids.insert(p.id.clone()) {
                    problems.push(format!(
                        "proposals[{i}]: id '{}' appears twice in the file",
                        p.id
                    ));
                }
                proposals.push(p);
            }
            Err(e) => problems.push(format!("proposals[{i}]: {e}")),
        }
    }
    if problems.is_empty() {
        Ok(proposals)
    } else {
        Err(ImportError::Invalid(problems))
    }
}

/// A proposal id: 1 to 64 lowercase letters, digits and hyphens.
pub fn is_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `YYYY-MM-DDTHH:MM:SS` with optional fraction and a `Z` or offset, as `toISOString` writes.
pub fn is_timestamp(text: &str) -> bool {
    let Some((date, time)) = text.split_once('T') else {
        return false;
    };
    let time = time.trim_end_matches('Z');
    let clock = time.split(['+', '-']).next().unwrap_or("");
    let clock = clock.split('.').next().unwrap_or("");
    let parts: Vec<&str> = clock.split(':').collect();
    is_date(date)
        && parts.len() == 3
        && parts
            .iter()
            .all(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Every rule a stored proposal keeps: ids, lengths, dates, history, references.
pub fn check(p: &Proposal, catalog: &Catalog) -> Vec<String> {
    let mut problems = Vec::new();
    if !is_id(&p.id) {
        problems.push(format!(
            "id '{}' is not 1 to 64 lowercase letters, digits or hyphens",
            truncate(&p.id)
        ));
    }
    for (name, value) in [("created", &p.created), ("updated", &p.updated)] {
        if !is_timestamp(value) {
            problems.push(format!(
                "{name}: '{}' is not a date and time",
                truncate(value)
            ));
        }
    }
    if p.title.chars().count() > MAX_TITLE {
        problems.push(format!("title: longer than {MAX_TITLE} characters"));
    }
    let texts = [
        ("goals", &p.goals),
        ("opportunities", &p.opportunities),
        ("challenges", &p.challenges),
        ("other_entry_points", &p.other_entry_points),
        ("other_stakeholders", &p.other_stakeholders),
        ("other_funding", &p.other_funding),
        ("notes", &p.notes),
    ];
    for (name, text) in texts {
        if text.chars().count() > MAX_TEXT {
            problems.push(format!("{name}: longer than {MAX_TEXT} characters"));
        }
    }
    let lists = [
        ("cities", p.cities.len()),
        ("sectors", p.sectors.len()),
        ("entry_points", p.entry_points.len()),
        ("stakeholders", p.stakeholders.len()),
        ("funding", p.funding.len()),
        ("milestones", p.milestones.len()),
    ];
    for (name, len) in lists {
        if len > MAX_ITEMS {
            problems.push(format!("{name}: more than {MAX_ITEMS} items"));
        }
    }
    for (i, participant) in p.cities.iter().enumerate() {
        if catalog.city(&participant.city).is_none() {
            problems.push(format!(
                "cities[{i}]: '{}' is not a city of the dataset",
                truncate(&participant.city)
            ));
        }
        if participant.contribution.chars().count() > MAX_TEXT {
            problems.push(format!(
                "cities[{i}].contribution: longer than {MAX_TEXT} characters"
            ));
        }
    }
    for (i, sector) in p.sectors.iter().enumerate() {
        if catalog.sector(sector).is_none() {
            problems.push(format!(
                "sectors[{i}]: '{}' is not a sector of the dataset",
                truncate(sector)
            ));
        }
    }
    for (i, funding) in p.funding.iter().enumerate() {
        if catalog.funding(funding).is_none() {
            problems.push(format!(
                "funding[{i}]: '{}' is not a funding entry of the dataset",
                truncate(funding)
            ));
        }
    }
    for (list, values, known) in [
        ("entry_points", &p.entry_points, &ENTRY_POINTS[..]),
        ("stakeholders", &p.stakeholders, &STAKEHOLDERS[..]),
    ] {
        for (i, value) in values.iter().enumerate() {
            if !known.contains(&value.as_str()) {
                problems.push(format!(
                    "{list}[{i}]: '{}' is not a known value",
                    truncate(value)
                ));
            }
        }
    }
    for (i, milestone) in p.milestones.iter().enumerate() {
        if !milestone.date.is_empty() && !is_date(&milestone.date) {
            problems.push(format!(
                "milestones[{i}].date: '{}' is not a YYYY-MM-DD date",
                truncate(&milestone.date)
            ));
        }
        if milestone.text.chars().count() > MAX_TEXT {
            problems.push(format!(
                "milestones[{i}].text: longer than {MAX_TEXT} characters"
            ));
        }
    }
    if p.history.is_empty() || p.history.len() > MAX_HISTORY {
        problems.push(format!(
            "history: expected 1 to {MAX_HISTORY} status changes"
        ));
    }
    if p.history.last().map(|h| h.status) != Some(p.status) {
        problems.push("history: the last change does not match the status".into());
    }
    if p.history.iter().any(|h| !is_timestamp(&h.at)) {
        problems.push("history: a change has no valid date and time".into());
    }
    if let Some(origin) = &p.origin {
        if origin.reasons.len() > MAX_ITEMS
            || origin.reasons.iter().any(|r| r.chars().count() > MAX_TEXT)
        {
            problems.push("origin.reasons: too many or too long".into());
        }
    }
    problems
}

/// Long values are cut in messages, so a hostile file cannot flood the screen.
fn truncate(text: &str) -> String {
    let mut out: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// A proposal in the file whose id already exists on the device, with different content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub local: Proposal,
    pub incoming: Proposal,
}

/// What importing a checked file would do.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportPlan {
    /// Ids not on the device: stored as they are.
    pub added: Vec<Proposal>,
    /// Ids on the device with identical content: nothing to do.
    pub unchanged: Vec<String>,
    /// The user chooses for each.
    pub conflicts: Vec<Conflict>,
}

pub fn plan(incoming: Vec<Proposal>, existing: &[Proposal]) -> ImportPlan {
    let mut plan = ImportPlan::default();
    for proposal in incoming {
        match existing.iter().find(|e| e.id == proposal.id) {
            None => plan.added.push(proposal),
            Some(local) if same_content(local, &proposal) => plan.unchanged.push(proposal.id),
            Some(local) => plan.conflicts.push(Conflict {
                local: local.clone(),
                incoming: proposal,
            }),
        }
    }
    plan
}

/// Equal apart from the revision counter, which each device keeps for itself.
fn same_content(a: &Proposal, b: &Proposal) -> bool {
    Proposal {
        revision: 0,
        ..a.clone()
    } == Proposal {
        revision: 0,
        ..b.clone()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    KeepMine,
    TakeTheirs,
    /// Keep the local one and add the incoming one under a new id.
    KeepBoth,
}

/// The proposals to write for a resolved conflict. `new_id` names the copy under
/// [`Resolution::KeepBoth`]; `now` dates it.
pub fn resolve(
    conflict: &Conflict,
    resolution: Resolution,
    new_id: &str,
    now: &str,
) -> Vec<Proposal> {
    match resolution {
        Resolution::KeepMine => Vec::new(),
        // The incoming content replaces the local one as its next revision.
        Resolution::TakeTheirs => vec![Proposal {
            revision: conflict.local.revision,
            ..conflict.incoming.clone()
        }],
        Resolution::KeepBoth => vec![Proposal {
            id: new_id.to_string(),
            revision: 0,
            updated: now.to_string(),
            ..conflict.incoming.clone()
        }],
    }
}

/// A copy of `proposal` under `new_id`, for "keep both" after a conflict between tabs.
pub fn duplicate_as(proposal: &Proposal, new_id: &str, now: &str) -> Proposal {
    Proposal {
        id: new_id.to_string(),
        revision: 0,
        created: now.to_string(),
        updated: now.to_string(),
        ..proposal.clone()
    }
}
