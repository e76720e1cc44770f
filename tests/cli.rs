//! `passerelle-cli` as data maintainers run it: exit codes and located messages, never a panic.
//! The dataset commands; the match-making ones are in `cli_matching.rs`.

mod common;

use common::cli::{cli, path_arg, scratch, stderr, stdout};
use common::{mutate, repo_path, shipped_json};
use passerelle::data::vocabulary::Vocabulary;
use serde_json::json;

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
            stderr(&output).contains("Usage:"),
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
fn pack_writes_what_the_app_reads_and_refuses_a_dataset_with_problems() {
    let good = scratch("pack-good", &shipped_json());
    let output = cli(&["pack", path_arg(&good)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let bytes = std::fs::read(good.with_extension("bin")).expect("packed file written");
    let catalog = passerelle::data::load_packed(&bytes, |_| ())
        .expect("the app reads it")
        .0;
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
fn pack_packs_each_vocabulary_that_names_the_dataset_and_refuses_one_that_does_not() {
    let french = std::fs::read_to_string(repo_path("public/data/vocabulary/fr.json"))
        .expect("French vocabulary");
    let dataset = scratch("pack-vocabulary", &shipped_json());
    let folder = dataset.with_file_name("vocabulary");
    std::fs::create_dir_all(&folder).expect("vocabulary folder");
    std::fs::write(folder.join("fr.json"), &french).expect("written");
    let mut stray: serde_json::Value = serde_json::from_str(&french).expect("JSON");
    stray["language"] = json!("xx");
    stray["countries"]["ZZ"] = json!("Nowhere");
    std::fs::write(folder.join("xx.json"), stray.to_string()).expect("written");

    let output = cli(&["pack", path_arg(&dataset)]);
    assert!(
        !output.status.success(),
        "a vocabulary with a problem fails the pack"
    );
    assert!(
        stdout(&output).contains("countries \"ZZ\" in the xx vocabulary is not in the dataset"),
        "{}",
        stdout(&output)
    );
    assert!(!folder.join("xx.bin").exists(), "nothing packed for it");
    let packed = std::fs::read(folder.join("fr.bin")).expect("French packed");
    assert_eq!(
        Vocabulary::unpack(&packed),
        Ok(Vocabulary::parse(&french).expect("parses"))
    );
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
    let catalog = passerelle::data::load_packed(&bytes, |_| ())
        .expect("the app reads it")
        .0;
    assert_eq!(catalog.cities().len(), 120);
    assert!(stdout(&output).starts_with("120 cities (seed 42)"));
}
