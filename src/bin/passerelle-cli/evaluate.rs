//! `evaluate` and `fit`: how well the engine finds the known partnerships, and the weights that
//! find them best.

use clap::Args;
use passerelle::data::Catalog;
use passerelle::matching::{self, fit as fitting, MatchIndex, Recall, Weights};

use super::options::{self, DataFile};
use super::Failure;

#[derive(Args)]
pub struct EvaluateArgs {
    /// Score the engine with these weights (complementarity, shared priorities, networks,
    /// language, context, ties, wishes) instead of fitting them leaving each partnership out
    #[arg(long, value_name = "C,S,N,L,X,T,W", value_parser = options::weights)]
    weights: Option<Weights>,
    #[command(flatten)]
    data: DataFile,
}

#[derive(Args)]
pub struct FitArgs {
    /// Update src/matching/fitted.rs with the fitted weights
    #[arg(long)]
    write: bool,
    #[command(flatten)]
    data: DataFile,
}

const KS: [usize; 4] = [1, 3, 5, 10];

fn percent(value: f64) -> String {
    format!("{:5.1}%", value * 100.0)
}

pub fn evaluate(args: &EvaluateArgs) -> Result<bool, Failure> {
    let catalog = args.data.catalog()?;
    let index = MatchIndex::new(&catalog);
    let (engine, label) = match args.weights {
        Some(weights) => (
            matching::recall(&catalog, &index, weights),
            "engine (given weights)",
        ),
        None => (
            matching::recall_loo(&catalog, &index).0,
            "engine (leave-one-out)",
        ),
    };
    let columns = [
        (label, engine),
        (
            "needs-meet-expertise",
            matching::baseline_needs(&catalog, &index),
        ),
        (
            "alphabetical",
            matching::baseline_alphabetical(&catalog, &index),
        ),
    ];
    print_header(&catalog, &columns[0].1);
    let mut line = format!("{:<11}", "");
    for (name, _) in &columns {
        line.push_str(&format!("  {name:<24}"));
    }
    println!("{}", line.trim_end());
    let mut line = format!("{:<11}", "");
    for _ in &columns {
        line.push_str(&format!("  {:<11} {:<12}", "all", "known"));
    }
    println!("{}", line.trim_end());
    let rows = KS.iter().map(|&k| {
        (format!("recall@{k}"), move |r: &Recall, known| {
            r.at(k, known)
        })
    });
    for (name, value) in rows {
        let mut line = format!("{name:<11}");
        for (_, recall) in &columns {
            line.push_str(&format!(
                "  {:<11} {:<12}",
                percent(value(recall, false)),
                percent(value(recall, true))
            ));
        }
        println!("{}", line.trim_end());
    }
    let mut line = format!("{:<11}", "MRR");
    for (_, recall) in &columns {
        line.push_str(&format!(
            "  {:<11} {:<12}",
            format!("{:6.3}", recall.mrr(false)),
            format!("{:6.3}", recall.mrr(true))
        ));
    }
    println!("{}", line.trim_end());
    Ok(true)
}

fn print_header(catalog: &Catalog, recall: &Recall) {
    let known = recall.partner_known.iter().filter(|k| **k).count();
    let partnerships = matching::cases(catalog)
        .iter()
        .map(|c| c.partnership)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    println!(
        "{} cases (focus city with priorities, sector asked, real partner) from {partnerships} \
         partnerships;\n{known} where the partner has stated priorities (\"known\").",
        recall.ranks.len()
    );
    println!(
        "Existing ties, and the evidence that restates them, are hidden in all three columns.\n\
         Leave-one-out: each partnership is scored with weights fitted without it and without\n\
         any other partnership between two of its cities.\n\
         Needs-meet-expertise: a candidate scores by the asked sector where one city's stated\n\
         need or investment meets the other's stated expertise. Both baselines rank equal\n\
         scores in alphabetical order.\n"
    );
}

pub fn fit(args: &FitArgs) -> Result<bool, Failure> {
    let catalog = args.data.catalog()?;
    let index = MatchIndex::new(&catalog);
    let fitted = fitting::fit_all(&catalog, &index);
    let start = fitting::START.to_list();
    println!("Weights fitted on every known partnership:");
    for ((name, value), start) in matching::WEIGHT_NAMES
        .iter()
        .zip(fitted.to_list())
        .zip(start)
    {
        let note = match *name {
            "complementarity" => "  (fixed: sets the scale)",
            "context" | "ties" => "  (not fitted: evaluation asks no context and hides ties)",
            _ if value != start => "",
            _ => "  (unchanged from the start)",
        };
        println!("  {name:<18} {value}{note}");
    }
    let recall = matching::recall(&catalog, &index, fitted);
    println!(
        "In-sample recall@5 with them: {} of all cases, {} where the partner has priorities \
         (see `evaluate` for the honest, leave-one-out figures).",
        percent(recall.at(5, false)).trim(),
        percent(recall.at(5, true)).trim()
    );
    if args.write {
        std::fs::write(fitting::FITTED_PATH, fitting::render(&fitted)).map_err(|e| {
            Failure(format!(
                "cannot write {} (run from the repository root): {e}",
                fitting::FITTED_PATH
            ))
        })?;
        println!("Wrote {}; rebuild to use them.", fitting::FITTED_PATH);
        return Ok(true);
    }
    if fitted == Weights::default() {
        println!("The committed defaults ({}) match.", fitting::FITTED_PATH);
        return Ok(true);
    }
    println!(
        "The committed defaults ({}) differ: run `passerelle-cli fit --write` and rebuild.",
        fitting::FITTED_PATH
    );
    Ok(false)
}
