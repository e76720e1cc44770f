//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

pub fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

pub fn shipped_json() -> String {
    std::fs::read_to_string(repo_path("public/data/dataset.json"))
        .expect("public/data/dataset.json is readable")
}

/// The shipped dataset, loaded as the app loads it.
pub fn catalog() -> passerelle::data::Catalog {
    passerelle::data::load(&shipped_json()).expect("shipped dataset loads")
}

/// Two moments a day apart, as `toISOString` writes them, for records created then changed.
pub const T0: &str = "2026-11-23T10:00:00.000Z";
pub const T1: &str = "2026-11-24T09:30:00.000Z";

/// The shipped dataset with one change applied, as JSON text.
pub fn mutate(change: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value =
        serde_json::from_str(&shipped_json()).expect("shipped dataset is JSON");
    change(&mut value);
    value.to_string()
}

/// The folder of the two source documents, when this checkout sits beside the project's
/// `shared/` folder (or `PASSERELLE_SEEDS` names it).
pub fn seeds_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("PASSERELLE_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_path("../shared/seeds"));
    dir.join("README.md").exists().then_some(dir)
}

/// A hand-made city for small test datasets: `priorities` as `(sector, stance)` pairs.
pub fn city(
    id: &str,
    continent: &str,
    languages: &[&str],
    priorities: &[(&str, &str)],
    population: Option<u64>,
    share: Option<f64>,
) -> serde_json::Value {
    let source = serde_json::json!({"doc": "odi-2020", "ref": "Table A1"});
    let reference = serde_json::json!({"doc": "reference"});
    let table = population.is_some();
    serde_json::json!({
        "id": id, "name": id[..1].to_uppercase() + &id[1..], "country": "Testland", "country_code": "TT",
        "continent": continent, "lat": 0.0, "lon": 0.0, "participant": true,
        "mayor": if table { serde_json::json!({"name": "A Mayor", "since": 2020, "source": source}) } else { serde_json::Value::Null },
        "population": population, "population_text": population.map(|p| p.to_string()),
        "migrant_share_pct": share, "as_of": if table { Some("2020-08") } else { None },
        "languages": languages,
        "sources": {"named_in": source, "characteristics": if table { source.clone() } else { serde_json::Value::Null },
                    "country": reference, "location": reference, "languages": reference},
        "priorities": priorities.iter().map(|(sector, stance)| serde_json::json!({
            "sector": sector, "stance": stance, "text": format!("{id} {stance} {sector}"), "source": source})).collect::<Vec<_>>(),
        "challenges": [], "opportunities": [], "initiatives": [], "covid_responses": [], "mobility": []
    })
}

pub fn network(id: &str, members: &[&str]) -> serde_json::Value {
    serde_json::json!({"id": id, "name": id.to_uppercase(), "type": null, "type_source": null, "scope": "global",
        "members": members, "founded": null, "size_text": null, "sectors": [], "in_figure_1": false,
        "text": "A network.", "source": {"doc": "odi-2020", "ref": "4.1"}, "also_in": []})
}

pub fn partnership(id: &str, cities: &[&str], sectors: &[&str]) -> serde_json::Value {
    serde_json::json!({"id": id, "cities": cities, "sectors": sectors, "mode": "peer-learning", "since": null,
        "status": "existing", "kind": "bilateral", "network": null, "funding": [], "summary": "A tie.",
        "source": {"doc": "odi-2020", "ref": "Box 4"}, "also_in": []})
}

/// The shipped vocabularies with only the given cities, networks and partnerships.
pub fn small_catalog(
    cities: Vec<serde_json::Value>,
    networks: Vec<serde_json::Value>,
    partnerships: Vec<serde_json::Value>,
) -> passerelle::data::Catalog {
    let json = mutate(|d| {
        d["cities"] = cities.into();
        d["networks"] = networks.into();
        d["partnerships"] = partnerships.into();
        d["funding"] = serde_json::json!([]);
        d["notes"] = serde_json::json!([]);
    });
    passerelle::data::load(&json).expect("small test dataset is valid")
}
pub mod cli;
pub mod contributions;
pub mod proposals;
