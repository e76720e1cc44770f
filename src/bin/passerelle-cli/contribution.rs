//! `contribution check` and `contribution merge`: a maintainer's tools for the contribution files
//! that devices export (docs/contributions-format.md).

use std::path::{Path, PathBuf};

use passerelle::contributions::{self, Contribution, MergeError, OnConflict};
use passerelle::data::{self, Catalog, Dataset};
use passerelle::id::Id;

use super::dataset::problems;
use super::options::{read, DEFAULT_DATASET};
use super::{Failure, Options};

pub fn run(args: &[String]) -> Result<bool, Failure> {
    let rest = args.get(1..).unwrap_or_default();
    match args.first().map(String::as_str) {
        Some("check") => check(rest),
        Some("merge") => merge(rest),
        _ => Err(Failure(
            "contribution takes 'check FILE' or 'merge FILE [--into DATASET] [--on-conflict skip|replace]'"
                .into(),
        )),
    }
}

fn file_arg(options: &Options) -> Result<PathBuf, Failure> {
    options
        .positional
        .first()
        .map(PathBuf::from)
        .ok_or_else(|| Failure("name the contribution file".into()))
}

fn catalog(path: &Path) -> Result<Catalog, Failure> {
    data::load(&read(path)?).map_err(|e| Failure(format!("{}: {e}", path.display())))
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
fn check(args: &[String]) -> Result<bool, Failure> {
    let options = Options::parse(args, &["data"], &[])?;
    let file = file_arg(&options)?;
    let catalog = options.catalog()?;
    let Some(contribution) = parsed(&file, &catalog)? else {
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
fn merge(args: &[String]) -> Result<bool, Failure> {
    let options = Options::parse(args, &["into", "on-conflict"], &[])?;
    let file = file_arg(&options)?;
    let into = PathBuf::from(options.value("into").unwrap_or(DEFAULT_DATASET));
    let on_conflict = match options.value("on-conflict") {
        None => OnConflict::Refuse,
        Some(choice) => OnConflict::from_id(choice)
            .filter(|c| *c != OnConflict::Refuse)
            .ok_or_else(|| {
                Failure(format!(
                    "--on-conflict takes skip or replace, not '{choice}'"
                ))
            })?,
    };
    let catalog = catalog(&into)?;
    let Some(contribution) = parsed(&file, &catalog)? else {
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
    std::fs::write(&into, text)
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
