//! The dataset's JSON Schema is generated from the model: the published file must be the
//! generated one (CI fails on drift), and the rules it states beyond the types hold.

mod common;

use common::{mutate, repo_path, shipped_json};
use passerelle::data::schema::{dataset_schema, SCHEMA_PATH};
use serde_json::{json, Value};

#[test]
fn the_published_schema_is_the_generated_one() {
    let committed = std::fs::read_to_string(repo_path(SCHEMA_PATH)).expect("schema is readable");
    assert!(
        committed == dataset_schema(),
        "{SCHEMA_PATH} is not the schema the model generates: run \
         `cargo run --bin passerelle-cli -- schema --write` and commit it"
    );
}

/// The schema's complaints about a dataset, as `path: message` lines.
fn complaints(dataset: &str) -> Vec<String> {
    let schema: Value = serde_json::from_str(&dataset_schema()).expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema is valid");
    let dataset: Value = serde_json::from_str(dataset).expect("the dataset is JSON");
    validator
        .iter_errors(&dataset)
        .map(|e| format!("{}: {e}", e.instance_path))
        .collect()
}

fn rejected_at(dataset: &str, path: &str) {
    let found = complaints(dataset);
    assert!(
        found.iter().any(|c| c.starts_with(path)),
        "{path}: {found:?}"
    );
}

#[test]
fn the_shipped_dataset_meets_the_schema() {
    assert_eq!(complaints(&shipped_json()), Vec::<String>::new());
}

#[test]
fn ids_ranges_and_lists_are_checked() {
    rejected_at(
        &mutate(|d| d["cities"][0]["id"] = json!("Zürich")),
        "/cities/0/id",
    );
    rejected_at(
        &mutate(|d| d["cities"][0]["lat"] = json!(91.0)),
        "/cities/0/lat",
    );
    rejected_at(
        &mutate(|d| d["cities"][0]["languages"] = json!([])),
        "/cities/0/languages",
    );
    rejected_at(
        &mutate(|d| d["schema_version"] = json!(2)),
        "/schema_version",
    );
    rejected_at(
        &mutate(|d| d["cities"][0]["colour"] = json!("blue")),
        "/cities/0",
    );
}

#[test]
fn fields_written_as_null_are_required_and_defaulted_ones_may_be_absent() {
    let without = |field: &'static str| {
        mutate(move |d| {
            if let Some(city) = d["cities"][0].as_object_mut() {
                city.remove(field);
            }
        })
    };
    rejected_at(&without("population"), "/cities/0");
    assert_eq!(complaints(&without("wishes")), Vec::<String>::new());
    let nulled = mutate(|d| d["cities"][0]["population"] = Value::Null);
    assert!(!complaints(&nulled).iter().any(|c| c.contains("population")));
}

#[test]
fn a_source_names_its_passage_unless_it_is_a_reference_fact() {
    let source = |source: Value| mutate(move |d| d["cities"][0]["sources"]["location"] = source);
    rejected_at(
        &source(json!({"doc": "reference", "ref": "Table 1"})),
        "/cities/0/sources/location",
    );
    rejected_at(
        &source(json!({"doc": "odi-2020"})),
        "/cities/0/sources/location",
    );
    assert_eq!(
        complaints(&source(json!({"doc": "odi-2020", "ref": "Table 1"}))),
        Vec::<String>::new()
    );
}

#[test]
fn an_eligibility_names_a_continent_or_a_network() {
    let empty = mutate(|d| d["funding"][0]["eligibility"][0]["continents"] = json!([]));
    rejected_at(&empty, "/funding/0/eligibility/0");
}

/// The schema no longer repeats the non-blank rule for texts, nor that a passage needs a `ref`
/// that is not null: the consistency checks, which the browser runs too, report them.
#[test]
fn what_the_schema_leaves_to_the_consistency_checks_is_reported() {
    let broken = mutate(|d| {
        d["sources"][0]["kind"] = json!(" ");
        d["stances"][0]["name"] = json!("");
        d["funding"][0]["provider"] = json!("");
        d["networks"][0]["size_text"] = json!(" ");
        d["cities"][1]["priorities"][0]["source"]["ref"] = Value::Null;
    });
    let issues = match passerelle::data::load(&broken) {
        Err(error) => error.issues(),
        Ok(_) => Vec::new(),
    };
    for path in [
        "sources[0].kind",
        "stances[0].name",
        "funding[0].provider",
        "networks[0].size_text",
        "cities[1].priorities[0].source.ref",
    ] {
        assert!(
            issues.iter().any(|i| i.starts_with(path)),
            "{path}: {issues:#?}"
        );
    }
}
