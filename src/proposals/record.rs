//! A proposal as a stored [`Record`]: its revision, and every rule a stored proposal keeps,
//! with the limits of [`super::limits`].

use super::limits::{self, Text, HISTORY, ITEMS, TEXT};
use super::model::{Proposal, ENTRY_POINTS, ORIGIN_KINDS, STAKEHOLDERS};
use crate::data::Catalog;
use crate::records::checks::{is_date, is_timestamp};
use crate::records::problems::{echo, Path, ProblemKind, Problems};
use crate::records::Record;

impl Record for Proposal {
    const KIND: &'static str = "proposals";
    type Context = Catalog;

    crate::records::stored_fields!(id);
    fn touch(&mut self, now: String) {
        self.updated = now;
    }
    fn clamp(&mut self) {
        limits::clamp(self);
    }

    fn check_content(&self, catalog: Option<&Catalog>, at: &Path, problems: &mut Problems) {
        let p = self;
        for field in Text::ALL {
            problems.text(&at.field(field.key()), field.get(p), field.limit());
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
            problems.list(&at.field(name), len, ITEMS);
        }
        for (i, participant) in p.cities.iter().enumerate() {
            let here = at.field("cities").item(i);
            if catalog.is_some_and(|c| c.city(&participant.city).is_none()) {
                let city = echo(&participant.city);
                problems.push(here.field("city"), ProblemKind::UnknownCity(city));
            }
            problems.text(&here.field("contribution"), &participant.contribution, TEXT);
        }
        references(p, catalog, at, problems);
        for (list, values, known) in [
            ("entry_points", &p.entry_points, &ENTRY_POINTS[..]),
            ("stakeholders", &p.stakeholders, &STAKEHOLDERS[..]),
        ] {
            for (i, value) in values.iter().enumerate() {
                if !known.contains(&value.as_str()) {
                    let kind = ProblemKind::UnknownValue(echo(value));
                    problems.push(at.field(list).item(i), kind);
                }
            }
        }
        for (i, milestone) in p.milestones.iter().enumerate() {
            let here = at.field("milestones").item(i);
            if !milestone.date.is_empty() && !is_date(&milestone.date) {
                problems.push(here.field("date"), ProblemKind::NotADate);
            }
            problems.text(&here.field("text"), &milestone.text, TEXT);
        }
        let history = at.field("history");
        problems.list(&history, p.history.len(), HISTORY);
        if p.history.last().map(|h| h.status) != Some(p.status) {
            problems.push(history.clone(), ProblemKind::History);
        }
        for (i, change) in p.history.iter().enumerate() {
            if !is_timestamp(&change.at) {
                problems.push(history.item(i).field("at"), ProblemKind::NotADateTime);
            }
        }
        if let Some(origin) = &p.origin {
            let here = at.field("origin");
            if !ORIGIN_KINDS.contains(&origin.kind.as_str()) {
                let kind = ProblemKind::UnknownValue(echo(&origin.kind));
                problems.push(here.field("kind"), kind);
            }
            problems.list(&here.field("reasons"), origin.reasons.len(), ITEMS);
            for (i, reason) in origin.reasons.iter().enumerate() {
                problems.text(&here.field("reasons").item(i), reason, TEXT);
            }
        }
    }
}

/// Sectors and funding must be the dataset's, when it is there to ask.
fn references(p: &Proposal, catalog: Option<&Catalog>, at: &Path, problems: &mut Problems) {
    let Some(catalog) = catalog else { return };
    for (i, sector) in p.sectors.iter().enumerate() {
        if catalog.sector(sector).is_none() {
            let kind = ProblemKind::UnknownSector(echo(sector));
            problems.push(at.field("sectors").item(i), kind);
        }
    }
    for (i, funding) in p.funding.iter().enumerate() {
        if catalog.funding(funding).is_none() {
            let kind = ProblemKind::UnknownFunding(echo(funding));
            problems.push(at.field("funding").item(i), kind);
        }
    }
}
