//! The packed dataset the app loads: `public/data/dataset.json`, checked by
//! `passerelle-cli pack` and written in postcard's compact binary form.
//!
//! The browser neither parses JSON nor runs the consistency checks for the dataset: both cost
//! the first page about 35 kB of its download (brotli), and the checks already ran when the
//! file was packed, which refuses a dataset with any problem. What the browser still checks is
//! that the bytes are a packed dataset of this very model (a magic prefix and the model's
//! fingerprint, see build.rs) and that they decode in full.

use serde::de::DeserializeOwned;
use serde::Serialize;
use thiserror::Error;

use super::model::Dataset;

/// The first bytes of every packed dataset.
const MAGIC: &[u8; 8] = b"PSRLDATA";

/// The fingerprint of the model this build reads (see build.rs).
fn model_fingerprint() -> u64 {
    u64::from_str_radix(env!("MODEL_FINGERPRINT"), 16).unwrap_or_default()
}

/// Why packed bytes are not a dataset this build can show.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PackError {
    #[error("the file is not a packed Passerelle dataset")]
    NotPacked,
    #[error("the file was packed for another version of Passerelle")]
    OtherVersion,
    #[error("the file is damaged: {0}")]
    Damaged(String),
}

/// The packed form of a dataset; pack only one that passed the checks.
pub fn pack(dataset: &Dataset) -> Result<Vec<u8>, postcard::Error> {
    pack_as(MAGIC, dataset)
}

/// The dataset in packed bytes, refusing anything but a whole dataset packed by this model.
pub fn unpack(bytes: &[u8]) -> Result<Dataset, PackError> {
    unpack_as(MAGIC, bytes)
}

/// `value` packed behind `magic` and the model's fingerprint, so that only this build's model
/// reads it back (the dataset, and the profiles a device mirrors for its other pages).
pub fn pack_as<T: Serialize>(magic: &[u8; 8], value: &T) -> Result<Vec<u8>, postcard::Error> {
    let mut bytes = magic.to_vec();
    bytes.extend(model_fingerprint().to_le_bytes());
    bytes.extend(postcard::to_allocvec(value)?);
    Ok(bytes)
}

/// What [`pack_as`] packed behind `magic`, decoded in full.
pub fn unpack_as<T: DeserializeOwned>(magic: &[u8; 8], bytes: &[u8]) -> Result<T, PackError> {
    let body = bytes.strip_prefix(magic).ok_or(PackError::NotPacked)?;
    let (fingerprint, body) = body.split_at_checked(8).ok_or(PackError::NotPacked)?;
    if fingerprint != model_fingerprint().to_le_bytes() {
        return Err(PackError::OtherVersion);
    }
    match postcard::take_from_bytes(body) {
        Ok((value, [])) => Ok(value),
        Ok((_, rest)) => Err(PackError::Damaged(format!(
            "{} unexpected byte(s) at the end",
            rest.len()
        ))),
        Err(error) => Err(PackError::Damaged(error.to_string())),
    }
}
