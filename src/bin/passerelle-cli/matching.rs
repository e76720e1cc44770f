//! `match`, `clusters` and `funding`: the match-making engine from the command line.

use std::collections::BTreeSet;

use clap::Args;
use passerelle::data::{Catalog, Mode};
use passerelle::format::{decimal, ENGLISH};
use passerelle::id::Id;
use passerelle::matching::{
    self, ClusterQuery, Confidence, FundingFit, MatchIndex, MatchQuery, TiePolicy, Weights,
};
use serde::Serialize;
use serde_json::{json, Value};

use super::options::{self, list, DataFile};
use super::Failure;

#[derive(Args)]
pub struct MatchArgs {
    /// The city to find partners for
    #[arg(long, value_name = "ID")]
    city: String,
    /// A sector the partnership is about (repeatable, or comma-separated)
    #[arg(long, value_name = "ID", value_delimiter = ',')]
    sector: Vec<String>,
    /// How existing partners count: ranked higher (boost), as any other (neutral) or left out
    /// (exclude) [default: boost]
    #[arg(long, value_name = "boost|neutral|exclude", value_parser = options::id::<TiePolicy>)]
    ties: Option<TiePolicy>,
    /// How many partners to show
    #[arg(long, value_name = "N", default_value_t = 10)]
    top: usize,
    /// The kind of collaboration sought, which shifts the default weights
    #[arg(
        long,
        value_name = "peer-learning|development|economic|service-delivery",
        value_parser = options::id::<Mode>
    )]
    mode: Option<Mode>,
    /// Prefer cities of a similar population and migrant share
    #[arg(long)]
    peers: bool,
    /// Prefer Africa–Europe pairs
    #[arg(long)]
    cross_continental: bool,
    /// The weights of complementarity, shared priorities, networks, language, context, ties
    /// and wishes [default: those fitted, shifted by --mode]
    #[arg(long, value_name = "C,S,N,L,X,T,W", value_parser = options::weights)]
    weights: Option<Weights>,
    /// Print JSON for scripts
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    data: DataFile,
}

#[derive(Args)]
pub struct ClustersArgs {
    /// A sector the group works on (repeatable, or comma-separated)
    #[arg(long, value_name = "ID", value_delimiter = ',', required = true)]
    sector: Vec<String>,
    /// Every group has African and European members
    #[arg(long)]
    both_continents: bool,
    /// How many groups to show
    #[arg(long, value_name = "N", default_value_t = 5)]
    top: usize,
    /// Print JSON for scripts
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    data: DataFile,
}

#[derive(Args)]
pub struct FundingArgs {
    /// A city of the pair, cluster or proposal (repeatable, or comma-separated)
    #[arg(long, value_name = "ID", value_delimiter = ',', required = true)]
    city: Vec<String>,
    /// A sector it works on (repeatable, or comma-separated)
    #[arg(long, value_name = "ID", value_delimiter = ',')]
    sector: Vec<String>,
    /// Print JSON for scripts
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    data: DataFile,
}

/// Four decimals are enough to read and compare scores in JSON.
fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

/// A score for people: one decimal says as much as the evidence does.
fn coarse(value: f64) -> String {
    decimal(value, 1, &ENGLISH)
}

/// Confidence as an icon and a word, so it never rests on a number alone.
fn confidence(value: Confidence) -> String {
    let icon = match value {
        Confidence::High => "●●●",
        Confidence::Medium => "●●○",
        Confidence::Low => "●○○",
    };
    format!("{icon} {} confidence", value.id())
}

/// A typed value as JSON with its English wording under `text`.
fn with_text(value: &impl Serialize, text: String) -> Value {
    let mut value = serde_json::to_value(value).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut value {
        map.insert("text".into(), Value::String(text));
    }
    value
}

fn reasons_json(catalog: &Catalog, reasons: &[matching::Reason]) -> Vec<Value> {
    reasons
        .iter()
        .map(|r| with_text(r, matching::describe(catalog, r)))
        .collect()
}

fn funding_json(catalog: &Catalog, fits: &[FundingFit]) -> Vec<Value> {
    fits.iter()
        .map(|fit| {
            let funding = &catalog.data().funding[fit.funding];
            json!({
                "id": funding.id,
                "name": funding.name,
                "score": round(fit.score),
                "reasons": fit.reasons,
                "source": funding.source,
                "text": matching::describe_funding(catalog, fit),
            })
        })
        .collect()
}

/// The funding lines of the text output: each fit, or one plain sentence when none fits.
fn print_funding(catalog: &Catalog, fits: &[FundingFit], indent: &str) {
    if fits.is_empty() {
        println!("{indent}no funding entry in the dataset fits these cities and sectors");
    }
    for fit in fits {
        println!(
            "{indent}funding: {}",
            matching::describe_funding(catalog, fit)
        );
    }
}

pub fn run_match(args: &MatchArgs) -> Result<bool, Failure> {
    let catalog = args.data.catalog()?;
    let index = MatchIndex::new(&catalog);
    let mut query = MatchQuery::new(&args.city);
    query.sectors = list(&args.sector).into_iter().collect();
    if let Some(ties) = args.ties {
        query.ties = ties;
    }
    query.mode = args.mode;
    query.weights = args
        .weights
        .unwrap_or_else(|| Weights::for_mode(query.mode));
    query.peers = args.peers;
    query.cross_continental = args.cross_continental;
    let top = args.top;

    let ranked = matching::rank(&catalog, &index, &query)?;
    let warnings = matching::warnings(&catalog, &index, &query)?;
    let shown = &ranked[..top.min(ranked.len())];
    let name = |position: usize| catalog.cities()[position].name.clone();
    if args.json {
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
                    "confidence": s.confidence,
                    "quoted": s.quoted,
                    "components": components,
                    "two_way": s.two_way,
                    "ties": s.ties.iter().map(|&p| &catalog.partnerships()[p].id).collect::<Vec<_>>(),
                    "duplicates": s.duplicates.iter().map(|&p| &catalog.partnerships()[p].id).collect::<Vec<_>>(),
                    "reasons": reasons_json(&catalog, &matching::explain(&catalog, &index, &query, s)),
                    "funding": funding_json(&catalog, &matching::funding_for_pair(&catalog, &index, &query, s)),
                })
            })
            .collect();
        let output = json!({
            "city": query.city,
            "sector": if sectors.len() == 1 { json!(sectors[0]) } else { Value::Null },
            "sectors": sectors,
            "ties": query.ties.id(),
            "weights": query.weights.to_list(),
            "warnings": warnings
                .iter()
                .map(|w| with_text(w, matching::describe_warning(&catalog, w)))
                .collect::<Vec<_>>(),
            "results": results,
        });
        println!("{}", serde_json::to_string_pretty(&output)?);
        return Ok(true);
    }
    let focus = catalog
        .city(&query.city)
        .map_or(query.city.as_str(), |c| c.name.as_str());
    println!(
        "Partners for {focus} (ties: {}, {} candidates ranked)",
        query.ties.id(),
        ranked.len()
    );
    for warning in &warnings {
        println!("Note: {}", matching::describe_warning(&catalog, warning));
    }
    for (i, s) in shown.iter().enumerate() {
        let parts: Vec<String> = s
            .components
            .named()
            .iter()
            .filter(|(_, v)| *v > 0.0)
            .map(|(k, v)| format!("{k} {}", coarse(*v)))
            .collect();
        println!(
            "{:>3}. {}  score {}  {}{}  [{}]",
            i + 1,
            name(s.city),
            coarse(s.score),
            confidence(s.confidence),
            if s.two_way { "  two-way" } else { "" },
            parts.join(", ")
        );
        for reason in matching::explain(&catalog, &index, &query, s) {
            println!("       - {}", matching::describe(&catalog, &reason));
        }
        let fits = matching::funding_for_pair(&catalog, &index, &query, s);
        let names: Vec<&str> = fits
            .iter()
            .map(|f| catalog.data().funding[f.funding].name.as_str())
            .collect();
        if names.is_empty() {
            println!("       no funding entry in the dataset fits this pair");
        } else {
            println!("       funding that fits: {}", names.join("; "));
        }
    }
    Ok(true)
}

pub fn clusters(args: &ClustersArgs) -> Result<bool, Failure> {
    let catalog = args.data.catalog()?;
    let index = MatchIndex::new(&catalog);
    let sectors: BTreeSet<String> = list(&args.sector).into_iter().collect();
    if sectors.is_empty() {
        return Err(Failure("clusters needs --sector ID".into()));
    }
    let query = ClusterQuery {
        sectors,
        both_continents: args.both_continents,
        top: args.top,
    };
    let groups = matching::clusters(&catalog, &index, &query)?;
    let ids = |cities: &[usize]| {
        cities
            .iter()
            .map(|&c| catalog.cities()[c].id.clone())
            .collect::<Vec<_>>()
    };
    if args.json {
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
                    "funding": funding_json(&catalog, &matching::funding_for_cluster(&catalog, g)),
                })
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&json!({"sectors": query.sectors, "results": results}))?
        );
        return Ok(true);
    }
    for (i, g) in groups.iter().enumerate() {
        let names: Vec<&str> = g
            .members
            .iter()
            .map(|&c| catalog.cities()[c].name.as_str())
            .collect();
        println!(
            "{}. {}  score {} (covers {:.0}% of the need, cohesion {})",
            i + 1,
            names.join(", "),
            coarse(g.score),
            g.coverage * 100.0,
            coarse(g.cohesion)
        );
        for reason in matching::explain_cluster(&catalog, &index, g) {
            println!("     - {}", matching::describe(&catalog, &reason));
        }
        print_funding(
            &catalog,
            &matching::funding_for_cluster(&catalog, g),
            "     ",
        );
    }
    if groups.is_empty() {
        println!(
            "no group of {}-{} cities with expertise and need in these sectors",
            matching::MIN_CLUSTER,
            matching::MAX_CLUSTER
        );
    }
    Ok(true)
}

pub fn funding(args: &FundingArgs) -> Result<bool, Failure> {
    let catalog = args.data.catalog()?;
    let cities = list(&args.city);
    if cities.is_empty() {
        return Err(Failure("funding needs --city ID".into()));
    }
    if let Some(unknown) = cities.iter().find(|c| catalog.city(c).is_none()) {
        return Err(matching::MatchError::UnknownCity(unknown.clone()).into());
    }
    let sectors = list(&args.sector);
    if let Some(unknown) = sectors.iter().find(|s| catalog.sector(s).is_none()) {
        return Err(matching::MatchError::UnknownSector(unknown.clone()).into());
    }
    let fits = matching::rank_funding(&catalog, &cities, &sectors);
    if args.json {
        let output =
            json!({"cities": cities, "sectors": sectors, "results": funding_json(&catalog, &fits)});
        println!("{}", serde_json::to_string_pretty(&output)?);
    } else {
        print_funding(&catalog, &fits, "");
    }
    Ok(true)
}
