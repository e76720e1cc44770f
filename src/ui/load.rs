//! Loading the dataset the app shows: fetched from the app's own folder and unpacked
//! (`data::pack`: it was checked when it was packed).

use std::sync::Arc;

use thiserror::Error;

use super::browser::fetch::{fetch_bytes, FetchError};
use super::browser::service_worker::{fingerprint, DATASET_URL};
use super::context::AppData;
use crate::data::{self, DatasetError};
use crate::search::SearchIndexes;

/// Why the dataset could not be used; the load-failure screen says it in the user's language.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum LoadError {
    #[error(transparent)]
    Fetch(#[from] FetchError),
    #[error(transparent)]
    Dataset(#[from] DatasetError),
}

pub async fn load_dataset() -> Result<Arc<AppData>, LoadError> {
    let bytes = fetch_bytes(DATASET_URL).await?;
    let catalog = data::load_packed(&bytes)?;
    Ok(Arc::new(AppData {
        fingerprint: fingerprint(&bytes),
        catalog,
        search: SearchIndexes::default(),
        available: true,
    }))
}
