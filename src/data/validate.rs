//! Checks a dataset against itself: the rules a JSON Schema cannot express (unique ids, every
//! reference resolves, every fact has a source, numbers in range).
//!
//! Shared by the browser app, which reports a broken file on screen, and by `passerelle-cli
//! validate`, which adds the JSON Schema check.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

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

    /// The dataset's vocabularies must list exactly the values the code knows, or the UI would
    /// show a value without a label.
    fn check_vocabularies(&mut self) {
        let data = self.data;
        let missing: Vec<&str> = REQUIRED_SECTORS
            .iter()
            .copied()
            .filter(|id| !self.sectors.contains(id))
            .collect();
        if !missing.is_empty() {
            self.issue(
                "sectors",
                format!("missing required sectors: {}", missing.join(", ")),
            );
        }
        let mut columns = BTreeSet::new();
        for (i, sector) in data.sectors.iter().enumerate() {
            let path = format!("sectors[{i}]");
            self.text(&path, "name", &sector.name);
            if !self.goals.contains(sector.goal.as_str()) {
                self.issue(
                    format!("{path}.goal"),
                    format!("unknown goal '{}'", sector.goal),
                );
            }
            if !(1..=REQUIRED_SECTORS.len() as u32).contains(&sector.table_a1_column)
                || !columns.insert(sector.table_a1_column)
            {
                self.issue(
                    format!("{path}.table_a1_column"),
                    format!(
                        "column {} is out of 1..=13 or used twice",
                        sector.table_a1_column
                    ),
                );
            }
            self.source(&format!("{path}.source"), &sector.source);
        }
        let expect = |name: &str, have: BTreeSet<&str>, want: Vec<&'static str>| -> Option<Issue> {
            let want: BTreeSet<&str> = want.into_iter().collect();
            (have != want).then(|| Issue {
                path: name.to_string(),
                message: format!(
                    "must list exactly: {}",
                    want.into_iter().collect::<Vec<_>>().join(", ")
                ),
            })
        };
        let checks = [
            expect(
                "stances",
                ids(&data.stances, |s| &s.id),
                Stance::ALL.iter().map(|s| s.id()).collect(),
            ),
            expect(
                "collaboration_modes",
                ids(&data.collaboration_modes, |m| &m.id),
                Mode::ALL.iter().map(|m| m.id()).collect(),
            ),
            expect(
                "partnership_statuses",
                ids(&data.partnership_statuses, |s| &s.id),
                PartnershipStatus::ALL.iter().map(|s| s.id()).collect(),
            ),
            expect(
                "network_types",
                ids(&data.network_types, |t| &t.id),
                NetworkType::ALL.iter().map(|t| t.id()).collect(),
            ),
        ];
        self.issues.extend(checks.into_iter().flatten());
    }

    fn check_city(&mut self, i: usize, city: &City) {
        let path = format!("cities[{i}]");
        let at = |field: &str| format!("{path}.{field}");
        self.text(&path, "name", &city.name);
        self.text(&path, "country", &city.country);
        if !(city.country_code.len() == 2
            && city.country_code.bytes().all(|b| b.is_ascii_uppercase()))
        {
            self.issue(
                at("country_code"),
                format!("'{}' is not a two-letter ISO 3166 code", city.country_code),
            );
        }
        if !(-90.0..=90.0).contains(&city.lat) {
            self.issue(
                at("lat"),
                format!("latitude {} is outside -90..90", number(city.lat)),
            );
        }
        if !(-180.0..=180.0).contains(&city.lon) {
            self.issue(
                at("lon"),
                format!("longitude {} is outside -180..180", number(city.lon)),
            );
        }
        if city.population == Some(0) {
            self.issue(at("population"), "population must be positive or null");
        }
        if let Some(share) = city.migrant_share_pct {
            if !(0.0..=100.0).contains(&share) {
                self.issue(
                    at("migrant_share_pct"),
                    format!("{} is not a percentage", number(share)),
                );
            }
        }
        if let Some(as_of) = &city.as_of {
            if !is_year_month(as_of) {
                self.issue(at("as_of"), format!("'{as_of}' is not a YYYY-MM date"));
            }
        }
        if city.languages.is_empty() {
            self.issue(at("languages"), "list at least one language");
        }
        for (j, language) in city.languages.iter().enumerate() {
            if !(2..=3).contains(&language.len())
                || !language.bytes().all(|b| b.is_ascii_lowercase())
            {
                self.issue(
                    format!("{path}.languages[{j}]"),
                    format!("'{language}' is not an ISO 639 language code"),
                );
            }
        }
        if let Some(mayor) = &city.mayor {
            self.text(&at("mayor"), "name", &mayor.name);
            self.year(&at("mayor.since"), mayor.since);
            self.source(&at("mayor.source"), &mayor.source);
        }
        let sources = &city.sources;
        self.source(&at("sources.named_in"), &sources.named_in);
        self.source(&at("sources.country"), &sources.country);
        self.source(&at("sources.location"), &sources.location);
        self.source(&at("sources.languages"), &sources.languages);
        match &sources.characteristics {
            Some(characteristics) => {
                self.source(&at("sources.characteristics"), characteristics);
                // A Table 1 row gives all of these; a null here means a row was copied in part.
                let table_fields = [
                    ("population", city.population.is_some()),
                    ("population_text", city.population_text.is_some()),
                    ("migrant_share_pct", city.migrant_share_pct.is_some()),
                    ("mayor", city.mayor.is_some()),
                    ("as_of", city.as_of.is_some()),
                ];
                for (field, present) in table_fields {
                    if !present {
                        self.issue(
                            at(field),
                            format!(
                                "city '{}' has a Table 1 row, which gives {field}, but it is null",
                                city.id
                            ),
                        );
                    }
                }
            }
            None => {
                let unsourced = [
                    ("population", city.population.is_some()),
                    ("migrant_share_pct", city.migrant_share_pct.is_some()),
                    ("as_of", city.as_of.is_some()),
                ];
                for (field, present) in unsourced {
                    if present {
                        self.issue(
                            at(field),
                            format!(
                                "city '{}' has {field} but no sources.characteristics to back it",
                                city.id
                            ),
                        );
                    }
                }
            }
        }
        if city.population.is_some() != city.population_text.is_some() {
            self.issue(
                at("population_text"),
                "population and population_text go together",
            );
        }
        for (j, priority) in city.priorities.iter().enumerate() {
            let p = format!("{path}.priorities[{j}]");
            if !self.sectors.contains(priority.sector.as_str()) {
                self.issue(
                    format!("{p}.sector"),
                    format!("unknown sector '{}'", priority.sector),
                );
            }
            self.text(&p, "text", &priority.text);
            self.source(&format!("{p}.source"), &priority.source);
        }
        for (j, challenge) in city.challenges.iter().enumerate() {
            let p = format!("{path}.challenges[{j}]");
            if !self.challenges.contains(challenge.challenge.as_str()) {
                self.issue(
                    format!("{p}.challenge"),
                    format!("unknown challenge '{}'", challenge.challenge),
                );
            }
            self.text(&p, "text", &challenge.text);
            self.source(&format!("{p}.source"), &challenge.source);
        }
        for (j, opportunity) in city.opportunities.iter().enumerate() {
            let p = format!("{path}.opportunities[{j}]");
            if !self
                .opportunities
                .contains(opportunity.opportunity.as_str())
            {
                self.issue(
                    format!("{p}.opportunity"),
                    format!("unknown opportunity '{}'", opportunity.opportunity),
                );
            }
            self.text(&p, "text", &opportunity.text);
            self.source(&format!("{p}.source"), &opportunity.source);
        }
        for (j, initiative) in city.initiatives.iter().enumerate() {
            let p = format!("{path}.initiatives[{j}]");
            self.text(&p, "name", &initiative.name);
            self.text(&p, "text", &initiative.text);
            self.sector_refs(&p, &initiative.sectors);
            self.year(&format!("{p}.since"), initiative.since);
            self.source(&format!("{p}.source"), &initiative.source);
        }
        for (list, facts) in [
            ("covid_responses", &city.covid_responses),
            ("mobility", &city.mobility),
        ] {
            for (j, fact) in facts.iter().enumerate() {
                let p = format!("{path}.{list}[{j}]");
                self.text(&p, "text", &fact.text);
                self.source(&format!("{p}.source"), &fact.source);
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
