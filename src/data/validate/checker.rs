//! The state of a check and the rules every part of the dataset shares: slug ids, references
//! that resolve, sources, non-empty texts, plausible years.

use std::collections::BTreeSet;
use std::fmt;

use crate::data::model::{Dataset, SourceRef, REFERENCE_DOC};

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

/// Whether `id` is a lowercase ASCII slug like `waste-management`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// What a check has found so far, and the ids each kind of reference must resolve to.
pub(super) struct Checker<'a> {
    pub(super) data: &'a Dataset,
    pub(super) issues: Vec<Issue>,
    pub(super) docs: BTreeSet<&'a str>,
    pub(super) sectors: BTreeSet<&'a str>,
    pub(super) cities: BTreeSet<&'a str>,
    pub(super) networks: BTreeSet<&'a str>,
    pub(super) funding: BTreeSet<&'a str>,
    pub(super) challenges: BTreeSet<&'a str>,
    pub(super) opportunities: BTreeSet<&'a str>,
    pub(super) goals: BTreeSet<&'a str>,
}

/// The ids of a collection, for resolving references to it.
pub(super) fn ids<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a str) -> BTreeSet<&'a str> {
    items.iter().map(id).collect()
}

impl<'a> Checker<'a> {
    pub(super) fn new(data: &'a Dataset) -> Self {
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

    pub(super) fn issue(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.issues.push(Issue {
            path: path.into(),
            message: message.into(),
        });
    }

    pub(super) fn check_ids<'b>(&mut self, collection: &str, ids: impl Iterator<Item = &'b str>) {
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

    pub(super) fn city_refs(&mut self, path: &str, cities: &[String]) {
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

    pub(super) fn sector_refs(&mut self, path: &str, sectors: &[String]) {
        for (j, sector) in sectors.iter().enumerate() {
            if !self.sectors.contains(sector.as_str()) {
                self.issue(
                    format!("{path}.sectors[{j}]"),
                    format!("unknown sector '{sector}'"),
                );
            }
        }
    }

    pub(super) fn sources(&mut self, path: &str, sources: &[SourceRef]) {
        for (j, source) in sources.iter().enumerate() {
            self.source(&format!("{path}[{j}]"), source);
        }
    }

    pub(super) fn source(&mut self, path: &str, source: &SourceRef) {
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

    pub(super) fn text(&mut self, path: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.issue(format!("{path}.{field}"), "must not be empty");
        }
    }

    pub(super) fn optional_text(&mut self, path: &str, field: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.text(path, field, value);
        }
    }

    pub(super) fn year(&mut self, path: &str, year: Option<i32>) {
        if let Some(year) = year {
            if !(1900..=2100).contains(&year) {
                self.issue(path, format!("{year} is not a plausible year"));
            }
        }
    }
}

/// A number for a message, without pulling float formatting into the browser build.
pub(super) fn number(value: f64) -> String {
    crate::format::decimal(value, 4, &crate::format::ENGLISH)
}

pub fn is_year_month(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 7
        && bytes[4] == b'-'
        && bytes[..4].iter().chain(&bytes[5..]).all(u8::is_ascii_digit)
        && matches!(text[5..].parse::<u8>(), Ok(1..=12))
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
