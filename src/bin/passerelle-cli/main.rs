//! Passerelle's native command-line tool, for data maintainers and tests.
//!
//! ```text
//! passerelle-cli validate [FILE] [--schema SCHEMA]
//! passerelle-cli pack [FILE] [--out FILE]
//! passerelle-cli quotes --seeds DIR [FILE]
//! passerelle-cli schema [--write]
//! passerelle-cli match --city ID [--sector ID]... [--ties boost|neutral|exclude] [--top N] [--json] ...
//! passerelle-cli clusters --sector ID... [--both-continents] [--top N] [--json]
//! passerelle-cli funding --city ID... [--sector ID]... [--json]
//! passerelle-cli evaluate [--weights C,S,N,L,X,T,W]
//! passerelle-cli fit [--write]
//! passerelle-cli plan --city ID... --theme SECTOR... [--tables N] [--rounds N] [--json] ...
//! passerelle-cli contribution check FILE [--data DATASET]
//! passerelle-cli contribution merge FILE [--into DATASET] [--on-conflict skip|replace]
//! passerelle-cli synthetic [--cities N] [--seed N] [--out FILE] [--json FILE]
//! ```
//!
//! clap parses the arguments into each command's typed struct; the doc comments of those structs
//! and their fields are the help (`passerelle-cli help`, `passerelle-cli COMMAND --help`). An
//! unknown command or option, or a value of the wrong kind, is refused by clap with the usage
//! (exit code 2); a command's own failure (`Failure`) prints `error: ...` and exits with 2 too;
//! a check that finds problems exits with 1.

mod contribution;
mod dataset;
mod evaluate;
mod matching;
mod options;
mod plan;
mod synthetic;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub use options::Failure;

/// Passerelle's tool for data maintainers and tests
///
/// Checks the dataset and what is made from it, and runs the match-making engine and the
/// workshop planner from the command line.
#[derive(Parser)]
#[command(name = "passerelle-cli", args_override_self = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a dataset against its JSON Schema and against itself
    Validate(dataset::ValidateArgs),
    /// Validate a dataset, then write the packed copy the app loads
    Pack(dataset::PackArgs),
    /// Check that every quoted text stands word for word in its source
    Quotes(dataset::QuotesArgs),
    /// Print the dataset's JSON Schema, generated from the model
    Schema(dataset::SchemaArgs),
    /// Rank partners for a city, each with its reasons and the funding that fits
    Match(matching::MatchArgs),
    /// Groups of cities that cover each other's needs in some sectors
    Clusters(matching::ClustersArgs),
    /// The funding entries that fit a pair, a cluster or a proposal (its cities and sectors)
    Funding(matching::FundingArgs),
    /// How well the engine finds the known partnerships, beside two baselines
    ///
    /// How high the real partner of each partnership ranks when existing ties are hidden, for
    /// the engine (weights fitted leaving each partnership out, or the weights given) and two
    /// baselines.
    Evaluate(evaluate::EvaluateArgs),
    /// Fit the default weights on every known partnership
    Fit(evaluate::FitArgs),
    /// Plan a workshop session: thematic tables and bilateral rounds
    ///
    /// Prints the tables, the rounds and their quality beside a greedy baseline, or the session
    /// as a workshop file (--json).
    Plan(plan::PlanArgs),
    /// Check or merge a contribution file (docs/contributions-format.md)
    #[command(subcommand)]
    Contribution(contribution::ContributionCommand),
    /// A seeded dataset of generated cities, for the scale benchmark (scripts/scale.mjs)
    ///
    /// Checked like a real dataset, then packed into --out.
    Synthetic(synthetic::SyntheticArgs),
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Validate(args) => dataset::validate(&args),
        Command::Pack(args) => dataset::pack(&args),
        Command::Quotes(args) => dataset::quotes(&args),
        Command::Schema(args) => dataset::schema(&args),
        Command::Match(args) => matching::run_match(&args),
        Command::Clusters(args) => matching::clusters(&args),
        Command::Funding(args) => matching::funding(&args),
        Command::Evaluate(args) => evaluate::evaluate(&args),
        Command::Fit(args) => evaluate::fit(&args),
        Command::Plan(args) => plan::plan(&args),
        Command::Contribution(command) => contribution::run(&command),
        Command::Synthetic(args) => synthetic::run(&args),
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

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// clap's own checks of the definitions: no two options with one name, and so on.
    #[test]
    fn the_command_line_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
