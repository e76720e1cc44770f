//! Self-described profiles as match candidates, and contribution files: checked in full, merged
//! into a dataset that still passes validation.

mod common;

use common::catalog;
use std::collections::BTreeMap;

use common::contributions::{file, kisumu, tunis_population, KISUMU_WORDS};
use passerelle::contributions::{
    self, with_profiles, Change, ContributionError, Excluded, MergeError, OnConflict, ProblemKind,
    Profile, MAX_PROBLEMS,
};
use passerelle::data::{self, CONTRIBUTION_DOC, SELF_DESCRIBED_DOC};
use passerelle::matching::{self, EvidenceKind, MatchIndex, MatchQuery, Reason};
use passerelle::{data::Stance, quotes};
use serde_json::{json, Value};

fn profile(value: Value) -> Profile {
    serde_json::from_value(value).expect("a profile")
}

fn parse(value: &Value) -> Result<contributions::Contribution, ContributionError> {
    contributions::parse(&value.to_string(), &catalog())
}

fn problems(value: &Value) -> Vec<String> {
    match parse(value) {
        Err(ContributionError::Invalid { problems }) => problems.lines(),
        other => panic!("expected located problems, got {other:?}"),
    }
}

#[test]
fn a_self_described_city_is_matched_with_cities_that_offer_what_it_needs_in_its_own_words() {
    let extended = with_profiles(&catalog(), &[profile(kisumu())]).expect("extends");
    let catalog = &extended.catalog;
    let index = MatchIndex::new(catalog);
    let mut query = MatchQuery::new("kisumu");
    query.sectors.insert("waste-management".into());
    let ranked = matching::rank(catalog, &index, &query).expect("kisumu is a city now");
    // Milan offers expertise and wishes for African partners. Zürich, the other city with
    // waste-management expertise, shares no language or network with Kisumu and ranks below
    // cities that share the need and English (the fitted weights).
    let first = &catalog.cities()[ranked[0].city];
    assert_eq!(first.id, "milan");
    assert!(first
        .priorities
        .iter()
        .any(|p| p.sector == "waste-management" && p.stance == Stance::Expertise));

    let reasons = matching::explain(catalog, &index, &query, &ranked[0]);
    let want = reasons
        .iter()
        .find_map(|r| match r {
            Reason::Offers { receiver, want, .. } if receiver == "kisumu" => Some(want),
            _ => None,
        })
        .expect("an offer to Kisumu");
    assert_eq!(want.text, KISUMU_WORDS);
    assert_eq!(want.source.doc, SELF_DESCRIBED_DOC);
    assert_eq!(want.source.section.as_deref(), Some("2026-11-20"));
    assert!(want.source.is_contributed());
    assert_eq!(
        want.kind,
        EvidenceKind::Stance {
            stance: Stance::Need
        }
    );

    let described = &extended.profiles[0];
    assert_eq!(extended.profile_at(described.city), Some(described));
    assert!(described.located && described.duplicate_of.is_none());
    assert!(catalog
        .memberships("kisumu")
        .any(|network| network.id == "uclga"));
}

#[test]
fn a_self_described_city_is_a_candidate_for_the_dataset_cities() {
    let extended = with_profiles(&catalog(), &[profile(kisumu())]).expect("extends");
    let catalog = &extended.catalog;
    let mut query = MatchQuery::new("dakar");
    query.sectors.insert("waste-management".into());
    let ranked = matching::rank(catalog, &MatchIndex::new(catalog), &query).expect("ranks");
    assert!(ranked
        .iter()
        .any(|s| catalog.cities()[s.city].id == "kisumu"));
}

#[test]
fn profiles_that_name_a_dataset_city_are_flagged_and_those_that_take_its_id_left_out() {
    let mut zurich = kisumu();
    zurich["id"] = json!("zurich-self");
    zurich["name"] = json!("ZURICH");
    let mut tunis = kisumu();
    tunis["id"] = json!("tunis");
    let mut stale = kisumu();
    stale["id"] = json!("stale");
    stale["priorities"][0]["sector"] = json!("space-travel");
    let profiles = [profile(zurich), profile(tunis), profile(stale)];
    let extended = with_profiles(&catalog(), &profiles).expect("extends");
    assert_eq!(extended.profiles.len(), 1);
    assert_eq!(extended.profiles[0].duplicate_of.as_deref(), Some("zurich"));
    assert_eq!(extended.excluded[0], ("tunis".into(), Excluded::IdTaken));
    assert!(
        matches!(&extended.excluded[1], (id, Excluded::Invalid(p)) if id == "stale"
        && p[0].kind == ProblemKind::UnknownSector("space-travel".into()))
    );
}

#[test]
fn a_valid_file_is_read_whole() {
    let contribution = parse(&file(vec![kisumu()], vec![tunis_population()])).expect("valid");
    assert_eq!(contribution.profiles[0].name, "Kisumu");
    assert_eq!(contribution.corrections[0].path, "cities/tunis/population");
    let again = contributions::export(&contribution);
    assert_eq!(
        contributions::parse(&again, &catalog()).expect("export reads back"),
        contribution
    );
}

#[test]
fn other_formats_newer_versions_and_broken_json_are_refused_with_a_typed_error() {
    let mut newer = file(vec![], vec![]);
    newer["version"] = json!(2);
    let error = parse(&newer).expect_err("newer");
    assert_eq!(error, ContributionError::NewerVersion(2));
    assert!(error.to_string().contains("update Passerelle"));
    let mut foreign = file(vec![], vec![]);
    foreign["format"] = json!("passerelle-proposals");
    assert_eq!(parse(&foreign), Err(ContributionError::Foreign));
    let text = file(vec![kisumu()], vec![tunis_population()]).to_string();
    for cut in [1, text.len() / 3, text.len() / 2, text.len() - 1] {
        let error = contributions::parse(&text[..cut], &catalog()).expect_err("truncated");
        assert!(
            matches!(error, ContributionError::NotJson { .. }),
            "{error:?}"
        );
    }
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(
        contributions::parse(&deep, &catalog()),
        Err(ContributionError::NotJson { .. })
    ));
    let mut nested = tunis_population();
    nested["value"] = json!("NESTED");
    let text = file(vec![], vec![nested]).to_string().replace(
        "\"NESTED\"",
        &format!("{}1{}", "[".repeat(200), "]".repeat(200)),
    );
    assert!(matches!(
        contributions::parse(&text, &catalog()),
        Err(ContributionError::NotJson { .. })
    ));
    let huge = " ".repeat(contributions::MAX_FILE_BYTES + 1);
    assert!(matches!(
        contributions::parse(&huge, &catalog()),
        Err(ContributionError::TooLarge { .. })
    ));
}

#[test]
fn wrong_types_unknown_fields_and_huge_strings_are_located() {
    let mut wrong = kisumu();
    wrong["priorities"] = json!("waste");
    let mut unknown = kisumu();
    unknown["id"] = json!("kisumu-2");
    unknown["motto"] = json!("hello");
    let mut huge = kisumu();
    huge["id"] = json!("kisumu-3");
    huge["name"] = json!("K".repeat(100_000));
    huge["priorities"][0]["text"] = json!("w".repeat(100_000));
    let mut bad_correction = tunis_population();
    bad_correction["value"] = json!("many");
    let mut top = file(
        vec![wrong, unknown, huge],
        vec![
            bad_correction,
            json!({"path": "cities/atlantis/name", "value": "A", "reason": "r", "who": "w", "when": "2026-01-01"}),
            json!({"path": "networks/c40/name", "value": "A", "reason": "r", "who": "w", "when": "yesterday"}),
        ],
    );
    top["version"] = json!("1");
    top["signature"] = json!(true);
    let lines = problems(&top);
    let expect = [
        "version: expected 1",
        "signature: unknown field",
        "profiles[0]: invalid type: string \"waste\", expected a sequence",
        "profiles[1]: unknown field `motto`",
        "profiles[2].name: longer than 200 characters",
        "profiles[2].priorities[0].text: longer than 2000 characters",
        "corrections[0].value: expected a whole number above 0",
        "corrections[1].path: 'atlantis' is not a city of the dataset",
        "corrections[2].path: 'networks/c40/name' is not a fact a correction can change",
        "corrections[2].when: 'yesterday' is not a YYYY-MM-DD date",
    ];
    for line in expect {
        assert!(
            lines.iter().any(|l| l.starts_with(line)),
            "{line} in {lines:#?}"
        );
    }
    assert!(lines.iter().all(|l| l.len() < 400), "messages stay short");
}

#[test]
fn problems_are_capped_with_a_count_of_the_rest() {
    let profiles = (0..60)
        .map(|i| {
            let mut p = kisumu();
            p["id"] = json!(format!("Bad Id {i}"));
            p
        })
        .collect();
    match parse(&file(profiles, vec![])) {
        Err(ContributionError::Invalid { problems }) => {
            assert_eq!(problems.list.len(), MAX_PROBLEMS);
            assert_eq!(problems.more, 10);
            assert!(problems
                .lines()
                .last()
                .is_some_and(|l| l.contains("10 more")));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_merge_adds_profiles_and_corrections_cited_as_contributions_and_stays_valid() {
    let catalog = catalog();
    let contribution = parse(&file(vec![kisumu()], vec![tunis_population()])).expect("valid");
    let merged = contributions::merge(&catalog, &contribution, OnConflict::Refuse).expect("merges");
    let dataset = &merged.dataset;
    assert!(data::validate::check(dataset).is_empty());
    assert!(dataset.sources.iter().any(|d| d.id == CONTRIBUTION_DOC));
    let kisumu = dataset
        .cities
        .iter()
        .find(|c| c.id == "kisumu")
        .expect("added");
    assert_eq!(kisumu.priorities[0].source.doc, CONTRIBUTION_DOC);
    assert_eq!(
        kisumu.priorities[0].source.section.as_deref(),
        Some("Kisumu County planning office, 2026-11-20")
    );
    let tunis = dataset
        .cities
        .iter()
        .find(|c| c.id == "tunis")
        .expect("tunis");
    assert_eq!(tunis.population, Some(700_000));
    assert_eq!(
        tunis
            .sources
            .characteristics
            .as_ref()
            .and_then(|s| s.section.as_deref()),
        Some("Tunis city office, 2026-11-21")
    );
    assert!(dataset.notes.iter().any(|n| n.id == "correction-tunis-1"));
    let diff: Vec<String> = merged.changes.iter().map(ToString::to_string).collect();
    for line in [
        "+ sources/contribution",
        "+ cities/kisumu (Kisumu)",
        "+ networks/uclga/members: kisumu",
        "~ cities/tunis/population: 639000 -> 700000",
        "+ notes/correction-tunis-1",
    ] {
        assert!(diff.iter().any(|l| l == line), "{line} in {diff:#?}");
    }
    assert!(diff.iter().any(|l| l.contains("Lake Victoria Cities")));
    // Contributed words are not quotations of the sources.
    let misquotes = quotes::check(dataset, &BTreeMap::new());
    assert!(!misquotes.iter().any(|m| m.doc == CONTRIBUTION_DOC));
    let text = serde_json::to_string(dataset).expect("serialises");
    assert!(data::load(&text).is_ok());
}

#[test]
fn a_merge_refuses_profiles_that_name_dataset_cities_unless_told_how() {
    let catalog = catalog();
    let mut same_id = kisumu();
    same_id["id"] = json!("tunis");
    same_id["name"] = json!("Tunis");
    same_id["country"] = json!("Tunisia");
    same_id["country_code"] = json!("TN");
    let mut same_name = kisumu();
    same_name["id"] = json!("zurich-office");
    same_name["name"] = json!("Zürich");
    let contribution = parse(&file(vec![same_id, same_name], vec![])).expect("valid");
    match contributions::merge(&catalog, &contribution, OnConflict::Refuse) {
        Err(MergeError::Conflicts(conflicts)) => {
            assert_eq!(conflicts.len(), 2);
            assert!(conflicts[0].same_id && !conflicts[1].same_id);
            assert_eq!(conflicts[1].city, "zurich");
        }
        other => panic!("{other:?}"),
    }
    let skipped = contributions::merge(&catalog, &contribution, OnConflict::Skip).expect("skips");
    assert_eq!(&skipped.dataset, catalog.data());
    assert!(skipped
        .changes
        .iter()
        .all(|c| matches!(c, Change::Skipped(_) | Change::NetworkLeftOut { .. })));

    let replaced =
        contributions::merge(&catalog, &contribution, OnConflict::Replace).expect("replaces");
    let tunis = replaced
        .dataset
        .cities
        .iter()
        .find(|c| c.id == "tunis")
        .expect("tunis");
    let before = catalog.city("tunis").expect("tunis");
    let waste: Vec<_> = tunis
        .priorities
        .iter()
        .filter(|p| p.sector == "waste-management")
        .collect();
    assert_eq!(waste.len(), 1);
    assert_eq!(waste[0].source.doc, CONTRIBUTION_DOC);
    let others = |c: &data::City| {
        c.priorities
            .iter()
            .filter(|p| p.sector != "waste-management")
            .count()
    };
    assert_eq!(others(tunis), others(before), "the city's other facts stay");
    assert_eq!(tunis.languages, ["en", "sw"]);
    assert!(data::validate::check(&replaced.dataset).is_empty());
}

#[test]
fn a_merge_that_would_break_the_dataset_merges_nothing() {
    let catalog = catalog();
    // Beira has no Table 1 row: a population alone would be a Table 1 row copied in part.
    let mut population = tunis_population();
    population["path"] = json!("cities/beira/population");
    let contribution = parse(&file(vec![], vec![population])).expect("valid alone");
    assert!(matches!(
        contributions::merge(&catalog, &contribution, OnConflict::Refuse),
        Err(MergeError::Invalid(issues)) if issues.iter().any(|i| i.path.contains("mayor"))
    ));
}
