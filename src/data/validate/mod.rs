//! Checks a dataset against itself: the rules a JSON Schema cannot express (unique ids, every
//! reference resolves, every fact has a source, numbers in range).
//!
//! Shared by the browser app, which reports a broken file on screen, and by `passerelle-cli
//! validate`, which adds the JSON Schema check.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

mod city;
mod vocabularies;

use super::model::*;

/// The sector ids that embed links and saved proposals depend on.
pub const REQUIRED_SECTORS: [&str; 13] = [
    "youth-employment",
    "green-growth",
    "technology",
    "waste-management",
    "creative-industries",
    "tourism",
    "governance",
    "housing",
    "transport-infrastructure",
    "urban-security",
    "asylum-reception",
    "culture",
    "education-employability",
];

/// One problem found in the file, located by its path inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Where in the file, e.g. `cities[3].priorities[2].sector`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Returns every problem found; an empty list means the dataset is consistent.
pub fn check(data: &Dataset) -> Vec<Issue> {
    let mut checker = Checker::new(data);
    checker.run();
    checker.issues
}

pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

struct Checker<'a> {
    data: &'a Dataset,
    issues: Vec<Issue>,
    docs: BTreeSet<&'a str>,
    sectors: BTreeSet<&'a str>,
    cities: BTreeSet<&'a str>,
    networks: BTreeSet<&'a str>,
    funding: BTreeSet<&'a str>,
    challenges: BTreeSet<&'a str>,
    opportunities: BTreeSet<&'a str>,
    goals: BTreeSet<&'a str>,
}

fn ids<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a str) -> BTreeSet<&'a str> {
    items.iter().map(id).collect()
}

impl<'a> Checker<'a> {
    fn new(data: &'a Dataset) -> Self {
        Checker {
            data,
            issues: Vec::new(),
            docs: ids(&data.sources, |d| &d.id),
            sectors: ids(&data.sectors, |s| &s.id),
            cities: ids(&data.cities, |c| &c.id),
            networks: ids(&data.networks, |n| &n.id),
            funding: ids(&data.funding, |f| &f.id),
            challenges: ids(&data.challenges, |c| &c.id),
            opportunities: ids(&data.opportunities, |o| &o.id),
            goals: ids(&data.goals, |g| &g.id),
        }
    }

    fn issue(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.issues.push(Issue {
            path: path.into(),
            message: message.into(),
        });
    }

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
        let vocabularies = [
            ("goals", &data.goals),
            ("collaboration_modes", &data.collaboration_modes),
            ("network_types", &data.network_types),
            ("challenges", &data.challenges),
            ("opportunities", &data.opportunities),
        ];
        for (collection, terms) in vocabularies {
            for (i, term) in terms.iter().enumerate() {
                let path = format!("{collection}[{i}]");
                self.text(&path, "name", &term.name);
                self.text(&path, "text", &term.text);
                self.source(&format!("{path}.source"), &term.source);
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
            let path = format!("funding[{i}]");
            self.text(&path, "name", &funding.name);
            self.text(&path, "text", &funding.text);
            self.text(&path, "funds", &funding.funds);
            self.text(&path, "for_whom", &funding.for_whom);
            self.sector_refs(&path, &funding.sectors);
            for (j, eligibility) in funding.eligibility.iter().enumerate() {
                self.check_eligibility(&format!("{path}.eligibility[{j}]"), eligibility);
            }
            self.year(&format!("{path}.since"), funding.since);
            self.source(&format!("{path}.source"), &funding.source);
            self.sources(&format!("{path}.also_in"), &funding.also_in);
        }
        for (i, note) in data.notes.iter().enumerate() {
            let path = format!("notes[{i}]");
            self.text(&path, "text", &note.text);
            self.sources(&format!("{path}.sources"), &note.sources);
        }
    }

    fn check_ids<'b>(&mut self, collection: &str, ids: impl Iterator<Item = &'b str>) {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{collection}[{i}].id");
            if !is_slug(id) {
                self.issue(
                    &path,
                    format!("'{id}' is not a lowercase ASCII slug like 'waste-management'"),
                );
            }
            if !seen.insert(id) {
                self.issue(&path, format!("id '{id}' is used twice"));
            }
        }
    }

    fn check_network(&mut self, i: usize, network: &Network) {
        let path = format!("networks[{i}]");
        self.text(&path, "name", &network.name);
        self.text(&path, "text", &network.text);
        self.city_refs(&format!("{path}.members"), &network.members);
        self.sector_refs(&path, &network.sectors);
        self.year(&format!("{path}.founded"), network.founded);
        if let Some(type_source) = &network.type_source {
            if network.network_type.is_none() {
                self.issue(format!("{path}.type_source"), "a type_source needs a type");
            }
            self.source(&format!("{path}.type_source"), type_source);
        }
        self.source(&format!("{path}.source"), &network.source);
        self.sources(&format!("{path}.also_in"), &network.also_in);
    }

    fn check_partnership(&mut self, i: usize, partnership: &Partnership) {
        let path = format!("partnerships[{i}]");
        let distinct: BTreeSet<&str> = partnership.cities.iter().map(String::as_str).collect();
        if distinct.len() < 2 {
            self.issue(
                format!("{path}.cities"),
                "a partnership links at least two different cities",
            );
        }
        self.city_refs(&format!("{path}.cities"), &partnership.cities);
        self.sector_refs(&path, &partnership.sectors);
        self.year(&format!("{path}.since"), partnership.since);
        if let Some(network) = &partnership.network {
            if !self.networks.contains(network.as_str()) {
                self.issue(
                    format!("{path}.network"),
                    format!("unknown network '{network}'"),
                );
            }
        }
        for (j, funding) in partnership.funding.iter().enumerate() {
            if !self.funding.contains(funding.as_str()) {
                self.issue(
                    format!("{path}.funding[{j}]"),
                    format!("unknown funding '{funding}'"),
                );
            }
        }
        self.text(&path, "summary", &partnership.summary);
        self.source(&format!("{path}.source"), &partnership.source);
        self.sources(&format!("{path}.also_in"), &partnership.also_in);
    }

    fn check_eligibility(&mut self, path: &str, eligibility: &Eligibility) {
        if eligibility.continents.is_empty() && eligibility.networks.is_empty() {
            self.issue(path, "name at least one continent or network");
        }
        for (k, network) in eligibility.networks.iter().enumerate() {
            if !self.networks.contains(network.as_str()) {
                self.issue(
                    format!("{path}.networks[{k}]"),
                    format!("unknown network '{network}'"),
                );
            }
        }
        self.text(path, "text", &eligibility.text);
        self.source(&format!("{path}.source"), &eligibility.source);
    }

    fn city_refs(&mut self, path: &str, cities: &[String]) {
        let mut seen = BTreeSet::new();
        for (j, city) in cities.iter().enumerate() {
            if !self.cities.contains(city.as_str()) {
                self.issue(format!("{path}[{j}]"), format!("unknown city '{city}'"));
            }
            if !seen.insert(city) {
                self.issue(
                    format!("{path}[{j}]"),
                    format!("city '{city}' is listed twice"),
                );
            }
        }
    }

    fn sector_refs(&mut self, path: &str, sectors: &[String]) {
        for (j, sector) in sectors.iter().enumerate() {
            if !self.sectors.contains(sector.as_str()) {
                self.issue(
                    format!("{path}.sectors[{j}]"),
                    format!("unknown sector '{sector}'"),
                );
            }
        }
    }

    fn sources(&mut self, path: &str, sources: &[SourceRef]) {
        for (j, source) in sources.iter().enumerate() {
            self.source(&format!("{path}[{j}]"), source);
        }
    }

    fn source(&mut self, path: &str, source: &SourceRef) {
        if source.is_reference() {
            return;
        }
        if !self.docs.contains(source.doc.as_str()) {
            self.issue(
                format!("{path}.doc"),
                format!(
                    "unknown document '{}' (use a sources[].id or '{REFERENCE_DOC}')",
                    source.doc
                ),
            );
        }
        if source
            .section
            .as_deref()
            .is_none_or(|s| s.trim().is_empty())
        {
            self.issue(
                format!("{path}.ref"),
                "name the table, box, figure or section the fact stands in",
            );
        }
    }

    fn text(&mut self, path: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.issue(format!("{path}.{field}"), "must not be empty");
        }
    }

    fn year(&mut self, path: &str, year: Option<i32>) {
        if let Some(year) = year {
            if !(1900..=2100).contains(&year) {
                self.issue(path, format!("{year} is not a plausible year"));
            }
        }
    }
}

/// A number for a message, without pulling float formatting into the browser build.
fn number(value: f64) -> String {
    crate::format::decimal(value, 4, &crate::format::ENGLISH)
}

fn is_year_month(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 7
        && bytes[4] == b'-'
        && bytes[..4].iter().chain(&bytes[5..]).all(u8::is_ascii_digit)
        && matches!(text[5..].parse::<u8>(), Ok(1..=12))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("waste-management"));
        assert!(is_slug("c40"));
        assert!(!is_slug("Zurich"));
        assert!(!is_slug("zürich"));
        assert!(!is_slug("-a"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug(""));
    }

    #[test]
    fn year_months() {
        assert!(is_year_month("2020-08"));
        assert!(!is_year_month("2020-13"));
        assert!(!is_year_month("2020-8"));
        assert!(!is_year_month("August 2020"));
    }
}
