//! The shipped dataset and the validator, natively.

mod common;

use common::{mutate, shipped_json};
use passerelle::data::{self, DatasetError, Stance};
use passerelle::matching::{self, MatchIndex, MatchQuery};
use serde_json::json;

#[test]
fn shipped_dataset_loads_and_is_consistent() {
    let catalog = data::load(&shipped_json()).expect("the shipped dataset is valid");
    let participants: Vec<&str> = catalog
        .cities()
        .iter()
        .filter(|c| c.participant)
        .map(|c| c.id.as_str())
        .collect();
    // Executive summary (19 names) plus Accra from Table 1; the second paper says twenty.
    assert_eq!(participants.len(), 20, "participants: {participants:?}");
    for id in ["freetown", "milan", "accra", "zurich", "agadez", "helsinki"] {
        assert!(participants.contains(&id), "{id} is a participant");
    }
    for partner in [
        "beira",
        "evry",
        "marseille",
        "rotterdam",
        "bremen",
        "hebron",
        "kilis",
        "madison",
        "turin",
        "tangier",
    ] {
        let city = catalog.city(partner).expect("partner city present");
        assert!(
            !city.participant,
            "{partner} is a partner, not a participant"
        );
        assert!(
            catalog.partnerships_of(partner).next().is_some(),
            "{partner} takes part in at least one partnership"
        );
    }
    assert_eq!(
        catalog.city("zurich").map(|c| c.name.as_str()),
        Some("Zürich")
    );
}

#[test]
fn every_partner_city_is_tied_to_a_participant() {
    let catalog = data::load(&shipped_json()).expect("valid");
    for city in catalog.cities().iter().filter(|c| !c.participant) {
        let tied = catalog.partnerships_of(&city.id).any(|p| {
            p.cities
                .iter()
                .any(|other| catalog.city(other).is_some_and(|o| o.participant))
        });
        assert!(
            tied,
            "{} is listed as a partner but no partnership links it to a participant",
            city.id
        );
    }
}

#[test]
fn unknown_values_stay_unknown() {
    let catalog = data::load(&shipped_json()).expect("valid");
    // Hamburg is named as a participant but Table 1 has no row for it.
    let hamburg = catalog.city("hamburg").expect("hamburg");
    assert_eq!(hamburg.population, None);
    assert_eq!(hamburg.migrant_share_pct, None);
    assert_eq!(hamburg.mayor, None);
    assert_eq!(hamburg.sources.characteristics, None);
    // Table 1 rows keep the source's rounded wording next to the number.
    let dakar = catalog.city("dakar").expect("dakar");
    assert_eq!(dakar.population, Some(1_200_000));
    assert_eq!(dakar.population_text.as_deref(), Some("1.2 million"));
}

#[test]
fn the_waste_management_needs_of_africa_are_in_the_data() {
    let catalog = data::load(&shipped_json()).expect("valid");
    let mut needing: Vec<&str> = catalog
        .cities()
        .iter()
        .filter(|c| c.continent == data::Continent::Africa)
        .filter(|c| {
            c.priorities
                .iter()
                .any(|p| p.sector == "waste-management" && p.stance == Stance::Need)
        })
        .map(|c| c.id.as_str())
        .collect();
    needing.sort_unstable();
    // Table A1 and 3.1.6: Dakar, Freetown, Kanifing and Tunis call it a priority to improve.
    assert_eq!(needing, ["dakar", "freetown", "kanifing", "tunis"]);
}

#[test]
fn not_json_is_a_located_syntax_error() {
    let error = data::load("{\n  \"schema_version\": 1,\n  oops\n}").expect_err("not JSON");
    match error {
        DatasetError::Syntax { line, .. } => assert_eq!(line, 3),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn a_field_of_the_wrong_type_is_reported_with_its_path() {
    let broken = mutate(|d| d["cities"][3]["population"] = json!("many"));
    let error = data::load(&broken).expect_err("wrong type");
    assert!(
        matches!(&error, DatasetError::Shape { path, .. } if path == "cities[3].population"),
        "{error:?}"
    );
}

fn issues_of(broken: &str) -> Vec<String> {
    match data::load(broken) {
        Err(DatasetError::Inconsistent(issues)) => issues.iter().map(ToString::to_string).collect(),
        other => panic!("expected consistency issues, got {other:?}"),
    }
}

fn assert_reported(issues: &[String], path: &str, words: &str) {
    assert!(
        issues
            .iter()
            .any(|i| i.starts_with(path) && i.contains(words)),
        "expected an issue at {path} mentioning '{words}', got {issues:#?}"
    );
}

#[test]
fn broken_references_are_located() {
    let broken = mutate(|d| {
        d["cities"][3]["priorities"][0]["sector"] = json!("wast-management");
        d["networks"][1]["members"][0] = json!("atlantis");
        d["partnerships"][0]["cities"] = json!(["bristol"]);
        d["partnerships"][1]["network"] = json!("nowhere");
        d["cities"][2]["challenges"][0]["challenge"] = json!("boredom");
    });
    let issues = issues_of(&broken);
    assert_reported(
        &issues,
        "cities[3].priorities[0].sector",
        "unknown sector 'wast-management'",
    );
    assert_reported(&issues, "networks[1].members[0]", "unknown city 'atlantis'");
    assert_reported(
        &issues,
        "partnerships[0].cities",
        "at least two different cities",
    );
    assert_reported(
        &issues,
        "partnerships[1].network",
        "unknown network 'nowhere'",
    );
    assert_reported(
        &issues,
        "cities[2].challenges[0].challenge",
        "unknown challenge 'boredom'",
    );
}

#[test]
fn duplicate_and_malformed_ids_are_reported() {
    let broken = mutate(|d| {
        d["cities"][1]["id"] = d["cities"][0]["id"].clone();
        d["networks"][0]["id"] = json!("Mayors Dialogue");
    });
    let issues = issues_of(&broken);
    assert_reported(&issues, "cities[1].id", "used twice");
    assert_reported(&issues, "networks[0].id", "not a lowercase ASCII slug");
}

#[test]
fn facts_without_sources_are_reported() {
    let broken = mutate(|d| {
        d["cities"][1]["priorities"][0]["source"] = json!({"doc": "odi-2020", "ref": " "});
        d["partnerships"][0]["source"] = json!({"doc": "a-blog"});
        // Hamburg has no Table 1 row, so a population there has nothing to stand on.
        let hamburg = d["cities"]
            .as_array_mut()
            .and_then(|cities| cities.iter_mut().find(|c| c["id"] == "hamburg"))
            .expect("hamburg");
        hamburg["population"] = json!(1_800_000);
        hamburg["population_text"] = json!("1.8 million");
    });
    let issues = issues_of(&broken);
    assert_reported(
        &issues,
        "cities[1].priorities[0].source.ref",
        "name the table",
    );
    assert_reported(
        &issues,
        "partnerships[0].source.doc",
        "unknown document 'a-blog'",
    );
    assert!(
        issues
            .iter()
            .any(|i| i.contains("has population but no sources.characteristics")),
        "{issues:#?}"
    );
}

#[test]
fn table_1_rows_must_be_complete_and_numbers_in_range() {
    let broken = mutate(|d| {
        d["cities"][0]["migrant_share_pct"] = json!(null);
        d["cities"][1]["lat"] = json!(123.0);
        d["cities"][2]["migrant_share_pct"] = json!(140);
        d["cities"][3]["mayor"]["since"] = json!(1776);
        d["schema_version"] = json!(2);
    });
    let issues = issues_of(&broken);
    assert_reported(&issues, "cities[0].migrant_share_pct", "Table 1 row");
    assert_reported(&issues, "cities[1].lat", "outside -90..90");
    assert_reported(&issues, "cities[2].migrant_share_pct", "not a percentage");
    assert_reported(&issues, "cities[3].mayor.since", "not a plausible year");
    assert_reported(&issues, "schema_version", "reads schema_version 1");
}

#[test]
fn a_missing_required_sector_is_reported() {
    let broken = mutate(|d| {
        let sectors = d["sectors"].as_array_mut().expect("sectors");
        sectors.retain(|s| s["id"] != "culture");
    });
    let issues = issues_of(&broken);
    assert_reported(&issues, "sectors", "missing required sectors: culture");
}

/// Whatever the damage, loading returns an error and never panics.
#[test]
fn truncated_and_corrupted_files_never_panic() {
    let json = shipped_json();
    let len = json.len();
    for cut in (0..len).step_by(len / 97 + 1) {
        let cut = (0..=cut)
            .rev()
            .find(|&i| json.is_char_boundary(i))
            .unwrap_or(0);
        assert!(
            data::load(&json[..cut]).is_err(),
            "a file cut at byte {cut} was accepted"
        );
    }
    let mut rng = passerelle::data::synthetic::Rng(0x5eed);
    for _ in 0..200 {
        let at = rng.below(len);
        let mut bytes = json.clone().into_bytes();
        bytes[at] = *rng.pick(b"{}[],:\"x0");
        if let Ok(text) = String::from_utf8(bytes) {
            let _ = data::load(&text);
        }
    }
}

/// Wishes, challenge sectors, initiative links and funding eligibility came later: a file
/// without them still loads.
#[test]
fn files_written_before_wishes_and_eligibility_still_load() {
    let older = mutate(|d| {
        for city in d["cities"].as_array_mut().expect("cities") {
            if let Some(city) = city.as_object_mut() {
                city.remove("wishes");
            }
            for list in ["challenges", "initiatives"] {
                for entry in city[list].as_array_mut().expect("list") {
                    if let Some(entry) = entry.as_object_mut() {
                        if list == "challenges" {
                            entry.remove("sectors");
                        }
                        entry.remove("partnership");
                    }
                }
            }
        }
        for funding in d["funding"].as_array_mut().expect("funding") {
            if let Some(funding) = funding.as_object_mut() {
                funding.remove("eligibility");
            }
        }
    });
    let catalog = data::load(&older).expect("an older file loads");
    assert!(catalog.cities().iter().all(|c| c.wishes.is_empty()));
    assert!(catalog
        .data()
        .funding
        .iter()
        .all(|f| f.eligibility.is_empty()));
}

fn city_position(d: &serde_json::Value, id: &str) -> usize {
    d["cities"]
        .as_array()
        .and_then(|cities| cities.iter().position(|c| c["id"] == id))
        .expect("city in the shipped data")
}

#[test]
fn wishes_challenge_sectors_and_eligibility_are_checked() {
    let mut at = (0, 0);
    let broken = mutate(|d| {
        let (milan, dakar) = (city_position(d, "milan"), city_position(d, "dakar"));
        at = (milan, dakar);
        d["cities"][milan]["wishes"][0]["sectors"] = json!(["fashion"]);
        d["cities"][milan]["wishes"][1]["partnership"] = json!("dakar-kigali");
        d["cities"][milan]["wishes"][2]["partnership"] = json!("nowhere");
        d["cities"][milan]["wishes"][3]["id"] = d["cities"][milan]["wishes"][2]["id"].clone();
        d["cities"][dakar]["challenges"][0]["sectors"] = json!(["boredom"]);
        d["funding"][0]["eligibility"] = json!([
            {"continents": [], "networks": ["atlantis-league"], "text": "A quote.",
             "source": {"doc": "odi-2020", "ref": "4.1"}},
            {"continents": [], "networks": [], "text": "A quote.",
             "source": {"doc": "odi-2020"}}
        ]);
    });
    let issues = issues_of(&broken);
    let (milan, dakar) = at;
    let wish = |j: usize| format!("cities[{milan}].wishes[{j}]");
    assert_reported(
        &issues,
        &format!("{}.sectors[0]", wish(0)),
        "unknown sector 'fashion'",
    );
    assert_reported(
        &issues,
        &format!("{}.partnership", wish(1)),
        "'milan' is not in the partnership 'dakar-kigali'",
    );
    assert_reported(
        &issues,
        &format!("{}.partnership", wish(2)),
        "unknown partnership 'nowhere'",
    );
    assert_reported(&issues, "cities[].wishes[", "is used twice");
    assert_reported(
        &issues,
        &format!("cities[{dakar}].challenges[0].sectors[0]"),
        "unknown sector 'boredom'",
    );
    assert_reported(
        &issues,
        "funding[0].eligibility[0].networks[0]",
        "unknown network 'atlantis-league'",
    );
    assert_reported(
        &issues,
        "funding[0].eligibility[1]",
        "at least one continent or network",
    );
    assert_reported(
        &issues,
        "funding[0].eligibility[1].source.ref",
        "name the table",
    );
}

#[test]
fn synthetic_datasets_are_valid_and_reproducible() {
    let template = data::parse(&shipped_json()).expect("parses");
    let first = data::synthetic::expand(&template, 500, 7);
    assert_eq!(first, data::synthetic::expand(&template, 500, 7));
    let catalog = data::from_dataset(first).expect("synthetic data passes the validator");
    assert_eq!(catalog.cities().len(), 500);
    let ranked = matching::rank(
        &catalog,
        &MatchIndex::new(&catalog),
        &MatchQuery::new("city-3"),
    )
    .expect("known city");
    assert_eq!(ranked.len(), 499);
}
