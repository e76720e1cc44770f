//! A partnership proposal, shaped on the Milan–Freetown case of Box 3 of the first source: the
//! cities and what each contributes, sectors, mode, goals, opportunities, challenges, entry
//! points for impact, stakeholders, possible funding, dated milestones and notes, with a status
//! whose every change is dated in a history.

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

use crate::data::Mode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum Status {
    Idea,
    Draft,
    UnderDiscussion,
    Agreed,
    Active,
    Completed,
    Paused,
    Dropped,
}

impl Status {
    /// The main path, in order; paused and dropped stand beside it.
    pub const PATH: [Status; 6] = [
        Status::Idea,
        Status::Draft,
        Status::UnderDiscussion,
        Status::Agreed,
        Status::Active,
        Status::Completed,
    ];
}

/// Entry points for impact named in Box 3, and the further ones the workspace offers.
pub const ENTRY_POINTS: [&str; 6] = [
    "training",
    "mentorship",
    "entrepreneurship",
    "womens-empowerment",
    "sustainability",
    "circular-mobility",
];

/// Stakeholders named in Box 3, and diaspora organisations, which the second source asks cities
/// to involve.
pub const STAKEHOLDERS: [&str; 8] = [
    "city-departments",
    "municipal-companies",
    "ngos",
    "universities",
    "students",
    "private-sector",
    "diaspora-organisations",
    "civil-society",
];

/// Where a proposal can start: from nothing, a city's profile, a match or a cluster of cities.
pub const ORIGIN_KINDS: [&str; 4] = ["empty", "profile", "match", "cluster"];

/// A city taking part and what it brings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// A city id of the dataset.
    pub city: String,
    #[serde(default)]
    pub contribution: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// `YYYY-MM-DD`, or empty while the user has not chosen one.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub status: Status,
    /// RFC 3339 UTC timestamp.
    pub at: String,
}

/// Where a proposal started, kept as context for its authors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Origin {
    /// `"empty"`, `"profile"`, `"match"` or `"cluster"`.
    pub kind: String,
    /// The match reasons in plain words, with their sources, at the time it started.
    #[serde(default)]
    pub reasons: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    pub id: String,
    /// Counts saves, so that a save made from a stale copy (another tab) is detected.
    pub revision: u64,
    /// RFC 3339 UTC timestamps.
    pub created: String,
    pub updated: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub cities: Vec<Participant>,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub mode: Option<Mode>,
    #[serde(default)]
    pub goals: String,
    #[serde(default)]
    pub opportunities: String,
    #[serde(default)]
    pub challenges: String,
    /// Ids from [`ENTRY_POINTS`].
    #[serde(default)]
    pub entry_points: Vec<String>,
    #[serde(default)]
    pub other_entry_points: String,
    /// Ids from [`STAKEHOLDERS`].
    #[serde(default)]
    pub stakeholders: Vec<String>,
    #[serde(default)]
    pub other_stakeholders: String,
    /// Funding ids of the dataset.
    #[serde(default)]
    pub funding: Vec<String>,
    #[serde(default)]
    pub other_funding: String,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    #[serde(default)]
    pub notes: String,
    pub status: Status,
    pub history: Vec<StatusChange>,
    #[serde(default)]
    pub origin: Option<Origin>,
}

impl Proposal {
    /// A new proposal with the `idea` status recorded at `now`.
    pub fn new(id: impl Into<String>, now: &str) -> Proposal {
        Proposal {
            id: id.into(),
            revision: 0,
            created: now.to_string(),
            updated: now.to_string(),
            title: String::new(),
            cities: Vec::new(),
            sectors: Vec::new(),
            mode: None,
            goals: String::new(),
            opportunities: String::new(),
            challenges: String::new(),
            entry_points: Vec::new(),
            other_entry_points: String::new(),
            stakeholders: Vec::new(),
            other_stakeholders: String::new(),
            funding: Vec::new(),
            other_funding: String::new(),
            milestones: Vec::new(),
            notes: String::new(),
            status: Status::Idea,
            history: vec![StatusChange {
                status: Status::Idea,
                at: now.to_string(),
            }],
            origin: None,
        }
    }

    pub fn city_ids(&self) -> impl Iterator<Item = &str> {
        self.cities.iter().map(|p| p.city.as_str())
    }

    /// Adds a city once; returns whether it was added.
    pub fn add_city(&mut self, city: &str) -> bool {
        if self.city_ids().any(|c| c == city) {
            return false;
        }
        self.cities.push(Participant {
            city: city.to_string(),
            contribution: String::new(),
        });
        true
    }
}
