//! The list of proposals: search and filters, and the progress overview.

use std::collections::BTreeMap;

use super::model::{Proposal, Status};
use crate::data::Catalog;
use crate::id::VariantArray;
use crate::search::fold;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProposalFilter {
    pub query: String,
    /// Empty means every status.
    pub statuses: Vec<Status>,
    pub city: Option<String>,
    pub sector: Option<String>,
}

fn searchable(p: &Proposal, catalog: &Catalog) -> String {
    let mut text = vec![p.title.clone(), p.goals.clone(), p.notes.clone()];
    text.extend(p.city_ids().map(|c| {
        catalog
            .city(c)
            .map_or_else(|| c.to_string(), |c| c.name.clone())
    }));
    text.extend(p.sectors.iter().map(|s| {
        catalog
            .sector(s)
            .map_or_else(|| s.clone(), |s| s.name.clone())
    }));
    fold(&text.join(" "))
}

/// The proposals that pass the filter, most recently updated first (then by id).
pub fn filter<'a>(
    proposals: &'a [Proposal],
    catalog: &Catalog,
    f: &ProposalFilter,
) -> Vec<&'a Proposal> {
    let words: Vec<String> = fold(&f.query)
        .split_whitespace()
        .map(String::from)
        .collect();
    let mut out: Vec<&Proposal> = proposals
        .iter()
        .filter(|p| f.statuses.is_empty() || f.statuses.contains(&p.status))
        .filter(|p| {
            f.city
                .as_ref()
                .is_none_or(|c| p.city_ids().any(|id| id == c))
        })
        .filter(|p| f.sector.as_ref().is_none_or(|s| p.sectors.contains(s)))
        .filter(|p| {
            if words.is_empty() {
                return true;
            }
            let text = searchable(p, catalog);
            words.iter().all(|w| text.contains(w.as_str()))
        })
        .collect();
    crate::order::sort_by(&mut out, |a, b| {
        b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id))
    });
    out
}

/// How many proposals are at each status, in the order of [`Status::VARIANTS`].
pub fn progress(proposals: &[Proposal]) -> Vec<(Status, usize)> {
    let mut counts: BTreeMap<Status, usize> = BTreeMap::new();
    for p in proposals {
        *counts.entry(p.status).or_default() += 1;
    }
    Status::VARIANTS
        .iter()
        .copied()
        .map(|s| (s, counts.get(&s).copied().unwrap_or(0)))
        .collect()
}

/// A dated status change of one proposal, for the "what changed recently" list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub proposal: String,
    pub title: String,
    pub status: Status,
    pub at: String,
}

/// The `limit` most recent status changes across all proposals, newest first.
pub fn recent_changes(proposals: &[Proposal], limit: usize) -> Vec<Change> {
    let mut changes: Vec<Change> = proposals
        .iter()
        .flat_map(|p| {
            p.history.iter().map(move |h| Change {
                proposal: p.id.clone(),
                title: p.title.clone(),
                status: h.status,
                at: h.at.clone(),
            })
        })
        .collect();
    crate::order::sort_by(&mut changes, |a, b| {
        b.at.cmp(&a.at)
            .then_with(|| a.proposal.cmp(&b.proposal))
            .then_with(|| a.status.cmp(&b.status))
    });
    changes.truncate(limit);
    changes
}
