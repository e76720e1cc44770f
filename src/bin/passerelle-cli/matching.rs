//! `match`, `clusters` and `funding`: the match-making engine from the command line.

use std::collections::BTreeSet;

use passerelle::data::{Catalog, Mode};
use passerelle::format::{decimal, ENGLISH};
use passerelle::id::Id;
use passerelle::matching::{
    self, ClusterQuery, Confidence, FundingFit, MatchIndex, MatchQuery, TiePolicy, Weights,
};
use serde::Serialize;
use serde_json::{json, Value};

use super::{Failure, Options, USAGE};

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

pub fn run_match(args: &[String]) -> Result<bool, Failure> {
    let options = Options::parse(
        args,
        &["city", "sector", "ties", "top", "mode", "weights", "data"],
        &["json", "peers", "cross-continental"],
    )?;
    let catalog = options.catalog()?;
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
    query.weights = options
        .weights()?
        .unwrap_or_else(|| Weights::for_mode(query.mode));
    query.peers = options.switch("peers");
    query.cross_continental = options.switch("cross-continental");
    let top = options.number("top", 10)?;

    let ranked = matching::rank(&catalog, &index, &query)?;
    let warnings = matching::warnings(&catalog, &index, &query)?;
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

pub fn clusters(args: &[String]) -> Result<bool, Failure> {
    let options = Options::parse(
        args,
        &["sector", "top", "data"],
        &["json", "both-continents"],
    )?;
    let catalog = options.catalog()?;
    let index = MatchIndex::new(&catalog);
    let sectors: BTreeSet<String> = options.list("sector").into_iter().collect();
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

pub fn funding(args: &[String]) -> Result<bool, Failure> {
    let options = Options::parse(args, &["city", "sector", "data"], &["json"])?;
    let catalog = options.catalog()?;
    let cities = options.list("city");
    if cities.is_empty() {
        return Err(Failure(format!("funding needs --city ID\n{USAGE}")));
    }
    if let Some(unknown) = cities.iter().find(|c| catalog.city(c).is_none()) {
        return Err(matching::MatchError::UnknownCity(unknown.clone()).into());
    }
    let sectors = options.list("sector");
    if let Some(unknown) = sectors.iter().find(|s| catalog.sector(s).is_none()) {
        return Err(matching::MatchError::UnknownSector(unknown.clone()).into());
    }
    let fits = matching::rank_funding(&catalog, &cities, &sectors);
    if options.switch("json") {
        let output =
            json!({"cities": cities, "sectors": sectors, "results": funding_json(&catalog, &fits)});
        println!("{}", serde_json::to_string_pretty(&output)?);
    } else {
        print_funding(&catalog, &fits, "");
    }
    Ok(true)
}
