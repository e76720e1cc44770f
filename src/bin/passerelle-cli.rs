//! Passerelle's native command-line tool, for data maintainers and tests.
//!
//! ```text
//! passerelle-cli validate [FILE] [--schema SCHEMA]
//! passerelle-cli quotes --seeds DIR [FILE]
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use passerelle::data::{self, validate};
use passerelle::quotes;

const DEFAULT_DATASET: &str = "public/data/dataset.json";
const USAGE: &str = "usage:
  passerelle-cli validate [FILE] [--schema SCHEMA]   check a dataset against its JSON Schema and itself
  passerelle-cli quotes --seeds DIR [FILE]           check that every quoted text stands in its source";

/// A failure the user can act on: the message says what to fix.
struct Failure(String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(error: E) -> Self {
        Failure(error.to_string())
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("validate") => run_validate(&args[1..]),
        Some("quotes") => run_quotes(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(true)
        }
        _ => Err(Failure(format!("unknown or missing command\n{USAGE}"))),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(Failure(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// Splits `args` into positional arguments and `--flag value` options.
fn parse_options(
    args: &[String],
    flags: &[&str],
) -> Result<(Vec<String>, BTreeMap<String, String>), Failure> {
    let mut positional = Vec::new();
    let mut options = BTreeMap::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if let Some(flag) = arg.strip_prefix("--") {
            if !flags.contains(&flag) {
                return Err(Failure(format!("unknown option --{flag}\n{USAGE}")));
            }
            let value = iter
                .next()
                .ok_or_else(|| Failure(format!("--{flag} needs a value")))?;
            options.insert(flag.to_string(), value.clone());
        } else {
            positional.push(arg.clone());
        }
    }
    Ok((positional, options))
}

fn read(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path)
        .map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))
}

fn run_validate(args: &[String]) -> Result<bool, Failure> {
    let (positional, options) = parse_options(args, &["schema"])?;
    let file = PathBuf::from(positional.first().map_or(DEFAULT_DATASET, String::as_str));
    let schema_path = options
        .get("schema")
        .map(PathBuf::from)
        .unwrap_or_else(|| file.with_file_name("dataset.schema.json"));
    let text = read(&file)?;
    let schema_text = read(&schema_path)?;
    let schema: serde_json::Value = serde_json::from_str(&schema_text).map_err(|e| {
        Failure(format!(
            "the schema {} is not JSON: {e}",
            schema_path.display()
        ))
    })?;

    let mut problems: Vec<String> = Vec::new();
    match serde_json::from_str::<serde_json::Value>(&text) {
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
            match data::parse(&text) {
                Ok(dataset) => {
                    problems.extend(validate::check(&dataset).iter().map(ToString::to_string));
                    if problems.is_empty() {
                        let counts = validate::summary(&dataset)
                            .into_iter()
                            .map(|(what, n)| format!("{n} {what}"))
                            .collect::<Vec<_>>()
                            .join(", ");
                        println!("{}: valid ({counts})", file.display());
                    }
                }
                Err(e) if problems.is_empty() => problems.push(e.to_string()),
                Err(_) => {}
            }
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

fn run_quotes(args: &[String]) -> Result<bool, Failure> {
    let (positional, options) = parse_options(args, &["seeds"])?;
    let seeds = PathBuf::from(options.get("seeds").ok_or_else(|| {
        Failure("quotes needs --seeds DIR, the folder of the source documents".into())
    })?);
    let file = PathBuf::from(positional.first().map_or(DEFAULT_DATASET, String::as_str));
    let dataset = data::parse(&read(&file)?)?;
    let documents = dataset
        .sources
        .iter()
        .map(|d| Ok((d.id.clone(), read(&seeds.join(&d.file))?)))
        .collect::<Result<BTreeMap<_, _>, Failure>>()?;
    let misquotes = quotes::check(&dataset, &documents);
    for m in &misquotes {
        println!("{}: not found in '{}': {}", m.path, m.doc, m.text);
    }
    let total = quotes::quotations(&dataset).len();
    println!(
        "{}: {} of {total} quotations found verbatim in their sources",
        file.display(),
        total - misquotes.len()
    );
    Ok(misquotes.is_empty())
}
