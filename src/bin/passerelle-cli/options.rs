//! What every command shares: the `--data` option, the parsers of typed values clap calls, and
//! `Failure`, the domain errors a command reports.

use std::path::{Path, PathBuf};

use clap::Args;
use passerelle::data::{self, Catalog};
use passerelle::id::Id;
use passerelle::matching::Weights;

pub const DEFAULT_DATASET: &str = "public/data/dataset.json";

/// A failure the user can act on: the message says what to fix.
pub struct Failure(pub String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(error: E) -> Self {
        Failure(error.to_string())
    }
}

/// `--data FILE`: the dataset a command reads.
#[derive(Args)]
pub struct DataFile {
    /// The dataset to read
    #[arg(long = "data", value_name = "FILE", default_value = DEFAULT_DATASET)]
    pub path: PathBuf,
}

impl DataFile {
    pub fn catalog(&self) -> Result<Catalog, Failure> {
        catalog(&self.path)
    }
}

/// The dataset file loaded as a catalog; a problem names the file.
pub fn catalog(path: &Path) -> Result<Catalog, Failure> {
    data::load(&read(path)?).map_err(|e| Failure(format!("{}: {e}", path.display())))
}

pub fn read(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path)
        .map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))
}

/// Every value of a repeatable option (clap splits them at commas too), empty ones left out.
pub fn list(values: &[String]) -> Vec<String> {
    values.iter().filter(|v| !v.is_empty()).cloned().collect()
}

/// `--weights C,S,N,L,X,T,W`: seven numbers from 0 to 100.
pub fn weights(text: &str) -> Result<Weights, String> {
    let values: Option<Vec<f64>> = text.split(',').map(|w| w.trim().parse().ok()).collect();
    values
        .as_deref()
        .and_then(Weights::from_list)
        .ok_or_else(|| "takes seven numbers from 0 to 100".into())
}

/// A value of a closed list by its id; the error lists the ids, as in "a, b or c".
pub fn id<T: Id>(text: &str) -> Result<T, String> {
    T::from_id(text).ok_or_else(|| format!("takes {}", one_of(T::VARIANTS)))
}

/// The ids of some values in English: "a, b or c".
pub fn one_of<T: Id>(values: &[T]) -> String {
    let ids: Vec<&str> = values.iter().map(|v| v.id()).collect();
    match ids.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => ids.concat(),
    }
}
