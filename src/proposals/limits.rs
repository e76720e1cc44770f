//! How much a proposal may hold: the one set of limits the editor keeps (its fields cannot go
//! past them, and text that arrives by paste or drop is cut in the model) and the importer
//! checks, so that whatever the editor saves, an import accepts.

use super::model::{Proposal, ORIGIN_KINDS};
use crate::format::truncate;
use crate::records::checks::is_date;

pub const TITLE: usize = 300;
/// Every other text: goals, notes, contributions, milestones, the "other" fields.
pub const TEXT: usize = 20_000;
/// Every list: cities, sectors, entry points, stakeholders, funding, milestones, reasons.
pub const ITEMS: usize = 100;
/// Status changes kept in the history.
pub const HISTORY: usize = 1_000;
/// A file of proposals.
pub const FILE_BYTES: usize = 10 * 1024 * 1024;
pub const PER_FILE: usize = 5_000;

/// The free-text fields of a proposal, for the editor's text fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    Title,
    Goals,
    Opportunities,
    Challenges,
    OtherEntryPoints,
    OtherStakeholders,
    OtherFunding,
    Notes,
}

impl Text {
    pub const ALL: [Text; 8] = [
        Text::Title,
        Text::Goals,
        Text::Opportunities,
        Text::Challenges,
        Text::OtherEntryPoints,
        Text::OtherStakeholders,
        Text::OtherFunding,
        Text::Notes,
    ];

    /// The field's name in files.
    pub fn key(self) -> &'static str {
        match self {
            Text::Title => "title",
            Text::Goals => "goals",
            Text::Opportunities => "opportunities",
            Text::Challenges => "challenges",
            Text::OtherEntryPoints => "other_entry_points",
            Text::OtherStakeholders => "other_stakeholders",
            Text::OtherFunding => "other_funding",
            Text::Notes => "notes",
        }
    }

    /// At most this many characters.
    pub fn limit(self) -> usize {
        match self {
            Text::Title => TITLE,
            _ => TEXT,
        }
    }

    pub fn get(self, p: &Proposal) -> &str {
        match self {
            Text::Title => &p.title,
            Text::Goals => &p.goals,
            Text::Opportunities => &p.opportunities,
            Text::Challenges => &p.challenges,
            Text::OtherEntryPoints => &p.other_entry_points,
            Text::OtherStakeholders => &p.other_stakeholders,
            Text::OtherFunding => &p.other_funding,
            Text::Notes => &p.notes,
        }
    }

    fn slot(self, p: &mut Proposal) -> &mut String {
        match self {
            Text::Title => &mut p.title,
            Text::Goals => &mut p.goals,
            Text::Opportunities => &mut p.opportunities,
            Text::Challenges => &mut p.challenges,
            Text::OtherEntryPoints => &mut p.other_entry_points,
            Text::OtherStakeholders => &mut p.other_stakeholders,
            Text::OtherFunding => &mut p.other_funding,
            Text::Notes => &mut p.notes,
        }
    }

    /// Sets the field, cut to its limit.
    pub fn set(self, p: &mut Proposal, value: String) {
        *self.slot(p) = cut(value, self.limit());
    }
}

/// `text` cut to at most `limit` characters.
pub fn cut(mut text: String, limit: usize) -> String {
    truncate(&mut text, limit);
    text
}

/// The proposal brought within every limit, as the editor keeps it after each change: texts
/// and lists cut, a milestone date that is not a calendar date (a browser's date field allows
/// year 275760) left empty, the oldest status changes past [`HISTORY`] dropped (the first, the
/// creation, is kept), and an unknown origin read as "empty".
pub fn clamp(p: &mut Proposal) {
    for field in Text::ALL {
        truncate(field.slot(p), field.limit());
    }
    p.cities.truncate(ITEMS);
    for city in &mut p.cities {
        truncate(&mut city.contribution, TEXT);
    }
    for list in [
        &mut p.sectors,
        &mut p.entry_points,
        &mut p.stakeholders,
        &mut p.funding,
    ] {
        list.truncate(ITEMS);
    }
    p.milestones.truncate(ITEMS);
    for milestone in &mut p.milestones {
        truncate(&mut milestone.text, TEXT);
        if !milestone.date.is_empty() && !is_date(&milestone.date) {
            milestone.date.clear();
        }
    }
    if p.history.len() > HISTORY {
        p.history.drain(1..=p.history.len() - HISTORY);
    }
    if let Some(origin) = &mut p.origin {
        if !ORIGIN_KINDS.contains(&origin.kind.as_str()) {
            origin.kind = ORIGIN_KINDS[0].into();
        }
        origin.reasons.truncate(ITEMS);
        for reason in &mut origin.reasons {
            truncate(reason, TEXT);
        }
    }
}
