//! A profile as a record the device keeps ([`crate::records::Record`]): the profile as the
//! contribution file writes it, and beside it what only the device needs (its revision, when it
//! was created and changed). Keeping them apart leaves the contribution format free of device
//! bookkeeping, so an exported or shared profile never carries a revision.
//!
//! A profile being written may be incomplete (no language yet, a blank priority): storage keeps
//! it as it is, within its limits; [`super::check_profile`] says what still stops it from being
//! matched or exported.

use serde::{Deserialize, Serialize};

use super::check::{check_profile, MAX_ID, MAX_ITEMS, MAX_NAME, MAX_WORDS};
use super::problems::{self as found, Problem};
use super::profile::{NetworkRef, Profile, ProfileKind};
use crate::data::{Catalog, Continent};
use crate::format::{clip, truncate};
use crate::records::problems::{echo, Path, ProblemKind, Problems};
use crate::records::Record;
use crate::search::fold;

/// A profile kept on this device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedProfile {
    pub profile: Profile,
    #[serde(default)]
    pub revision: u64,
    pub created: String,
    pub updated: String,
}

impl SavedProfile {
    /// A new profile named `name`, described `now` (an ISO date-time), under an id that is
    /// none of `taken` (see [`profile_id`]).
    pub fn new(name: &str, kind: ProfileKind, taken: &[&str], random: u32, now: &str) -> Self {
        let name: String = clip(name.trim(), MAX_NAME).into_owned();
        SavedProfile {
            profile: Profile {
                id: profile_id(&name, taken, random),
                name,
                kind,
                country: String::new(),
                country_code: String::new(),
                continent: Continent::Africa,
                location: None,
                languages: Vec::new(),
                networks: Vec::new(),
                priorities: Vec::new(),
                facts: None,
                date: day(now),
            },
            revision: 0,
            created: now.to_string(),
            updated: now.to_string(),
        }
    }
}

/// The day of an ISO date-time.
fn day(now: &str) -> String {
    now.get(..10).unwrap_or(now).to_string()
}

/// The id a new profile takes: its name as a slug (`Kisumu` → `kisumu`, `Saint-Étienne` →
/// `saint-etienne`), which becomes its city id if a maintainer merges it; a number is added when
/// `taken` (the dataset's cities, the device's profiles) has it. A name with no Latin letter or
/// digit takes `profile-` and `random` in hex.
pub fn profile_id(name: &str, taken: &[&str], random: u32) -> String {
    let mut slug = String::new();
    for c in fold(name).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    // Room for a "-99" suffix within the id's limit.
    slug.truncate(MAX_ID - 4);
    let slug = slug.trim_end_matches('-');
    let base = if slug.is_empty() {
        format!("profile-{random:08x}")
    } else {
        slug.to_string()
    };
    (1..)
        .map(|n| match n {
            1 => base.clone(),
            n => format!("{base}-{n}"),
        })
        .find(|id| !taken.contains(&id.as_str()))
        .unwrap_or(base)
}

impl Record for SavedProfile {
    const KIND: &'static str = "profiles";
    type Context = Catalog;

    crate::records::stored_fields!(profile.id);
    /// A change is a new description: the profile's date follows it.
    fn touch(&mut self, now: String) {
        self.profile.date = day(&now);
        self.updated = now;
    }

    /// Through serde_json: the records reader takes no enum variant with data, and teaching it
    /// would cost every page that reads proposals (the Workspace) the code.
    fn from_stored(value: &serde_json::Value) -> Option<Self> {
        SavedProfile::deserialize(value).ok()
    }

    fn clamp(&mut self) {
        let p = &mut self.profile;
        for text in [&mut p.name, &mut p.country] {
            truncate(text, MAX_NAME);
        }
        p.languages.truncate(MAX_ITEMS);
        p.networks.truncate(MAX_ITEMS);
        p.priorities.truncate(MAX_ITEMS);
        for network in &mut p.networks {
            if let NetworkRef::New(name) = network {
                truncate(name, MAX_NAME);
            }
        }
        for priority in &mut p.priorities {
            truncate(&mut priority.text, MAX_WORDS);
        }
        if let Some(facts) = &mut p.facts {
            truncate(&mut facts.mayor, MAX_NAME);
        }
    }

    /// What storage needs of a record, and the profile's rules apart from those a profile
    /// being written breaks on the way (blank texts and country code, no language yet).
    fn check_content(&self, catalog: Option<&Catalog>, at: &Path, problems: &mut Problems) {
        let Some(catalog) = catalog else { return };
        let mut found = found::Problems::default();
        check_profile(&self.profile, catalog, "profile", &mut found);
        for Problem { path, kind } in found.list {
            let kind = match kind {
                found::ProblemKind::Blank | found::ProblemKind::Expected(_) => continue,
                found::ProblemKind::NotCountryCode(code) if code.is_empty() => continue,
                found::ProblemKind::TooLong { max } => ProblemKind::TooLong { limit: max },
                found::ProblemKind::TooMany { max } => ProblemKind::TooMany { limit: max },
                found::ProblemKind::NotId(_) => ProblemKind::NotAnId,
                found::ProblemKind::NotDate(_) => ProblemKind::NotADate,
                found::ProblemKind::UnknownSector(sector) => ProblemKind::UnknownSector(sector),
                found::ProblemKind::UnknownCity(city) => ProblemKind::UnknownCity(city),
                other => ProblemKind::UnknownValue(echo(&other.to_string())),
            };
            problems.push(at.field(&path), kind);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_name_and_avoid_those_taken() {
        assert_eq!(profile_id("Kisumu", &[], 1), "kisumu");
        assert_eq!(profile_id("  Saint-Étienne ", &[], 1), "saint-etienne");
        assert_eq!(profile_id("Kisumu", &["kisumu"], 1), "kisumu-2");
        assert_eq!(profile_id("Κισούμου", &[], 0xab), "profile-000000ab");
        assert_eq!(profile_id("UCLG Africa!", &[], 1), "uclg-africa");
        let long = profile_id(&"a".repeat(500), &[], 1);
        assert!(long.len() <= MAX_ID && crate::data::validate::is_slug(&long));
    }
}
