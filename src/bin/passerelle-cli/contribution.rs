//! `contribution check` and `contribution merge`: a maintainer's tools for the contribution files
//! that devices export (docs/contributions-format.md).

use std::path::{Path, PathBuf};

use clap::Subcommand;
use passerelle::contributions::{self, Contribution, MergeError, OnConflict};
use passerelle::data::{Catalog, Dataset};
use passerelle::id::Id;

use super::dataset::problems;
use super::options::{catalog, one_of, read, DataFile, DEFAULT_DATASET};
use super::Failure;

#[derive(Subcommand)]
pub enum ContributionCommand {
    /// Check a contribution file: every problem with its path
    Check {
        /// The contribution file
        file: PathBuf,
        #[command(flatten)]
        data: DataFile,
    },
    /// Merge a contribution file into the dataset, printing the diff
    ///
    /// Profiles that name an existing city are refused unless --on-conflict says what to do;
    /// only a merged dataset that passes every check `validate` makes is written.
    Merge {
        /// The contribution file
        file: PathBuf,
        /// The dataset to merge it into
        #[arg(long, value_name = "DATASET", default_value = DEFAULT_DATASET)]
        into: PathBuf,
        /// What to do with a profile that names an existing city: leave the city as it is
        /// (skip), or let the profile's facts replace the city's (replace)
        #[arg(long, value_name = "skip|replace", value_parser = on_conflict)]
        on_conflict: Option<OnConflict>,
    },
}

pub fn run(command: &ContributionCommand) -> Result<bool, Failure> {
    match command {
        ContributionCommand::Check { file, data } => check(file, data),
        ContributionCommand::Merge {
            file,
            into,
            on_conflict,
        } => merge(file, into, on_conflict.unwrap_or(OnConflict::Refuse)),
    }
}

/// `--on-conflict`: any choice but the default, refusing.
fn on_conflict(text: &str) -> Result<OnConflict, String> {
    let choices = [OnConflict::Skip, OnConflict::Replace];
    choices
        .into_iter()
        .find(|c| c.id() == text)
        .ok_or_else(|| format!("takes {}", one_of(&choices)))
}

/// The file checked against the dataset; its problems printed, one a line, when it has any.
fn parsed(file: &Path, catalog: &Catalog) -> Result<Option<Contribution>, Failure> {
    match contributions::parse(&read(file)?, catalog) {
        Ok(contribution) => Ok(Some(contribution)),
        Err(contributions::ContributionError::Invalid { problems }) => {
            for line in problems.lines() {
                println!("{}: {line}", file.display());
            }
            eprintln!(
                "{}: {} problem(s)",
                file.display(),
                problems.list.len() + problems.more
            );
            Ok(None)
        }
        Err(e) => {
            println!("{}: {e}", file.display());
            Ok(None)
        }
    }
}

/// Every problem with its path; profiles that name a dataset city are flagged too. Exits non-zero
/// on any problem.
fn check(file: &Path, data: &DataFile) -> Result<bool, Failure> {
    let catalog = data.catalog()?;
    let Some(contribution) = parsed(file, &catalog)? else {
        return Ok(false);
    };
    for profile in &contribution.profiles {
        if let Some(city) = contributions::duplicate_of(profile, &catalog) {
            println!(
                "{}: warning: profile '{}' ({}) has the name of the dataset city '{}'; merge asks what to do",
                file.display(),
                profile.id,
                profile.name,
                city.id
            );
        }
    }
    println!(
        "{}: valid ({} profile(s), {} correction(s), from {})",
        file.display(),
        contribution.profiles.len(),
        contribution.corrections.len(),
        contribution.contributor
    );
    Ok(true)
}

/// Merges into the dataset file, printing the diff; writes only a dataset that passes every
/// check `validate` makes.
fn merge(file: &Path, into: &Path, on_conflict: OnConflict) -> Result<bool, Failure> {
    let catalog = catalog(into)?;
    let Some(contribution) = parsed(file, &catalog)? else {
        return Ok(false);
    };
    let merged = match contributions::merge(&catalog, &contribution, on_conflict) {
        Ok(merged) => merged,
        Err(e @ MergeError::Conflicts(_)) => {
            println!("{}: {e}", file.display());
            return Ok(false);
        }
        Err(e) => {
            println!("{}: nothing merged: {e}", file.display());
            return Ok(false);
        }
    };
    let text = write(&merged.dataset);
    let problems = problems(&text, &into.with_file_name("dataset.schema.json"))?;
    if !problems.is_empty() {
        for problem in &problems {
            println!("{}: nothing merged: {problem}", into.display());
        }
        return Ok(false);
    }
    for change in &merged.changes {
        println!("{change}");
    }
    std::fs::write(into, text)
        .map_err(|e| Failure(format!("cannot write {}: {e}", into.display())))?;
    println!("Merged {} into {}.", file.display(), into.display());
    Ok(true)
}

/// The dataset as the shipped file writes it: one space of indentation.
fn write(dataset: &Dataset) -> String {
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b" ");
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    match serde::Serialize::serialize(dataset, &mut serializer) {
        Ok(()) => String::from_utf8_lossy(&out).into_owned(),
        Err(_) => String::new(),
    }
}
