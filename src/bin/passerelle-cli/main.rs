//! Passerelle's native command-line tool, for data maintainers and tests.
//!
//! ```text
//! passerelle-cli validate [FILE] [--schema SCHEMA]
//! passerelle-cli pack [FILE] [--out FILE]
//! passerelle-cli quotes --seeds DIR [FILE]
//! passerelle-cli schema [--write]
//! passerelle-cli match --city ID [--sector ID]... [--ties boost|neutral|exclude] [--top N] [--json] ...
//! passerelle-cli clusters --sector ID [--both-continents] [--top N] [--json]
//! passerelle-cli funding --city ID... [--sector ID]... [--json]
//! passerelle-cli evaluate [--weights C,S,N,L,X,T,W]
//! passerelle-cli fit [--write]
//! passerelle-cli plan --city ID... --theme SECTOR... [--tables N] [--rounds N] [--json] ...
//! passerelle-cli contribution check FILE [--data DATASET]
//! passerelle-cli contribution merge FILE [--into DATASET] [--on-conflict skip|replace]
//! passerelle-cli synthetic [--cities N] [--seed N] [--out FILE] [--json FILE]
//! ```

mod contribution;
mod dataset;
mod evaluate;
mod matching;
mod options;
mod plan;
mod synthetic;

use std::process::ExitCode;

pub use options::{Failure, Options};

const USAGE: &str = "usage:
  passerelle-cli validate [FILE] [--schema SCHEMA]   check a dataset against its JSON Schema and itself
  passerelle-cli pack [FILE] [--out FILE]            validate, then write the packed copy the app loads
                                                     (default: public/data/dataset.bin)
  passerelle-cli quotes --seeds DIR [FILE]           check that every quoted text stands in its source
  passerelle-cli schema [--write]                    print the dataset's JSON Schema, generated from the
                                                     model; --write updates public/data/dataset.schema.json
  passerelle-cli match --city ID [options]           rank partners for a city
      --sector ID (repeatable)  --ties boost|neutral|exclude  --top N  --json
      --mode peer-learning|development|economic|service-delivery  --peers  --cross-continental
      --weights C,S,N,L,X,T,W (complementarity, shared priorities, networks, language, context,
                               ties, wishes)
      --data FILE (default public/data/dataset.json)
  passerelle-cli clusters --sector ID [--sector ID]... [--both-continents] [--top N] [--json] [--data FILE]
  passerelle-cli funding --city ID [--city ID]... [--sector ID]... [--json] [--data FILE]
      the funding entries that fit a pair, a cluster or a proposal (its cities and sectors)
  passerelle-cli evaluate [--weights C,S,N,L,X,T,W] [--data FILE]
      how high the real partner of each partnership ranks when existing ties are hidden, for the
      engine (weights fitted leaving each partnership out, or the weights given) and two baselines
  passerelle-cli fit [--write] [--data FILE]
      fit the default weights on every known partnership; --write updates src/matching/fitted.rs
  passerelle-cli plan --city ID... --theme SECTOR... [--tables N] [--rounds N] [--json]
      a workshop session: thematic tables, bilateral rounds and their quality beside a greedy
      baseline; --json prints it as a workshop file (docs/workshop-format.md)
      --min-size N  --max-size N  --slots N  --minutes N (a round)  --start HH:MM  --data FILE
  passerelle-cli contribution check FILE [--data FILE]
      check a contribution file (docs/contributions-format.md): every problem with its path
  passerelle-cli contribution merge FILE [--into FILE] [--on-conflict skip|replace]
      merge it into the dataset (default public/data/dataset.json), printing the diff; profiles
      that name an existing city are refused unless --on-conflict says what to do
  passerelle-cli synthetic [--cities N] [--seed N] [--out FILE] [--json FILE] [--data FILE]
      a seeded dataset of N generated cities (default 1000), checked, packed into --out
      (default target/synthetic.bin); for the scale benchmark, scripts/scale.mjs";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or_default();
    let result = match args.first().map(String::as_str) {
        Some("validate") => dataset::validate(rest),
        Some("pack") => dataset::pack(rest),
        Some("quotes") => dataset::quotes(rest),
        Some("match") => matching::run_match(rest),
        Some("clusters") => matching::clusters(rest),
        Some("funding") => matching::funding(rest),
        Some("evaluate") => evaluate::evaluate(rest),
        Some("fit") => evaluate::fit(rest),
        Some("schema") => dataset::schema(rest),
        Some("plan") => plan::plan(rest),
        Some("contribution") => contribution::run(rest),
        Some("synthetic") => synthetic::run(rest),
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
