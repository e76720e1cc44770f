//! `validate`, `pack`, `quotes` and `schema`: checks of the dataset file and what is made from it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use passerelle::data::schema::{dataset_schema, SCHEMA_PATH};
use passerelle::data::vocabulary::Vocabulary;
use passerelle::data::{self, validate as checks, Dataset};
use passerelle::quotes as quotations;

use clap::Args;

use super::options::{read, DEFAULT_DATASET};
use super::Failure;

#[derive(Args)]
pub struct ValidateArgs {
    /// The dataset to check
    #[arg(default_value = DEFAULT_DATASET)]
    file: PathBuf,
    /// The JSON Schema to check it against [default: dataset.schema.json beside the dataset]
    #[arg(long, value_name = "SCHEMA")]
    schema: Option<PathBuf>,
}

#[derive(Args)]
pub struct PackArgs {
    /// The dataset to check and pack
    #[arg(default_value = DEFAULT_DATASET)]
    file: PathBuf,
    /// The JSON Schema to check it against [default: dataset.schema.json beside the dataset]
    #[arg(long, value_name = "SCHEMA")]
    schema: Option<PathBuf>,
    /// Where the packed copy goes [default: the dataset's path ending in .bin]
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Args)]
pub struct QuotesArgs {
    /// The dataset whose quotations are checked
    #[arg(default_value = DEFAULT_DATASET)]
    file: PathBuf,
    /// The folder of the source documents the quotations come from
    #[arg(long, value_name = "DIR")]
    seeds: PathBuf,
}

#[derive(Args)]
pub struct SchemaArgs {
    /// Update public/data/dataset.schema.json instead of printing the schema
    #[arg(long)]
    write: bool,
}

pub fn validate(args: &ValidateArgs) -> Result<bool, Failure> {
    let file = &args.file;
    let checked = check_file(file, args.schema.as_deref())?;
    if let Ok(dataset) = &checked {
        let counts = checks::summary(dataset)
            .into_iter()
            .map(|(what, n)| format!("{n} {what}"))
            .collect::<Vec<_>>()
            .join(", ");
        println!("{}: valid ({counts})", file.display());
    }
    Ok(report(file, checked).is_some())
}

/// `pack`: checks the dataset like `validate`, then writes the packed copy the app loads
/// (`data::pack`), and packs each vocabulary of the `vocabulary/` folder beside the dataset,
/// checked against it, beside its JSON. A file with any problem is not packed.
pub fn pack(args: &PackArgs) -> Result<bool, Failure> {
    let file = &args.file;
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| file.with_extension("bin"));
    let Some(dataset) = report(file, check_file(file, args.schema.as_deref())?) else {
        return Ok(false);
    };
    let packed = data::pack(&dataset).map_err(|e| Failure(format!("cannot pack: {e}")))?;
    write_packed(file, &out, &packed)?;
    pack_vocabularies(&file.with_file_name("vocabulary"), dataset)
}

/// Writes the packed copy of `source` to `out`, and says so.
fn write_packed(source: &Path, out: &Path, packed: &[u8]) -> Result<(), Failure> {
    std::fs::write(out, packed)
        .map_err(|e| Failure(format!("cannot write {}: {e}", out.display())))?;
    println!(
        "{}: packed into {} ({} bytes)",
        source.display(),
        out.display(),
        packed.len()
    );
    Ok(())
}

/// Packs every `<language>.json` of `dir` into `<language>.bin` (`Vocabulary::pack`) once it
/// names every term of `dataset` and no other; a missing `dir` has none to pack.
fn pack_vocabularies(dir: &Path, dataset: Dataset) -> Result<bool, Failure> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(true);
    };
    let catalog = data::from_dataset(dataset).map_err(|e| Failure(e.to_string()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut all_packed = true;
    for file in files {
        let checked = Vocabulary::parse(&read(&file)?)
            .map_err(|e| vec![e.to_string()])
            .and_then(|vocabulary| match &vocabulary.check(&catalog)[..] {
                [] => Ok(vocabulary),
                problems => Err(problems.iter().map(ToString::to_string).collect()),
            });
        let Some(vocabulary) = report(&file, checked) else {
            all_packed = false;
            continue;
        };
        let packed = vocabulary
            .pack()
            .map_err(|e| Failure(format!("cannot pack {}: {e}", file.display())))?;
        write_packed(&file, &file.with_extension("bin"), &packed)?;
    }
    Ok(all_packed)
}

/// Prints every problem of a checked file; what it holds when it has none.
fn report<T>(file: &Path, checked: Result<T, Vec<String>>) -> Option<T> {
    match checked {
        Ok(value) => Some(value),
        Err(problems) => {
            for problem in &problems {
                println!("{}: {problem}", file.display());
            }
            eprintln!("{}: {} problem(s)", file.display(), problems.len());
            None
        }
    }
}

/// Checks a dataset file against its JSON Schema (by default `dataset.schema.json` beside it)
/// and, when its shape allows, against itself: the dataset, or every problem found.
fn check_file(file: &Path, schema: Option<&Path>) -> Result<Result<Dataset, Vec<String>>, Failure> {
    let schema_path = schema
        .map(Path::to_path_buf)
        .unwrap_or_else(|| file.with_file_name("dataset.schema.json"));
    check_text(&read(file)?, &schema_path)
}

/// Every problem of a dataset text, as `validate` finds them. `contribution merge` runs the
/// same before it writes.
pub fn problems(text: &str, schema_path: &Path) -> Result<Vec<String>, Failure> {
    Ok(check_text(text, schema_path)?.err().unwrap_or_default())
}

/// Checks a dataset text against the JSON Schema at `schema_path`, then against itself.
fn check_text(text: &str, schema_path: &Path) -> Result<Result<Dataset, Vec<String>>, Failure> {
    let schema_text = read(schema_path)?;
    let schema: serde_json::Value = serde_json::from_str(&schema_text).map_err(|e| {
        Failure(format!(
            "the schema {} is not JSON: {e}",
            schema_path.display()
        ))
    })?;
    let value = match serde_json::from_str::<serde_json::Value>(text) {
        Err(e) => {
            let syntax = data::DatasetError::Syntax {
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            };
            return Ok(Err(vec![syntax.to_string()]));
        }
        Ok(value) => value,
    };
    let validator = jsonschema::validator_for(&schema).map_err(|e| {
        Failure(format!(
            "the schema {} is invalid: {e}",
            schema_path.display()
        ))
    })?;
    let mut problems: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| {
            let at = e.instance_path.to_string();
            format!("{}: {e} (schema)", if at.is_empty() { "/" } else { &at })
        })
        .collect();
    // The consistency checks need the typed model; they run when the shape allows.
    match data::parse(text) {
        Ok(dataset) => {
            problems.extend(checks::check(&dataset).iter().map(ToString::to_string));
            Ok(if problems.is_empty() {
                Ok(dataset)
            } else {
                Err(problems)
            })
        }
        Err(e) if problems.is_empty() => Ok(Err(vec![e.to_string()])),
        Err(_) => Ok(Err(problems)),
    }
}

pub fn quotes(args: &QuotesArgs) -> Result<bool, Failure> {
    let (file, seeds) = (&args.file, &args.seeds);
    let dataset = data::parse(&read(file)?)?;
    let documents = dataset
        .sources
        .iter()
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
pub fn schema(args: &SchemaArgs) -> Result<bool, Failure> {
    let schema = dataset_schema();
    if args.write {
        std::fs::write(SCHEMA_PATH, schema)
            .map_err(|e| Failure(format!("cannot write {SCHEMA_PATH}: {e}")))?;
        println!("Wrote {SCHEMA_PATH}.");
    } else {
        print!("{schema}");
    }
    Ok(true)
}
