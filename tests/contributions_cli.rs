//! `passerelle-cli contribution check` and `merge` as maintainers run them: located problems and
//! exit codes, a readable diff, conflicts refused unless told how, a dataset that still passes
//! `validate`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::cli::{cli, path_arg, stdout};
use common::contributions::{file, kisumu, tunis_population};
use common::shipped_json;
use serde_json::json;

/// A scratch folder with a copy of the dataset and its schema, and the contribution file.
fn scratch(name: &str, contribution: &str) -> (PathBuf, PathBuf) {
    let dataset = common::cli::scratch(&format!("contribution-{name}"), &shipped_json());
    let file = dataset.with_file_name("contribution.json");
    std::fs::write(&file, contribution).expect("file written");
    (file, dataset)
}

/// `contribution merge` of `contribution` into `dataset`, with any `more` arguments.
fn merge(contribution: &Path, dataset: &Path, more: &[&str]) -> Output {
    let mut args = vec![
        "contribution",
        "merge",
        path_arg(contribution),
        "--into",
        path_arg(dataset),
    ];
    args.extend_from_slice(more);
    cli(&args)
}

#[test]
fn check_accepts_a_valid_file_and_flags_a_profile_named_like_a_dataset_city() {
    let mut zurich = kisumu();
    zurich["id"] = json!("zurich-office");
    zurich["name"] = json!("Zurich");
    let text = file(vec![kisumu(), zurich], vec![tunis_population()]).to_string();
    let (contribution, _) = scratch("check-valid", &text);
    let output = cli(&["contribution", "check", path_arg(&contribution)]);
    let out = stdout(&output);
    assert!(output.status.success(), "{out}");
    assert!(
        out.contains("valid (2 profile(s), 1 correction(s)"),
        "{out}"
    );
    assert!(out.contains("warning: profile 'zurich-office'"), "{out}");
}

#[test]
fn check_prints_every_problem_with_its_path_and_fails() {
    let mut bad = kisumu();
    bad["priorities"][0]["sector"] = json!("space-travel");
    bad["languages"] = json!(["English"]);
    bad["unexpected"] = json!({"deeply": {"nested": [1, 2, 3]}});
    let mut good = kisumu();
    good["id"] = json!("kisumu-2");
    good["country_code"] = json!(42);
    let text = file(
        vec![bad, good],
        vec![json!({"path": "cities/tunis/population"})],
    )
    .to_string();
    let (contribution, _) = scratch("check-invalid", &text);
    let output = cli(&["contribution", "check", path_arg(&contribution)]);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{out}");
    for expected in [
        "profiles[0]: unknown field `unexpected`",
        "profiles[1]: invalid type: integer `42`",
        "corrections[0]: missing field `value`",
    ] {
        assert!(out.contains(expected), "{expected} in {out}");
    }
}

#[test]
fn check_refuses_truncated_and_newer_files() {
    let text = file(vec![kisumu()], vec![]).to_string();
    let (contribution, _) = scratch("check-truncated", &text[..text.len() / 2]);
    let output = cli(&["contribution", "check", path_arg(&contribution)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("not valid JSON"));

    let mut newer = file(vec![], vec![]);
    newer["version"] = json!(7);
    let (contribution, _) = scratch("check-newer", &newer.to_string());
    let output = cli(&["contribution", "check", path_arg(&contribution)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("update Passerelle"));
}

#[test]
fn merge_prints_a_diff_and_leaves_a_dataset_that_passes_validate() {
    let text = file(vec![kisumu()], vec![tunis_population()]).to_string();
    let (contribution, dataset) = scratch("merge", &text);
    let output = merge(&contribution, &dataset, &[]);
    let out = stdout(&output);
    assert!(output.status.success(), "{out}");
    for line in [
        "+ cities/kisumu (Kisumu)",
        "~ cities/tunis/population: 639000 -> 700000",
    ] {
        assert!(out.contains(line), "{line} in {out}");
    }
    let validate = cli(&["validate", path_arg(&dataset)]);
    assert!(validate.status.success(), "{}", stdout(&validate));
    let merged = std::fs::read_to_string(&dataset).expect("written");
    assert!(merged.contains("\"doc\": \"contribution\""));
    // Merging the same file again finds Kisumu in the dataset now.
    let again = merge(&contribution, &dataset, &[]);
    assert_eq!(again.status.code(), Some(1));
}

#[test]
fn merge_refuses_conflicts_unless_told_and_never_writes_a_broken_dataset() {
    let mut tunis = kisumu();
    tunis["id"] = json!("tunis");
    let text = file(vec![tunis], vec![]).to_string();
    let (contribution, dataset) = scratch("merge-conflict", &text);
    let before = std::fs::read_to_string(&dataset).expect("readable");
    let output = merge(&contribution, &dataset, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("--on-conflict skip or replace"));
    assert_eq!(std::fs::read_to_string(&dataset).expect("readable"), before);

    let bogus = merge(&contribution, &dataset, &["--on-conflict", "merge-anyway"]);
    assert_eq!(bogus.status.code(), Some(2));

    let replaced = merge(&contribution, &dataset, &["--on-conflict", "replace"]);
    assert!(replaced.status.success(), "{}", stdout(&replaced));
    assert!(cli(&["validate", path_arg(&dataset)]).status.success());

    let mut population = tunis_population();
    population["path"] = json!("cities/beira/population");
    let (contribution, dataset) =
        scratch("merge-broken", &file(vec![], vec![population]).to_string());
    let before = std::fs::read_to_string(&dataset).expect("readable");
    let output = merge(&contribution, &dataset, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("nothing merged"),
        "{}",
        stdout(&output)
    );
    assert_eq!(std::fs::read_to_string(&dataset).expect("readable"), before);
}
