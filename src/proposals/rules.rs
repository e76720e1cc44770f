//! What may happen to a proposal: status changes, what is incomplete, and what it would
//! duplicate.

use thiserror::Error;

use super::model::{Proposal, Status, StatusChange};
use crate::data::Catalog;
use crate::id::Id;
use crate::records::checks::is_date;

/// The statuses a proposal may move to from where it is, in display order.
///
/// Along idea → draft → under discussion → agreed → active → completed a proposal moves one
/// step forward or back. It can be paused from draft to active and resumes where it was paused;
/// it can be dropped unless completed, and a dropped proposal can only start again as an idea.
pub fn next_statuses(proposal: &Proposal) -> Vec<Status> {
    let current = proposal.status;
    let path_position = Status::PATH.iter().position(|s| *s == current);
    let mut next = Vec::new();
    match current {
        Status::Paused => next.extend(status_before_pause(proposal)),
        Status::Dropped => next.push(Status::Idea),
        _ => {
            if let Some(i) = path_position {
                if i > 0 {
                    next.push(Status::PATH[i - 1]);
                }
                if let Some(forward) = Status::PATH.get(i + 1) {
                    next.push(*forward);
                }
            }
            if matches!(
                current,
                Status::Draft | Status::UnderDiscussion | Status::Agreed | Status::Active
            ) {
                next.push(Status::Paused);
            }
            if current != Status::Completed {
                next.push(Status::Dropped);
            }
        }
    }
    next
}

/// The status a paused proposal resumes to: the last one before the pause.
fn status_before_pause(proposal: &Proposal) -> Option<Status> {
    proposal
        .history
        .iter()
        .rev()
        .map(|change| change.status)
        .find(|s| *s != Status::Paused)
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StatusError {
    #[error("a proposal cannot go from {} to {} directly", .from.id(), .to.id())]
    NotAllowed { from: Status, to: Status },
}

/// Moves the proposal to `to`, recording the change at `now`.
pub fn change_status(proposal: &mut Proposal, to: Status, now: &str) -> Result<(), StatusError> {
    if !next_statuses(proposal).contains(&to) {
        return Err(StatusError::NotAllowed {
            from: proposal.status,
            to,
        });
    }
    proposal.status = to;
    proposal.history.push(StatusChange {
        status: to,
        at: now.to_string(),
    });
    Ok(())
}

/// Something the author should complete or check before sharing the proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gap {
    NoTitle,
    /// A partnership needs at least two cities.
    FewerThanTwoCities,
    /// A city that is not (or no longer) in the dataset.
    UnknownCity(String),
    UnknownSector(String),
    UnknownFunding(String),
    /// A milestone's date is not a calendar date (`YYYY-MM-DD`).
    BadMilestoneDate(usize),
}

pub fn gaps(proposal: &Proposal, catalog: &Catalog) -> Vec<Gap> {
    let mut gaps = Vec::new();
    if proposal.title.trim().is_empty() {
        gaps.push(Gap::NoTitle);
    }
    if proposal.cities.len() < 2 {
        gaps.push(Gap::FewerThanTwoCities);
    }
    gaps.extend(
        proposal
            .city_ids()
            .filter(|c| catalog.city(c).is_none())
            .map(|c| Gap::UnknownCity(c.to_string())),
    );
    gaps.extend(
        proposal
            .sectors
            .iter()
            .filter(|s| catalog.sector(s).is_none())
            .map(|s| Gap::UnknownSector(s.clone())),
    );
    gaps.extend(
        proposal
            .funding
            .iter()
            .filter(|f| catalog.funding(f).is_none())
            .map(|f| Gap::UnknownFunding(f.clone())),
    );
    gaps.extend(
        proposal
            .milestones
            .iter()
            .enumerate()
            .filter(|(_, m)| !m.date.is_empty() && !is_date(&m.date))
            .map(|(i, _)| Gap::BadMilestoneDate(i)),
    );
    gaps
}

/// An existing partnership of the dataset or another proposal that this proposal repeats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Duplicate {
    Partnership(String),
    Proposal(String),
}

/// Partnerships and other proposals that bring at least two of the same cities together in a
/// shared sector: Dakar warned against duplicating what exists.
pub fn duplicates(proposal: &Proposal, catalog: &Catalog, others: &[Proposal]) -> Vec<Duplicate> {
    let cities: Vec<&str> = proposal.city_ids().collect();
    let overlaps = |other_cities: &mut dyn Iterator<Item = &str>, other_sectors: &[String]| {
        other_cities.filter(|c| cities.contains(c)).count() >= 2
            && other_sectors.iter().any(|s| proposal.sectors.contains(s))
    };
    let mut found: Vec<Duplicate> = catalog
        .partnerships()
        .iter()
        .filter(|p| overlaps(&mut p.cities.iter().map(String::as_str), &p.sectors))
        .map(|p| Duplicate::Partnership(p.id.clone()))
        .collect();
    found.extend(
        others
            .iter()
            .filter(|o| o.id != proposal.id && o.status != Status::Dropped)
            .filter(|o| overlaps(&mut o.city_ids(), &o.sectors))
            .map(|o| Duplicate::Proposal(o.id.clone())),
    );
    found
}
