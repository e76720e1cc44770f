//! `validate` and `quotes`: checks of the dataset file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use passerelle::data::schema::{dataset_schema, SCHEMA_PATH};
use passerelle::data::{self, validate as checks};
use passerelle::quotes as quotations;

use super::options::{read, DEFAULT_DATASET};
use super::{Failure, Options};

pub fn validate(args: &[String]) -> Result<bool, Failure> {
    let options = Options::parse(args, &["schema"], &[])?;
    let file = PathBuf::from(
        options
            .positional
            .first()
            .map_or(DEFAULT_DATASET, String::as_str),
    );
    let schema_path = options
        .value("schema")
        .map(PathBuf::from)
        .unwrap_or_else(|| file.with_file_name("dataset.schema.json"));
    let text = read(&file)?;
    let problems = problems(&text, &schema_path)?;
    if problems.is_empty() {
        if let Ok(dataset) = data::parse(&text) {
            let counts = checks::summary(&dataset)
                .into_iter()
                .map(|(what, n)| format!("{n} {what}"))
                .collect::<Vec<_>>()
                .join(", ");
            println!("{}: valid ({counts})", file.display());
        }
    }
    for problem in &problems {
        println!("{}: {problem}", file.display());
    }
    if !problems.is_empty() {
        eprintln!("{}: {} problem(s)", file.display(), problems.len());
    }
    Ok(problems.is_empty())
}

/// Every problem of a dataset text: against the JSON Schema at `schema_path`, then against
/// itself. `contribution merge` runs the same before it writes.
pub fn problems(text: &str, schema_path: &Path) -> Result<Vec<String>, Failure> {
    let schema_text = read(schema_path)?;
    let schema: serde_json::Value = serde_json::from_str(&schema_text).map_err(|e| {
        Failure(format!(
            "the schema {} is not JSON: {e}",
            schema_path.display()
        ))
    })?;
    let mut problems: Vec<String> = Vec::new();
    match serde_json::from_str::<serde_json::Value>(text) {
        Err(e) => problems.push(
            data::DatasetError::Syntax {
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            }
            .to_string(),
        ),
        Ok(value) => {
            let validator = jsonschema::validator_for(&schema).map_err(|e| {
                Failure(format!(
                    "the schema {} is invalid: {e}",
                    schema_path.display()
                ))
            })?;
            problems.extend(validator.iter_errors(&value).map(|e| {
                let at = e.instance_path.to_string();
                format!("{}: {e} (schema)", if at.is_empty() { "/" } else { &at })
            }));
            // The consistency checks need the typed model; run them when the shape allows.
            match data::parse(text) {
                Ok(dataset) => {
                    problems.extend(checks::check(&dataset).iter().map(ToString::to_string))
                }
                Err(e) if problems.is_empty() => problems.push(e.to_string()),
                Err(_) => {}
            }
        }
    }
    Ok(problems)
}

pub fn quotes(args: &[String]) -> Result<bool, Failure> {
    let options = Options::parse(args, &["seeds"], &[])?;
    let seeds = PathBuf::from(options.value("seeds").ok_or_else(|| {
        Failure("quotes needs --seeds DIR, the folder of the source documents".into())
    })?);
    let file = PathBuf::from(
        options
            .positional
            .first()
            .map_or(DEFAULT_DATASET, String::as_str),
    );
    let dataset = data::parse(&read(&file)?)?;
    let documents = dataset
        .sources
        .iter()
        .filter(|d| !data::is_contributed_doc(&d.id))
        .map(|d| Ok((d.id.clone(), read(&seeds.join(&d.file))?)))
        .collect::<Result<BTreeMap<_, _>, Failure>>()?;
    let misquotes = quotations::check(&dataset, &documents);
    for m in &misquotes {
        println!("{}: not found in '{}': {}", m.path, m.doc, m.text);
    }
    let total = quotations::quotations(&dataset).len();
    println!(
        "{}: {} of {total} quotations found verbatim in their sources",
        file.display(),
        total - misquotes.len()
    );
    Ok(misquotes.is_empty())
}

/// `schema`: prints the dataset's JSON Schema, generated from the model; `--write` updates the
/// published file instead.
pub fn schema(args: &[String]) -> Result<bool, Failure> {
    let options = Options::parse(args, &[], &["write"])?;
    let schema = dataset_schema();
    if options.switch("write") {
        std::fs::write(SCHEMA_PATH, schema)
            .map_err(|e| Failure(format!("cannot write {SCHEMA_PATH}: {e}")))?;
        println!("Wrote {SCHEMA_PATH}.");
    } else {
        print!("{schema}");
    }
    Ok(true)
}
