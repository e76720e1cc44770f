//! What is wrong in a file, as typed values: where (`proposals[2].title`) and what (too long,
//! not a date, unknown field…), so that the interface can say each in the user's language. A
//! hostile file may hold millions of problems: only the first [`MAX_SHOWN`] are kept, the rest
//! counted.

use std::fmt;

use crate::format::clip;

/// How many problems a refusal lists; the others are counted.
pub const MAX_SHOWN: usize = 50;
/// How many characters of a value from the file a problem repeats.
pub const MAX_ECHO: usize = 40;

/// One step into a file: a field by name or an item of a list by position (from 0).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Field(String),
    Item(usize),
}

/// Where in a file: the steps from its top.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Path(pub Vec<Step>);

impl Path {
    pub fn field(&self, name: &str) -> Path {
        let mut steps = self.0.clone();
        steps.push(Step::Field(clip(name, MAX_ECHO).into_owned()));
        Path(steps)
    }

    pub fn item(&self, index: usize) -> Path {
        let mut steps = self.0.clone();
        steps.push(Step::Item(index));
        Path(steps)
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Field(name) if i == 0 => write!(f, "{name}")?,
                Step::Field(name) => write!(f, ".{name}")?,
                Step::Item(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// The kind of value a field holds, for "expected …" problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Text,
    WholeNumber,
    YesNo,
    List,
    Group,
}

/// What a file gets wrong at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// Text longer than `limit` characters.
    TooLong {
        limit: usize,
    },
    /// A list of more than `limit` items.
    TooMany {
        limit: usize,
    },
    /// Not a `YYYY-MM-DD` calendar date.
    NotADate,
    /// Not a UTC date and time as `toISOString` writes it, between the years 1970 and 9999.
    NotADateTime,
    /// Not 1 to 64 lowercase letters, digits or hyphens.
    NotAnId,
    /// A whole number above `limit` (what a browser can count exactly).
    NumberTooLarge {
        limit: u64,
    },
    /// A field the format does not have (its name, cut).
    UnknownField(String),
    /// A field the format requires.
    Missing(String),
    /// A value of the wrong kind.
    WrongType(Expected),
    /// A value outside a fixed list (a status, an entry point).
    UnknownValue(String),
    UnknownCity(String),
    UnknownSector(String),
    UnknownFunding(String),
    /// The same id twice in one file.
    DuplicateId(String),
    /// A history without changes, or whose last change is not the current status.
    History,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: Path,
    pub kind: ProblemKind,
}

impl fmt::Display for Problem {
    /// A technical English summary for the console and the tests; the interface words each
    /// kind itself.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {:?}", self.path, self.kind)
    }
}

/// Problems as they are found, capped: the first [`MAX_SHOWN`] kept, the others counted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    pub shown: Vec<Problem>,
    /// How many more were found.
    pub more: usize,
}

impl Problems {
    pub fn push(&mut self, path: Path, kind: ProblemKind) {
        if self.shown.len() < MAX_SHOWN {
            self.shown.push(Problem { path, kind });
        } else {
            self.more += 1;
        }
    }

    /// A problem at `path` if `text` is over `limit` characters.
    pub fn text(&mut self, path: &Path, text: &str, limit: usize) {
        if text.chars().nth(limit).is_some() {
            self.push(path.clone(), ProblemKind::TooLong { limit });
        }
    }

    /// A problem at `path` if `len` items are over `limit`.
    pub fn list(&mut self, path: &Path, len: usize, limit: usize) {
        if len > limit {
            self.push(path.clone(), ProblemKind::TooMany { limit });
        }
    }

    pub fn is_empty(&self) -> bool {
        self.shown.is_empty()
    }

    pub fn total(&self) -> usize {
        self.shown.len() + self.more
    }
}

/// A value from the file, cut for a message.
pub fn echo(value: &str) -> String {
    clip(value, MAX_ECHO).into_owned()
}
