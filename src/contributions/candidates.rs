//! The device's profiles as candidates of the match engine: the dataset extended with one city
//! per profile, whose every fact cites the `self-described` document with the profile's date.
//!
//! The engine, the list and the map then need no notion of a profile: a self-described city is
//! ranked, explained and drawn like any other, and every reason built on its words carries a
//! source whose `doc` says they are its own ([`crate::data::SourceRef::is_contributed`]). What
//! only profiles have (their kind, whether they have a location, a dataset city of the same
//! name) stays beside the catalog in [`SelfDescribed`].

use std::collections::BTreeSet;

use super::check::{check_profile, duplicate_of};
use super::problems::{Problem, Problems};
use super::profile::{Profile, ProfileKind};
use crate::data::{self, Catalog, DatasetError, Document, SourceRef, SELF_DESCRIBED_DOC};

/// A profile that became a city of the extended catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelfDescribed {
    /// The profile's id, which is also its city id.
    pub id: String,
    /// Its position in the extended catalog's cities.
    pub city: usize,
    pub kind: ProfileKind,
    /// Whether it gave a location; the map leaves it out otherwise.
    pub located: bool,
    /// A dataset city of the same name (case and accents aside): the profile may duplicate it.
    pub duplicate_of: Option<String>,
}

/// Why a profile on the device was left out of the catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Excluded {
    /// The dataset now has a city with its id (a maintainer merged it, or chose the same id).
    IdTaken,
    /// It breaks a rule against this dataset (a sector or network the dataset no longer has).
    Invalid(Vec<Problem>),
}

/// The dataset with the device's profiles as cities.
#[derive(Debug, Clone, PartialEq)]
pub struct Extended {
    pub catalog: Catalog,
    pub profiles: Vec<SelfDescribed>,
    /// Profiles left out, by id, and why.
    pub excluded: Vec<(String, Excluded)>,
}

impl Extended {
    /// The profile behind a city of the extended catalog, if it is one.
    pub fn profile_at(&self, city: usize) -> Option<&SelfDescribed> {
        self.profiles.iter().find(|p| p.city == city)
    }
}

/// The source of every fact of a profile: what it says itself, on the day it said it.
pub fn self_described(profile: &Profile) -> SourceRef {
    SourceRef {
        doc: SELF_DESCRIBED_DOC.into(),
        section: Some(profile.date.clone()),
    }
}

/// The `self-described` entry of the extended dataset's documents, which its facts cite.
pub(super) fn document() -> Document {
    Document {
        id: SELF_DESCRIBED_DOC.into(),
        title: Some("Self-described profiles".into()),
        subtitle: None,
        description: Some(
            "What cities and partner organisations say about themselves on this device, in their own words; not checked against the sources."
                .into(),
        ),
        authors: Vec::new(),
        publisher: None,
        date: None,
        kind: "Self-described".into(),
        licence: None,
        file: String::new(),
    }
}

/// `catalog` extended with every valid profile whose id is free, each a city a match can focus
/// on and rank. Profiles that cannot be added are listed in [`Extended::excluded`]; an error
/// means the extension broke a dataset rule the profile checks do not cover (a bug).
pub fn with_profiles(catalog: &Catalog, profiles: &[Profile]) -> Result<Extended, DatasetError> {
    let mut dataset = catalog.data().clone();
    let mut added = Vec::new();
    let mut excluded = Vec::new();
    let mut ids = BTreeSet::new();
    for profile in profiles {
        let mut problems = Problems::default();
        check_profile(profile, catalog, "profile", &mut problems);
        if catalog.city(&profile.id).is_some() || !ids.insert(profile.id.as_str()) {
            excluded.push((profile.id.clone(), Excluded::IdTaken));
        } else if !problems.is_empty() {
            excluded.push((profile.id.clone(), Excluded::Invalid(problems.list)));
        } else {
            added.push((
                profile,
                duplicate_of(profile, catalog).map(|c| c.id.clone()),
            ));
        }
    }
    if !added.is_empty() && !dataset.sources.iter().any(|d| d.id == SELF_DESCRIBED_DOC) {
        dataset.sources.push(document());
    }
    let mut described = Vec::new();
    for (profile, duplicate) in added {
        for network in profile.dataset_networks() {
            let network = dataset.networks.iter_mut().find(|n| n.id == network);
            if let Some(n) = network.filter(|n| !n.members.contains(&profile.id)) {
                n.members.push(profile.id.clone());
            }
        }
        described.push(SelfDescribed {
            id: profile.id.clone(),
            city: dataset.cities.len(),
            kind: profile.kind,
            located: profile.location.is_some(),
            duplicate_of: duplicate,
        });
        dataset
            .cities
            .push(profile.to_city(&self_described(profile)));
    }
    Ok(Extended {
        catalog: data::from_dataset(dataset)?,
        profiles: described,
        excluded,
    })
}
