//! Checks a dataset against itself: the rules a JSON Schema cannot express (unique ids, every
//! reference resolves, every fact has a source, numbers in range).
//!
//! Shared by the browser app, which reports a broken file on screen, and by `passerelle-cli
//! validate`, which adds the JSON Schema check.

use std::collections::BTreeMap;

mod checker;
mod city;
mod links;
mod vocabularies;

pub use checker::{is_slug, is_year_month, Issue};
pub use vocabularies::REQUIRED_SECTORS;

use crate::data::model::*;
use checker::Checker;

/// Returns every problem found; an empty list means the dataset is consistent.
pub fn check(data: &Dataset) -> Vec<Issue> {
    let mut checker = Checker::new(data);
    checker.run();
    checker.issues
}

impl Checker<'_> {
    fn run(&mut self) {
        let data = self.data;
        if data.schema_version != SCHEMA_VERSION {
            self.issue(
                "schema_version",
                format!(
                    "this app reads schema_version {SCHEMA_VERSION}, the file has {}",
                    data.schema_version
                ),
            );
        }
        self.check_ids("sources", data.sources.iter().map(|d| d.id.as_str()));
        if self.docs.contains(REFERENCE_DOC) {
            self.issue(
                "sources",
                format!("'{REFERENCE_DOC}' is reserved for public reference facts"),
            );
        }
        self.check_ids("goals", data.goals.iter().map(|g| g.id.as_str()));
        self.check_ids("sectors", data.sectors.iter().map(|s| s.id.as_str()));
        self.check_ids("stances", data.stances.iter().map(|s| s.id.as_str()));
        self.check_ids(
            "collaboration_modes",
            data.collaboration_modes.iter().map(|m| m.id.as_str()),
        );
        self.check_ids(
            "partnership_statuses",
            data.partnership_statuses.iter().map(|s| s.id.as_str()),
        );
        self.check_ids(
            "network_types",
            data.network_types.iter().map(|t| t.id.as_str()),
        );
        self.check_ids("challenges", data.challenges.iter().map(|c| c.id.as_str()));
        self.check_ids(
            "opportunities",
            data.opportunities.iter().map(|o| o.id.as_str()),
        );
        self.check_ids("cities", data.cities.iter().map(|c| c.id.as_str()));
        self.check_ids(
            "cities[].initiatives",
            data.cities
                .iter()
                .flat_map(|c| c.initiatives.iter().map(|i| i.id.as_str())),
        );
        self.check_ids(
            "cities[].wishes",
            data.cities
                .iter()
                .flat_map(|c| c.wishes.iter().map(|w| w.id.as_str())),
        );
        self.check_ids("networks", data.networks.iter().map(|n| n.id.as_str()));
        self.check_ids(
            "partnerships",
            data.partnerships.iter().map(|p| p.id.as_str()),
        );
        self.check_ids("funding", data.funding.iter().map(|f| f.id.as_str()));
        self.check_ids("notes", data.notes.iter().map(|n| n.id.as_str()));

        self.check_vocabularies();
        for (collection, terms) in data.vocabularies() {
            for (i, term) in terms.iter().enumerate() {
                let path = format!("{collection}[{i}]");
                self.text(&path, "name", &term.name);
                self.text(&path, "text", &term.text);
                self.source(&format!("{path}.source"), &term.source);
            }
        }
        for (i, document) in data.sources.iter().enumerate() {
            let path = format!("sources[{i}]");
            self.text(&path, "kind", &document.kind);
            // Contributed facts have no file in the seeds.
            if !is_contributed_doc(&document.id) {
                self.text(&path, "file", &document.file);
            }
            for (field, value) in [
                ("title", &document.title),
                ("subtitle", &document.subtitle),
                ("description", &document.description),
                ("publisher", &document.publisher),
                ("licence", &document.licence),
            ] {
                self.optional_text(&path, field, value.as_deref());
            }
            for (j, author) in document.authors.iter().enumerate() {
                self.text(&path, &format!("authors[{j}]"), author);
            }
        }
        for (i, city) in data.cities.iter().enumerate() {
            self.check_city(i, city);
        }
        for (i, network) in data.networks.iter().enumerate() {
            self.check_network(i, network);
        }
        for (i, partnership) in data.partnerships.iter().enumerate() {
            self.check_partnership(i, partnership);
        }
        for (i, funding) in data.funding.iter().enumerate() {
            self.check_funding(i, funding);
        }
        for (i, note) in data.notes.iter().enumerate() {
            let path = format!("notes[{i}]");
            self.text(&path, "text", &note.text);
            self.sources(&format!("{path}.sources"), &note.sources);
        }
    }
}

/// Counts how often each id is used, for the maintainers' summary.
pub fn summary(data: &Dataset) -> BTreeMap<&'static str, usize> {
    BTreeMap::from([
        ("cities", data.cities.len()),
        (
            "participants",
            data.cities.iter().filter(|c| c.participant).count(),
        ),
        (
            "priorities",
            data.cities.iter().map(|c| c.priorities.len()).sum(),
        ),
        ("wishes", data.cities.iter().map(|c| c.wishes.len()).sum()),
        ("networks", data.networks.len()),
        ("partnerships", data.partnerships.len()),
        ("funding", data.funding.len()),
        ("notes", data.notes.len()),
    ])
}
