//! Every interface string exists in every language, with the same interpolations, so a missing
//! translation fails the tests instead of showing up as a fallback at run time.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::repo_path;
use passerelle::data::vocabulary::{term_name, TermKind, Vocabulary, DATASET_LANGUAGE};
use passerelle::data::PackError;

/// Every key of a locale file (`nav.cities`) with the `{{ variables }}` of its text.
fn flatten(value: &serde_json::Value, prefix: &str, out: &mut BTreeMap<String, BTreeSet<String>>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                flatten(inner, &path, out);
            }
        }
        serde_json::Value::String(text) => {
            let variables = text
                .split("{{")
                .skip(1)
                .filter_map(|part| {
                    part.split_once("}}")
                        .map(|(name, _)| name.trim().to_string())
                })
                .collect();
            out.insert(prefix.to_string(), variables);
        }
        other => panic!("{prefix}: only texts and groups are allowed, found {other}"),
    }
}

fn locale(file: &std::path::Path) -> BTreeMap<String, BTreeSet<String>> {
    let text = std::fs::read_to_string(file).expect("locale readable");
    let value: serde_json::Value = serde_json::from_str(&text).expect("locale is JSON");
    let mut keys = BTreeMap::new();
    flatten(&value, "", &mut keys);
    keys
}

#[test]
fn every_language_has_every_string_with_the_same_variables() {
    let dir = repo_path("locales");
    let english = locale(&dir.join("en.json"));
    assert!(english.len() > 300, "{} keys", english.len());
    let mut languages = 0;
    for entry in std::fs::read_dir(&dir).expect("locales folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "json") || path.ends_with("en.json") {
            continue;
        }
        languages += 1;
        let other = locale(&path);
        let missing: Vec<&String> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let surplus: Vec<&String> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && surplus.is_empty(),
            "{}: missing {missing:?}, surplus {surplus:?}",
            path.display()
        );
        for (key, variables) in &english {
            assert_eq!(
                &other[key],
                variables,
                "{}: {key} has other variables",
                path.display()
            );
        }
    }
    assert!(languages >= 1, "at least French besides English");
}

#[test]
fn translations_are_not_left_in_english() {
    let dir = repo_path("locales");
    let english = locale(&dir.join("en.json"));
    let text = |file: &str| -> BTreeMap<String, String> {
        let value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(file)).expect("readable"))
                .expect("JSON");
        let mut out = BTreeMap::new();
        fn walk(v: &serde_json::Value, p: &str, out: &mut BTreeMap<String, String>) {
            match v {
                serde_json::Value::Object(m) => {
                    for (k, i) in m {
                        walk(
                            i,
                            &if p.is_empty() {
                                k.clone()
                            } else {
                                format!("{p}.{k}")
                            },
                            out,
                        )
                    }
                }
                serde_json::Value::String(s) => {
                    out.insert(p.to_string(), s.clone());
                }
                _ => {}
            }
        }
        walk(&value, "", &mut out);
        out
    };
    let (en, fr) = (text("en.json"), text("fr.json"));
    // Words that are the same in both languages.
    let same_in_both = [
        "Passerelle",
        "Culture",
        "Expertise",
        "expertise",
        "Europe",
        "Afrique",
        "Source",
        "Notes",
        "Continent",
        "Population",
        "Type",
        "Correction",
        "Score",
        "National",
        "Date",
        "Menu",
        "Table",
        "Absences",
    ];
    let identical: Vec<&String> = english
        .keys()
        .filter(|k| en[*k] == fr[*k] && en[*k].len() > 3)
        .filter(|k| !k.starts_with("format.") && !same_in_both.iter().any(|w| en[*k].contains(w)))
        .collect();
    assert!(
        identical.is_empty(),
        "French texts identical to English: {identical:?}"
    );
}

fn shipped_catalog() -> passerelle::data::Catalog {
    passerelle::data::load(&common::shipped_json()).expect("shipped dataset loads")
}

fn vocabulary_file(language: &str) -> String {
    std::fs::read_to_string(repo_path(&format!(
        "public/data/vocabulary/{language}.json"
    )))
    .unwrap_or_else(|e| panic!("public/data/vocabulary/{language}.json: {e}"))
}

#[test]
fn every_other_language_names_every_dataset_term() {
    let catalog = shipped_catalog();
    let mut checked = 0;
    for entry in std::fs::read_dir(repo_path("locales")).expect("locales folder") {
        let path = entry.expect("entry").path();
        let Some(language) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if language == DATASET_LANGUAGE {
            continue;
        }
        let vocabulary = Vocabulary::parse(&vocabulary_file(language)).expect("parses");
        assert_eq!(vocabulary.language, language);
        assert_eq!(vocabulary.check(&catalog), vec![], "{language}");
        checked += 1;
    }
    assert!(checked >= 1, "French at least");
}

#[test]
fn a_missing_or_stray_term_is_reported_and_names_fall_back_to_the_dataset() {
    let catalog = shipped_catalog();
    let mut value: serde_json::Value = serde_json::from_str(&vocabulary_file("fr")).expect("JSON");
    value["sectors"]
        .as_object_mut()
        .expect("sectors")
        .remove("waste-management");
    value["countries"]["XX"] = "Nulle part".into();
    let vocabulary = Vocabulary::parse(&value.to_string()).expect("parses");
    let problems: Vec<String> = vocabulary
        .check(&catalog)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "sectors \"waste-management\" has no name in the fr vocabulary: add it to the file",
            "countries \"XX\" in the fr vocabulary is not in the dataset: remove or rename it",
        ]
    );
    let name = |kind, id| term_name(&catalog, Some(&vocabulary), kind, id);
    assert_eq!(name(TermKind::Sector, "green-growth"), "Croissance verte");
    assert_eq!(
        name(TermKind::Sector, "waste-management"),
        "Waste management"
    );
    assert_eq!(name(TermKind::Country, "CH"), "Suisse");
    assert_eq!(
        term_name(&catalog, None, TermKind::Country, "CH"),
        "Switzerland"
    );
    assert_eq!(name(TermKind::Challenge, "no-such-thing"), "no-such-thing");
}

#[test]
fn a_vocabulary_with_an_unexpected_field_is_refused() {
    let error = Vocabulary::parse(r#"{"language":"fr","sector":{}}"#).expect_err("refused");
    assert!(error
        .to_string()
        .starts_with("the vocabulary file is not valid"));
}

#[test]
fn a_packed_vocabulary_reads_back_whole_and_nothing_else_reads_as_one() {
    let french = Vocabulary::parse(&vocabulary_file("fr")).expect("parses");
    let packed = french.pack().expect("packs");
    assert_eq!(Vocabulary::unpack(&packed), Ok(french));
    assert_eq!(
        Vocabulary::unpack(
            &passerelle::data::pack(&shipped_catalog().data().clone()).expect("packs")
        ),
        Err(PackError::NotPacked),
        "a packed dataset is not a vocabulary"
    );
    assert!(matches!(
        Vocabulary::unpack(&packed[..packed.len() - 1]),
        Err(PackError::Damaged(_))
    ));
}
