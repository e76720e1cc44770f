//! The device's profiles for the pages that do not keep them. The Contribute page keeps
//! profiles in IndexedDB; after each change it leaves a copy of them as dataset cities, packed,
//! in the browser's local storage, and the list, the map, the matrix and the Match view add
//! that copy to the dataset they load. Those pages then need neither the profile model, nor its
//! checks, nor IndexedDB (Explore's first load has no bytes to spare for them).
//!
//! The copy is written by the app from profiles that [`super::with_profiles`] accepted, yet it
//! sits where anything on the device could change it, so [`Mirror::add_to`] takes it only if
//! every city is a self-described one that fits the dataset as it is now.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::base64url;
use super::candidates::{document, Extended, SelfDescribed};
use super::profile::ProfileKind;
use crate::data::validate::is_slug;
use crate::data::{pack_as, unpack_as, City, Dataset, PackError, SourceRef, SELF_DESCRIBED_DOC};

/// The first bytes of a packed mirror.
const MAGIC: &[u8; 8] = b"PSRLPROF";

/// Where the pages find the copy in local storage.
pub const MIRROR_KEY: &str = "passerelle.profiles";

/// The device's profiles, as cities of the dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mirror {
    profiles: Vec<Mirrored>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Mirrored {
    city: City,
    kind: ProfileKind,
    located: bool,
    duplicate_of: Option<String>,
    /// The dataset networks it says it belongs to.
    networks: Vec<String>,
}

/// Why the copy was left aside: the pages show the dataset without the profiles and say so.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MirrorError {
    #[error("the copy of this device's profiles is not text the app wrote")]
    NotBase64,
    #[error(transparent)]
    Unpacked(#[from] PackError),
    #[error("the profile {0} does not fit the dataset any more")]
    Misfit(String),
}

impl Mirror {
    /// The profiles `extended` took in.
    pub fn of(extended: &Extended) -> Mirror {
        let data = extended.catalog.data();
        let profiles = extended
            .profiles
            .iter()
            .map(|p| Mirrored {
                city: data.cities[p.city].clone(),
                kind: p.kind,
                located: p.located,
                duplicate_of: p.duplicate_of.clone(),
                networks: data
                    .networks
                    .iter()
                    .filter(|n| n.members.contains(&p.id))
                    .map(|n| n.id.clone())
                    .collect(),
            })
            .collect();
        Mirror { profiles }
    }

    pub fn is_empty(&self) -> bool {
        self.profiles.is_empty()
    }

    /// The text kept in local storage.
    pub fn to_text(&self) -> Result<String, postcard::Error> {
        Ok(base64url::encode(&pack_as(MAGIC, self)?))
    }

    pub fn from_text(text: &str) -> Result<Mirror, MirrorError> {
        let bytes = base64url::decode(text).map_err(|_| MirrorError::NotBase64)?;
        Ok(unpack_as(MAGIC, &bytes)?)
    }

    /// Adds the profiles to `dataset` as [`super::with_profiles`] does, or nothing at all when
    /// one of them does not fit it: an id the dataset has (a maintainer merged the profile), a
    /// sector or network it does not have, or a fact that does not cite the profile itself.
    pub fn add_to(self, dataset: &mut Dataset) -> Result<Vec<SelfDescribed>, MirrorError> {
        for (i, p) in self.profiles.iter().enumerate() {
            let taken = dataset.cities.iter().any(|c| c.id == p.city.id)
                || self.profiles[..i].iter().any(|q| q.city.id == p.city.id);
            let sectors_known = p
                .city
                .priorities
                .iter()
                .all(|s| dataset.sectors.iter().any(|d| d.id == s.sector));
            let networks_known = p
                .networks
                .iter()
                .all(|n| dataset.networks.iter().any(|d| &d.id == n));
            if taken || !is_slug(&p.city.id) || !sectors_known || !networks_known || !fits(&p.city)
            {
                return Err(MirrorError::Misfit(p.city.id.clone()));
            }
        }
        if !self.is_empty() && !dataset.sources.iter().any(|d| d.id == SELF_DESCRIBED_DOC) {
            dataset.sources.push(document());
        }
        let mut described = Vec::new();
        for p in self.profiles {
            for network in dataset
                .networks
                .iter_mut()
                .filter(|n| p.networks.contains(&n.id))
            {
                network.members.push(p.city.id.clone());
            }
            described.push(SelfDescribed {
                id: p.city.id.clone(),
                city: dataset.cities.len(),
                kind: p.kind,
                located: p.located,
                duplicate_of: p.duplicate_of,
            });
            dataset.cities.push(p.city);
        }
        Ok(described)
    }
}

/// A city as a profile makes it ([`super::Profile::to_city`]): every fact its own words, none
/// of the kinds of evidence only the source documents give.
fn fits(city: &City) -> bool {
    let own = |s: &SourceRef| s.doc == SELF_DESCRIBED_DOC;
    let sources = &city.sources;
    !city.participant
        && [
            &sources.named_in,
            &sources.country,
            &sources.location,
            &sources.languages,
        ]
        .into_iter()
        .chain(&sources.characteristics)
        .chain(city.mayor.as_ref().map(|m| &m.source))
        .chain(city.priorities.iter().map(|p| &p.source))
        .all(own)
        && city.challenges.is_empty()
        && city.opportunities.is_empty()
        && city.initiatives.is_empty()
        && city.wishes.is_empty()
        && city.covid_responses.is_empty()
        && city.mobility.is_empty()
}
