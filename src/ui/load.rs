//! Loading the dataset the app shows: fetched from the app's own folder and unpacked
//! (`data::pack`: it was checked when it was packed), with the profiles of this device that the
//! Contribute page mirrors for the other pages ([`Mirror`]).

use std::sync::Arc;

use thiserror::Error;

use super::browser::fetch::{fetch_bytes, FetchError};
use super::browser::service_worker::{fingerprint, DATASET_URL};
use super::browser::settings::local_storage;
use super::context::AppData;
use crate::address::Page;
use crate::contributions::{Mirror, MIRROR_KEY};
use crate::data::{self, DatasetError};

/// Why the dataset could not be used; the load-failure screen says it in the user's language.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum LoadError {
    #[error(transparent)]
    Fetch(#[from] FetchError),
    #[error(transparent)]
    Dataset(#[from] DatasetError),
}

/// The page's dataset. The Contribute page keeps the profiles themselves and matches them
/// itself, so it takes no copy of them.
pub async fn load_dataset(page: Page) -> Result<Arc<AppData>, LoadError> {
    let bytes = fetch_bytes(DATASET_URL).await?;
    let mirror = (page != Page::Contribute)
        .then(|| local_storage()?.get_item(MIRROR_KEY).ok().flatten())
        .flatten();
    let (catalog, profiles) = data::load_packed(&bytes, |dataset| {
        mirror.map(|text| Mirror::from_text(&text).and_then(|m| m.add_to(dataset)))
    })?;
    let (profiles, profiles_problem) = match profiles {
        None => (Vec::new(), None),
        Some(Ok(profiles)) => (profiles, None),
        Some(Err(problem)) => (Vec::new(), Some(problem)),
    };
    Ok(Arc::new(AppData {
        fingerprint: fingerprint(&bytes),
        catalog,
        available: true,
        profiles,
        profiles_problem,
        ..AppData::unavailable()
    }))
}
