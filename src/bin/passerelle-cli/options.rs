//! The hand-written argument parser and the helpers every command shares.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use passerelle::data::{self, Catalog};
use passerelle::matching::Weights;

use super::USAGE;

pub const DEFAULT_DATASET: &str = "public/data/dataset.json";

/// A failure the user can act on: the message says what to fix.
pub struct Failure(pub String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(error: E) -> Self {
        Failure(error.to_string())
    }
}

/// Command-line arguments: positional ones, `--option value` (repeatable) and `--switch`.
pub struct Options {
    pub positional: Vec<String>,
    values: BTreeMap<String, Vec<String>>,
    switches: Vec<String>,
}

impl Options {
    pub fn parse(args: &[String], valued: &[&str], switches: &[&str]) -> Result<Options, Failure> {
        let mut options = Options {
            positional: Vec::new(),
            values: BTreeMap::new(),
            switches: Vec::new(),
        };
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            match arg.strip_prefix("--") {
                Some(flag) if valued.contains(&flag) => {
                    let value = iter
                        .next()
                        .ok_or_else(|| Failure(format!("--{flag} needs a value")))?;
                    options
                        .values
                        .entry(flag.to_string())
                        .or_default()
                        .push(value.clone());
                }
                Some(flag) if switches.contains(&flag) => options.switches.push(flag.to_string()),
                Some(flag) => return Err(Failure(format!("unknown option --{flag}\n{USAGE}"))),
                None => options.positional.push(arg.clone()),
            }
        }
        Ok(options)
    }

    pub fn value(&self, flag: &str) -> Option<&str> {
        self.values
            .get(flag)
            .and_then(|v| v.last())
            .map(String::as_str)
    }

    /// Every value of a repeatable option, commas splitting values too.
    pub fn list(&self, flag: &str) -> Vec<String> {
        self.values
            .get(flag)
            .into_iter()
            .flatten()
            .flat_map(|v| v.split(','))
            .filter(|v| !v.is_empty())
            .map(String::from)
            .collect()
    }

    pub fn switch(&self, flag: &str) -> bool {
        self.switches.iter().any(|s| s == flag)
    }

    pub fn number(&self, flag: &str, default: usize) -> Result<usize, Failure> {
        self.value(flag)
            .map(|v| {
                v.parse()
                    .map_err(|_| Failure(format!("--{flag} takes a whole number, not '{v}'")))
            })
            .unwrap_or(Ok(default))
    }

    /// `--weights`, when given.
    pub fn weights(&self) -> Result<Option<Weights>, Failure> {
        let Some(text) = self.value("weights") else {
            return Ok(None);
        };
        let values: Option<Vec<f64>> = text.split(',').map(|w| w.trim().parse().ok()).collect();
        values
            .as_deref()
            .and_then(Weights::from_list)
            .map(Some)
            .ok_or_else(|| {
                Failure(format!(
                    "--weights takes seven numbers from 0 to 100, not '{text}'"
                ))
            })
    }

    pub fn catalog(&self) -> Result<Catalog, Failure> {
        let file = PathBuf::from(self.value("data").unwrap_or(DEFAULT_DATASET));
        data::load(&read(&file)?).map_err(|e| Failure(format!("{}: {e}", file.display())))
    }
}

pub fn read(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path)
        .map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))
}
