//! `passerelle-cli match`, `clusters`, `funding`, `evaluate` and `fit` as maintainers run them:
//! JSON a script can read, coarse text that says how sure it is, unknown ids refused clearly.

mod common;

use common::cli::{cli, stderr, stdout};

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
    for key in passerelle::matching::WEIGHT_NAMES {
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
