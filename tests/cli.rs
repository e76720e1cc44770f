//! `passerelle-cli` as data maintainers run it: exit codes and located messages, never a panic.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{mutate, repo_path, shipped_json};
use serde_json::json;

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_passerelle-cli"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("passerelle-cli runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A scratch folder per test, holding a copy of the schema next to the file under test.
fn scratch(name: &str, dataset: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("passerelle-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    std::fs::copy(
        repo_path("public/data/dataset.schema.json"),
        dir.join("dataset.schema.json"),
    )
    .expect("schema copied");
    std::fs::write(dir.join("dataset.json"), dataset).expect("dataset written");
    dir.join("dataset.json")
}

fn path_arg(path: &Path) -> &str {
    path.to_str().expect("utf-8 temp path")
}

#[test]
fn validate_accepts_the_shipped_dataset() {
    let output = cli(&["validate", "public/data/dataset.json"]);
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    assert!(
        stdout(&output).contains("valid (35 cities"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn validate_lists_located_problems_and_fails() {
    let file = scratch(
        "broken",
        &mutate(|d| {
            d["cities"][3]["priorities"][0]["sector"] = json!("wast-management");
            d["cities"][4]["colour"] = json!("blue");
        }),
    );
    let output = cli(&["validate", path_arg(&file)]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains("/cities/4") && out.contains("colour") && out.contains("(schema)"),
        "{out}"
    );
    assert!(
        out.contains("cities[3].priorities[0].sector: unknown sector 'wast-management'"),
        "{out}"
    );
    assert!(
        stderr(&output).contains("2 problem(s)"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn validate_reports_a_file_that_is_not_json() {
    let file = scratch("not-json", &shipped_json()[..5000]);
    let output = cli(&["validate", path_arg(&file)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("not valid JSON (line"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn validate_reports_a_missing_file_without_panicking() {
    let output = cli(&["validate", "no/such/dataset.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("cannot read no/such/dataset.json"),
        "{}",
        stderr(&output)
    );
    assert!(!stderr(&output).contains("panicked"));
}

#[test]
fn unknown_commands_and_options_are_refused_with_usage() {
    for args in [
        &["frobnicate"][..],
        &["validate", "--colour", "red"][..],
        &[][..],
    ] {
        let output = cli(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains("usage:"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn quotes_reports_a_quotation_the_source_does_not_contain() {
    let seeds = std::env::temp_dir().join(format!("passerelle-seeds-{}", std::process::id()));
    std::fs::create_dir_all(&seeds).expect("seeds dir");
    // Sources that say nothing: every quotation must be reported, by path.
    std::fs::write(seeds.join("000_9a3aae184ca3d42d.txt"), "An unrelated text.").expect("write");
    std::fs::write(
        seeds.join("001_bd674f7227c03d68.txt"),
        "Another unrelated text.",
    )
    .expect("write");
    let output = cli(&["quotes", "--seeds", path_arg(&seeds)]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(
        out.contains("cities[1].priorities[0].text: not found in 'odi-2020'"),
        "{out}"
    );
    assert!(out.contains(" 0 of "), "{out}");
}

#[test]
fn match_prints_ranked_partners_as_json_with_components_and_reasons() {
    let output = cli(&[
        "match",
        "--city",
        "freetown",
        "--sector",
        "waste-management",
        "--top",
        "5",
        "--json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON output");
    assert_eq!(json["city"], "freetown");
    assert_eq!(json["sector"], "waste-management");
    let results = json["results"].as_array().expect("results");
    assert_eq!(results.len(), 5);
    assert_eq!(
        results[0]["city"], "milan",
        "expertise, shared networks and an existing tie"
    );
    let scores: Vec<f64> = results
        .iter()
        .map(|r| r["score"].as_f64().expect("score"))
        .collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "best first: {scores:?}"
    );
    for key in [
        "complementarity",
        "shared_priorities",
        "networks",
        "language",
        "context",
        "ties",
    ] {
        assert!(results[0]["components"][key].is_number(), "{key}");
    }
    let reasons = results[0]["reasons"].as_array().expect("reasons");
    assert!(reasons
        .iter()
        .any(|r| r["kind"] == "offers" && r["offer"]["source"]["ref"] == "Table A1"));
    assert!(
        reasons.iter().any(|r| r["kind"] == "duplicates"),
        "the waste exchange already exists"
    );
    assert!(reasons.iter().all(|r| r["text"].is_string()));
}

#[test]
fn match_ties_policies_change_the_list() {
    let ranked = |ties: &str| -> Vec<String> {
        let output = cli(&[
            "match", "--city", "dakar", "--ties", ties, "--top", "40", "--json",
        ]);
        assert!(output.status.success(), "{}", stderr(&output));
        let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
        json["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|r| r["city"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let boost = ranked("boost");
    let exclude = ranked("exclude");
    assert!(boost.contains(&"evry".to_string()) && !exclude.contains(&"evry".to_string()));
    assert!(!exclude.contains(&"milan".to_string()) && !exclude.contains(&"durban".to_string()));
    assert_eq!(ranked("neutral").len(), 34);
}

#[test]
fn match_and_clusters_refuse_unknown_ids_clearly() {
    let output = cli(&["match", "--city", "atlantis"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no city with the id 'atlantis'"),
        "{}",
        stderr(&output)
    );
    let output = cli(&["match", "--city", "dakar", "--ties", "sometimes"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("boost, neutral or exclude"));
    let output = cli(&["clusters", "--sector", "waste"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no sector with the id 'waste'"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn clusters_prints_groups_as_json() {
    let output = cli(&[
        "clusters",
        "--sector",
        "waste-management",
        "--both-continents",
        "--json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let groups = json["results"].as_array().expect("results");
    assert!(!groups.is_empty());
    for group in groups {
        let size = group["cities"].as_array().map_or(0, Vec::len);
        assert!((3..=6).contains(&size));
        assert!(!group["providers"].as_array().expect("providers").is_empty());
        assert!(group["reasons"]
            .as_array()
            .expect("reasons")
            .iter()
            .any(|r| r["kind"] == "offers"));
    }
}

#[test]
fn match_json_carries_confidence_warnings_and_funding() {
    let output = cli(&[
        "match",
        "--city",
        "barcelona",
        "--sector",
        "waste-management",
        "--json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let warnings = json["warnings"].as_array().expect("warnings");
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0]["kind"], "sector-without-stance");
    assert_eq!(warnings[0]["sector"], "waste-management");
    assert!(warnings[0]["text"]
        .as_str()
        .is_some_and(|t| t.contains("wants to work on it")));
    let results = json["results"].as_array().expect("results");
    for result in results {
        let confidence = result["confidence"].as_str().expect("confidence");
        assert!(
            ["high", "medium", "low"].contains(&confidence),
            "{confidence}"
        );
        assert!(result["funding"].is_array());
        assert!(result["components"]["wishes"].is_number());
    }
    assert!(results.iter().take(5).any(|r| r["city"] == "tunis"
        && r["reasons"].as_array().is_some_and(|reasons| reasons
            .iter()
            .any(|reason| reason["kind"] == "wants-to-work-on"))));
}

#[test]
fn match_text_is_coarse_and_says_what_thin_evidence_rests_on() {
    let output = cli(&["match", "--city", "hamburg", "--top", "3"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains("Note: The sources state no priorities for Hamburg"),
        "{out}"
    );
    let ranked: Vec<&str> = out.lines().filter(|l| l.contains(" score ")).collect();
    assert_eq!(ranked.len(), 3, "{out}");
    for line in ranked {
        assert!(line.contains("●○○ low confidence"), "{line}");
        let score = line
            .split(" score ")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .expect("a score");
        assert!(
            score.split('.').nth(1).is_none_or(|d| d.len() <= 1),
            "one decimal at most: {line}"
        );
    }
}

#[test]
fn evaluate_prints_the_engine_beside_two_baselines() {
    let output = cli(&["evaluate"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    for words in [
        "engine (leave-one-out)",
        "needs-meet-expertise",
        "alphabetical",
        "recall@1",
        "recall@3",
        "recall@5",
        "recall@10",
        "42 cases",
    ] {
        assert!(out.contains(words), "{words}: {out}");
    }
}

#[test]
fn fit_reports_that_the_committed_defaults_match() {
    let output = cli(&["fit"]);
    assert!(output.status.success(), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("The committed defaults (src/matching/fitted.rs) match."),
        "{}",
        stdout(&output)
    );
}

#[test]
fn funding_lists_what_fits_or_says_nothing_does() {
    let output = cli(&[
        "funding",
        "--city",
        "kampala",
        "--city",
        "zurich",
        "--sector",
        "asylum-reception",
        "--json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let results = json["results"].as_array().expect("results");
    assert!(!results.is_empty());
    assert!(results
        .iter()
        .all(|r| r["source"]["doc"].is_string() && r["reasons"].is_array()));
    let output = cli(&[
        "funding", "--city", "bremen", "--city", "kilis", "--sector", "culture",
    ]);
    assert!(output.status.success());
    assert!(
        stdout(&output).contains("no funding entry in the dataset fits"),
        "{}",
        stdout(&output)
    );
    let output = cli(&["funding", "--city", "atlantis"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("no city with the id 'atlantis'"));
}

#[test]
fn pack_writes_what_the_app_reads_and_refuses_a_dataset_with_problems() {
    let good = scratch("pack-good", &shipped_json());
    let output = cli(&["pack", path_arg(&good)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let bytes = std::fs::read(good.with_extension("bin")).expect("packed file written");
    let catalog = passerelle::data::load_packed(&bytes).expect("the app reads it");
    assert_eq!(catalog.cities().len(), 35);

    let broken = scratch(
        "pack-broken",
        &mutate(|d| d["networks"][0]["members"] = json!(["atlantis"])),
    );
    let output = cli(&["pack", path_arg(&broken)]);
    assert!(!output.status.success());
    assert!(
        stdout(&output).contains("unknown city 'atlantis'"),
        "{}",
        stdout(&output)
    );
    assert!(!broken.with_extension("bin").exists(), "nothing packed");
}

#[test]
fn plan_prints_tables_rounds_and_quality_beside_the_baseline() {
    let cities =
        "accra,barcelona,bristol,dakar,durban,freetown,kampala,kanifing,mannheim,milan,paris,tunis";
    let args = [
        "plan",
        "--city",
        cities,
        "--theme",
        "waste-management",
        "--theme",
        "governance",
    ];
    let output = cli(&[&args[..], &["--tables", "3", "--rounds", "4"]].concat());
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("Table 1 · waste-management"), "{text}");
    assert!(text.contains("Round 4 10:30–10:45"), "{text}");
    assert!(text.contains("greedy baseline"), "{text}");

    let output = cli(&[&args[..], &["--json"]].concat());
    assert!(output.status.success(), "{}", stderr(&output));
    let file: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(file["format"], "passerelle-workshop");
    assert_eq!(
        file["session"]["plan"]["rounds"].as_array().map(Vec::len),
        Some(4)
    );
    assert!(
        file["session"]["plan"]["quality"]["planner"].as_f64()
            >= file["session"]["plan"]["quality"]["baseline"].as_f64()
    );

    let output = cli(&[
        "plan",
        "--city",
        "accra,atlantis",
        "--theme",
        "governance",
        "--tables",
        "1",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("atlantis"), "{}", stderr(&output));
}

#[test]
fn synthetic_writes_a_checked_dataset_of_the_size_asked() {
    let template = scratch("synthetic", &shipped_json());
    let out = template.with_file_name("synthetic.bin");
    let output = cli(&[
        "synthetic",
        "--cities",
        "120",
        "--data",
        path_arg(&template),
        "--out",
        path_arg(&out),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let bytes = std::fs::read(&out).expect("packed file written");
    let catalog = passerelle::data::load_packed(&bytes).expect("the app reads it");
    assert_eq!(catalog.cities().len(), 120);
    assert!(stdout(&output).starts_with("120 cities (seed 42)"));
}
