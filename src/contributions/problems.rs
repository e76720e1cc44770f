//! Typed, located problems found in a contribution file or a share link, capped so that a
//! hostile file cannot flood the screen or the terminal.

use thiserror::Error;

/// At most this many problems are kept; the rest are counted.
pub const MAX_PROBLEMS: usize = 50;

/// What is wrong with one value. The UI words each variant in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProblemKind {
    /// The value has the wrong type, misses a field or has an unknown one (serde's words).
    #[error("{0}")]
    Shape(String),
    #[error("must not be empty")]
    Blank,
    #[error("longer than {max} characters")]
    TooLong { max: usize },
    #[error("more than {max} items")]
    TooMany { max: usize },
    #[error("'{0}' is not a lowercase id like 'kisumu' (letters, digits, single hyphens)")]
    NotId(String),
    #[error("'{0}' is not a YYYY-MM-DD date")]
    NotDate(String),
    #[error("'{0}' is not a YYYY-MM month")]
    NotMonth(String),
    #[error("'{0}' is not a date and time like 2026-11-23T10:00:00Z")]
    NotTimestamp(String),
    #[error("'{0}' is not a two-letter ISO 3166 country code like 'KE'")]
    NotCountryCode(String),
    #[error("'{0}' is not an ISO 639 language code like 'sw'")]
    NotLanguage(String),
    #[error("{value} is outside {range}")]
    OutOfRange { value: String, range: &'static str },
    #[error("'{0}' is not a sector of the dataset")]
    UnknownSector(String),
    #[error("'{0}' is not a network of the dataset (give a new network by name instead)")]
    UnknownNetwork(String),
    #[error("'{0}' is not a city of the dataset")]
    UnknownCity(String),
    #[error("'{0}' appears twice")]
    Twice(String),
    #[error("Table 1 facts describe a city or a region, not a {0}")]
    FactsForKind(&'static str),
    #[error("'{0}' is not a fact a correction can change; see docs/contributions-format.md")]
    NotCorrectable(String),
    #[error("expected {0}")]
    Expected(&'static str),
    /// A shared proposal breaks a rule of the proposals file; the interface words it as it
    /// words an import's problems.
    #[error("{0:?}")]
    Proposal(crate::records::problems::ProblemKind),
}

/// One problem and where it is, e.g. `profiles[0].priorities[2].sector`.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{path}: {kind}")]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

/// The problems found so far: the first [`MAX_PROBLEMS`], and how many more there were.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    pub list: Vec<Problem>,
    pub more: usize,
}

impl Problems {
    pub fn push(&mut self, path: impl Into<String>, kind: ProblemKind) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(Problem {
                path: path.into(),
                kind,
            });
        } else {
            self.more += 1;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Every problem, one line each, and a last line counting those left out.
    pub fn lines(&self) -> Vec<String> {
        let mut lines: Vec<String> = self.list.iter().map(ToString::to_string).collect();
        if self.more > 0 {
            lines.push(format!("… and {} more problem(s)", self.more));
        }
        lines
    }

    /// A non-blank text of at most `max` characters.
    pub fn text(&mut self, path: impl Into<String>, value: &str, max: usize) {
        if value.trim().is_empty() {
            self.push(path, ProblemKind::Blank);
        } else {
            self.length(path, value, max);
        }
    }

    /// A text of at most `max` characters, possibly empty.
    pub fn length(&mut self, path: impl Into<String>, value: &str, max: usize) {
        if value.chars().count() > max {
            self.push(path, ProblemKind::TooLong { max });
        }
    }

    /// A list of at most `max` items.
    pub fn items(&mut self, path: impl Into<String>, len: usize, max: usize) {
        if len > max {
            self.push(path, ProblemKind::TooMany { max });
        }
    }
}
