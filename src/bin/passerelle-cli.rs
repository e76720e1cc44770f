//! Passerelle's native command-line tool, for data maintainers and tests.
//!
//! ```text
//! passerelle-cli validate [FILE] [--schema SCHEMA]
//! passerelle-cli quotes --seeds DIR [FILE]
//! passerelle-cli match --city ID [--sector ID]... [--ties boost|neutral|exclude] [--top N] [--json] ...
//! passerelle-cli clusters --sector ID [--both-continents] [--top N] [--json]
//! passerelle-cli evaluate [--weights C,S,N,L,X,T]
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use passerelle::data::{self, validate, Catalog, Mode};
use passerelle::matching::{self, ClusterQuery, MatchIndex, MatchQuery, TiePolicy, Weights};
use passerelle::quotes;
use serde_json::{json, Value};

const DEFAULT_DATASET: &str = "public/data/dataset.json";
const USAGE: &str = "usage:
  passerelle-cli validate [FILE] [--schema SCHEMA]   check a dataset against its JSON Schema and itself
  passerelle-cli quotes --seeds DIR [FILE]           check that every quoted text stands in its source
  passerelle-cli match --city ID [options]           rank partners for a city
      --sector ID (repeatable)  --ties boost|neutral|exclude  --top N  --json
      --mode peer-learning|development|economic|service-delivery  --peers  --cross-continental
      --weights C,S,N,L,X,T (complementarity, shared priorities, networks, language, context, ties)
      --data FILE (default public/data/dataset.json)
  passerelle-cli clusters --sector ID [--sector ID]... [--both-continents] [--top N] [--json] [--data FILE]
  passerelle-cli evaluate [--weights C,S,N,L,X,T] [--data FILE]
      how high the real partner of each partnership ranks when existing ties are hidden";

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
        Some("match") => run_match(&args[1..]),
        Some("clusters") => run_clusters(&args[1..]),
        Some("evaluate") => run_evaluate(&args[1..]),
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

/// Command-line arguments: positional ones, `--option value` (repeatable) and `--switch`.
struct Options {
    positional: Vec<String>,
    values: BTreeMap<String, Vec<String>>,
    switches: Vec<String>,
}

impl Options {
    fn parse(args: &[String], valued: &[&str], switches: &[&str]) -> Result<Options, Failure> {
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

    fn value(&self, flag: &str) -> Option<&str> {
        self.values
            .get(flag)
            .and_then(|v| v.last())
            .map(String::as_str)
    }

    /// Every value of a repeatable option, commas splitting values too.
    fn list(&self, flag: &str) -> Vec<String> {
        self.values
            .get(flag)
            .into_iter()
            .flatten()
            .flat_map(|v| v.split(','))
            .filter(|v| !v.is_empty())
            .map(String::from)
            .collect()
    }

    fn switch(&self, flag: &str) -> bool {
        self.switches.iter().any(|s| s == flag)
    }

    fn number(&self, flag: &str, default: usize) -> Result<usize, Failure> {
        self.value(flag)
            .map(|v| {
                v.parse()
                    .map_err(|_| Failure(format!("--{flag} takes a whole number, not '{v}'")))
            })
            .unwrap_or(Ok(default))
    }
}

fn read(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path)
        .map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))
}

fn run_validate(args: &[String]) -> Result<bool, Failure> {
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

fn load_catalog(options: &Options) -> Result<Catalog, Failure> {
    let file = PathBuf::from(options.value("data").unwrap_or(DEFAULT_DATASET));
    data::load(&read(&file)?).map_err(|e| Failure(format!("{}: {e}", file.display())))
}

/// Four decimals are enough to read and compare scores.
fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

fn reasons_json(catalog: &Catalog, reasons: &[matching::Reason]) -> Vec<Value> {
    reasons
        .iter()
        .map(|reason| {
            let mut value = serde_json::to_value(reason).unwrap_or(Value::Null);
            if let Value::Object(map) = &mut value {
                map.insert(
                    "text".into(),
                    Value::String(matching::describe(catalog, reason)),
                );
            }
            value
        })
        .collect()
}

fn run_match(args: &[String]) -> Result<bool, Failure> {
    let options = Options::parse(
        args,
        &["city", "sector", "ties", "top", "mode", "weights", "data"],
        &["json", "peers", "cross-continental"],
    )?;
    let catalog = load_catalog(&options)?;
    let index = MatchIndex::new(&catalog);
    let city = options
        .value("city")
        .ok_or_else(|| Failure(format!("match needs --city ID\n{USAGE}")))?;
    let mut query = MatchQuery::new(city);
    query.sectors = options.list("sector").into_iter().collect();
    if let Some(ties) = options.value("ties") {
        query.ties = TiePolicy::from_id(ties).ok_or_else(|| {
            Failure(format!(
                "--ties takes boost, neutral or exclude, not '{ties}'"
            ))
        })?;
    }
    if let Some(mode) = options.value("mode") {
        query.mode = Some(
            Mode::from_id(mode)
                .ok_or_else(|| Failure(format!("unknown collaboration mode '{mode}'")))?,
        );
    }
    query.weights = Weights::for_mode(query.mode);
    if let Some(weights) = options.value("weights") {
        let values: Vec<f64> = weights
            .split(',')
            .filter_map(|w| w.trim().parse().ok())
            .collect();
        query.weights = Weights::from_list(&values).ok_or_else(|| {
            Failure(format!(
                "--weights takes six numbers from 0 to 100, not '{weights}'"
            ))
        })?;
    }
    query.peers = options.switch("peers");
    query.cross_continental = options.switch("cross-continental");
    let top = options.number("top", 10)?;

    let ranked = matching::rank(&catalog, &index, &query)?;
    let shown = &ranked[..top.min(ranked.len())];
    let name = |position: usize| catalog.cities()[position].name.clone();
    if options.switch("json") {
        let sectors: Vec<&String> = query.sectors.iter().collect();
        let results: Vec<Value> = shown
            .iter()
            .map(|s| {
                let components: serde_json::Map<String, Value> =
                    s.components.named().iter().map(|(k, v)| (k.to_string(), json!(round(*v)))).collect();
                json!({
                    "city": catalog.cities()[s.city].id,
                    "name": name(s.city),
                    "score": round(s.score),
                    "components": components,
                    "two_way": s.two_way,
                    "ties": s.ties.iter().map(|&p| &catalog.partnerships()[p].id).collect::<Vec<_>>(),
                    "duplicates": s.duplicates.iter().map(|&p| &catalog.partnerships()[p].id).collect::<Vec<_>>(),
                    "reasons": reasons_json(&catalog, &matching::explain(&catalog, &index, &query, s)),
                })
            })
            .collect();
        let output = json!({
            "city": query.city,
            "sector": if sectors.len() == 1 { json!(sectors[0]) } else { Value::Null },
            "sectors": sectors,
            "ties": query.ties.id(),
            "weights": query.weights.to_list(),
            "results": results,
        });
        println!("{}", serde_json::to_string_pretty(&output)?);
    } else {
        let focus = catalog
            .city(&query.city)
            .map_or(query.city.as_str(), |c| c.name.as_str());
        println!(
            "Partners for {focus} (ties: {}, {} candidates ranked)",
            query.ties.id(),
            ranked.len()
        );
        for (i, s) in shown.iter().enumerate() {
            let parts: Vec<String> = s
                .components
                .named()
                .iter()
                .map(|(k, v)| format!("{k} {v:.2}"))
                .collect();
            println!(
                "{:>3}. {}  score {:.3}{}  [{}]",
                i + 1,
                name(s.city),
                s.score,
                if s.two_way { "  two-way" } else { "" },
                parts.join(", ")
            );
            for reason in matching::explain(&catalog, &index, &query, s) {
                println!("       - {}", matching::describe(&catalog, &reason));
            }
        }
    }
    Ok(true)
}

fn run_clusters(args: &[String]) -> Result<bool, Failure> {
    let options = Options::parse(
        args,
        &["sector", "top", "data"],
        &["json", "both-continents"],
    )?;
    let catalog = load_catalog(&options)?;
    let index = MatchIndex::new(&catalog);
    let sectors: std::collections::BTreeSet<String> = options.list("sector").into_iter().collect();
    if sectors.is_empty() {
        return Err(Failure(format!("clusters needs --sector ID\n{USAGE}")));
    }
    let query = ClusterQuery {
        sectors,
        both_continents: options.switch("both-continents"),
        top: options.number("top", 5)?,
    };
    let groups = matching::clusters(&catalog, &index, &query)?;
    let ids = |cities: &[usize]| {
        cities
            .iter()
            .map(|&c| catalog.cities()[c].id.clone())
            .collect::<Vec<_>>()
    };
    if options.switch("json") {
        let results: Vec<Value> = groups
            .iter()
            .map(|g| {
                json!({
                    "cities": ids(&g.members),
                    "providers": ids(&g.providers),
                    "seekers": ids(&g.seekers),
                    "score": round(g.score),
                    "coverage": round(g.coverage),
                    "cohesion": round(g.cohesion),
                    "reasons": reasons_json(&catalog, &matching::explain_cluster(&catalog, &index, g)),
                })
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&json!({"sectors": query.sectors, "results": results}))?
        );
    } else {
        for (i, g) in groups.iter().enumerate() {
            let names: Vec<&str> = g
                .members
                .iter()
                .map(|&c| catalog.cities()[c].name.as_str())
                .collect();
            println!(
                "{}. {}  score {:.3} (covers {:.0}% of the need, cohesion {:.2})",
                i + 1,
                names.join(", "),
                g.score,
                g.coverage * 100.0,
                g.cohesion
            );
            for reason in matching::explain_cluster(&catalog, &index, g) {
                println!("     - {}", matching::describe(&catalog, &reason));
            }
        }
        if groups.is_empty() {
            println!(
                "no group of {}-{} cities with expertise and need in these sectors",
                matching::MIN_CLUSTER,
                matching::MAX_CLUSTER
            );
        }
    }
    Ok(true)
}

fn run_evaluate(args: &[String]) -> Result<bool, Failure> {
    let options = Options::parse(args, &["weights", "data"], &[])?;
    let catalog = load_catalog(&options)?;
    let index = MatchIndex::new(&catalog);
    let weights = match options.value("weights") {
        Some(text) => {
            let values: Vec<f64> = text
                .split(',')
                .filter_map(|w| w.trim().parse().ok())
                .collect();
            Weights::from_list(&values)
                .ok_or_else(|| Failure(format!("--weights takes six numbers, not '{text}'")))?
        }
        None => Weights::default(),
    };
    let recall = matching::recall(&catalog, &index, weights);
    let known = recall.partner_known.iter().filter(|k| **k).count();
    println!(
        "{} cases (focus city, sector, real partnership), existing ties hidden; {known} where a partner has priorities",
        recall.ranks.len()
    );
    for k in [1, 3, 5, 10] {
        println!(
            "  recall@{k}: {:5.1}% of all cases, {:5.1}% where the partner has priorities",
            recall.at(k, false) * 100.0,
            recall.at(k, true) * 100.0
        );
    }
    Ok(true)
}
