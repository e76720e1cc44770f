//! The engine against the known partnerships: leave-one-out recall against two baselines, the
//! fitted defaults, and the evidence evaluation hides so that a partnership is never found by
//! reading its own description.

mod common;

use std::collections::BTreeSet;

use common::{city, network, partnership, repo_path, shipped_json, small_catalog};
use passerelle::data::{self, Catalog};
use passerelle::matching::{self, fit, MatchIndex, MatchQuery, Reason, Table, Weights};
use serde_json::json;

fn shipped() -> (Catalog, MatchIndex) {
    let catalog = data::load(&shipped_json()).expect("valid");
    let index = MatchIndex::new(&catalog);
    (catalog, index)
}

#[test]
fn the_engine_beats_both_baselines_and_meets_the_targets_leave_one_out() {
    let (catalog, index) = shipped();
    let (engine, _) = matching::recall_loo(&catalog, &index);
    let needs = matching::baseline_needs(&catalog, &index);
    let alphabetical = matching::baseline_alphabetical(&catalog, &index);
    assert_eq!(engine.ranks.len(), matching::cases(&catalog).len());
    for k in [5, 10] {
        for known in [false, true] {
            let (e, n, a) = (
                engine.at(k, known),
                needs.at(k, known),
                alphabetical.at(k, known),
            );
            assert!(
                e > n && e > a,
                "@{k} (known only: {known}): {e} vs {n} and {a}"
            );
        }
    }
    assert!(
        engine.at(5, false) >= 0.60,
        "recall@5 {}",
        engine.at(5, false)
    );
    assert!(
        engine.at(5, true) >= 0.80,
        "recall@5 known {}",
        engine.at(5, true)
    );
}

#[test]
fn the_table_ranks_exactly_as_rank_does() {
    let (catalog, index) = shipped();
    let table = Table::new(&catalog, &index);
    let weights = fit::START;
    let recall = table.recall(&index, &weights);
    for (i, case) in table.cases().iter().enumerate() {
        let mut query = MatchQuery::new(catalog.cities()[case.focus].id.clone());
        query.sectors = BTreeSet::from([case.sector.clone()]);
        query.blind = true;
        query.weights = weights;
        let ranked = matching::rank(&catalog, &index, &query).expect("valid");
        let best = ranked
            .iter()
            .position(|s| case.partners.contains(&s.city))
            .map_or(usize::MAX, |p| p + 1);
        assert_eq!(recall.ranks[i], best, "case {i}: {case:?}");
    }
}

#[test]
fn the_committed_default_weights_are_what_fit_writes() {
    let (catalog, index) = shipped();
    let fitted = fit::fit_all(&catalog, &index);
    assert_eq!(
        fitted,
        Weights::default(),
        "refit: cargo run --release --bin passerelle-cli -- fit --write"
    );
    let committed =
        std::fs::read_to_string(repo_path(fit::FITTED_PATH)).expect("fitted.rs is readable");
    assert_eq!(committed, fit::render(&fitted));
}

#[test]
fn leave_one_out_weights_are_fitted_without_the_partnership_scored() {
    let (catalog, index) = shipped();
    let table = Table::new(&catalog, &index);
    let (_, used) = matching::recall_loo(&catalog, &index);
    let (held, weights) = used
        .iter()
        .find(|(p, _)| catalog.partnerships()[*p].id == "barcelona-tunis")
        .expect("barcelona-tunis is scored");
    let train: Vec<usize> = (0..table.cases().len())
        .filter(|&i| {
            let cities = &catalog.partnerships()[table.cases()[i].partnership].cities;
            !(cities.contains(&"barcelona".to_string()) && cities.contains(&"tunis".to_string()))
        })
        .collect();
    assert!(table.cases().iter().any(|c| c.partnership == *held));
    assert_eq!(*weights, fit::fit(&table, &index, &train));
}

/// A wishes to learn waste management from B and names B; C offers the same expertise.
fn wish_naming_the_partner(tie: bool) -> Catalog {
    let mut a = city("a", "africa", &["fr"], &[], None, None);
    a["wishes"] = json!([{"id": "a-learn", "sectors": ["waste-management"],
        "partner_continents": [], "partnership": null,
        "text": "A hopes to learn from B on waste.", "source": {"doc": "odi-2020", "ref": "4.2"}}]);
    let ties = if tie {
        vec![partnership("a-b", &["a", "b"], &["waste-management"])]
    } else {
        vec![]
    };
    small_catalog(
        vec![
            a,
            city(
                "b",
                "europe",
                &["de"],
                &[("waste-management", "expertise")],
                None,
                None,
            ),
            city(
                "c",
                "europe",
                &["de"],
                &[("waste-management", "expertise")],
                None,
                None,
            ),
        ],
        vec![network("n", &["a", "b"]), network("m", &["a", "c"])],
        ties,
    )
}

#[test]
fn evaluation_hides_a_wish_that_names_the_partner() {
    let catalog = wish_naming_the_partner(false);
    let index = MatchIndex::new(&catalog);
    let mut query = MatchQuery::new("a");
    let open = matching::rank(&catalog, &index, &query).expect("valid");
    query.blind = true;
    let blind = matching::rank(&catalog, &index, &query).expect("valid");
    let score = |list: &[matching::Suggestion], id: &str| {
        list.iter()
            .find(|s| catalog.cities()[s.city].id == id)
            .map(|s| s.components.complementarity)
            .expect("ranked")
    };
    assert!(score(&open, "b") > 0.0, "the wish answers B's expertise");
    assert_eq!(
        score(&blind, "b"),
        0.0,
        "blind, the wish naming B is hidden for B"
    );
    assert!(
        score(&blind, "c") > 0.0,
        "but not for C, which it does not name"
    );
    let b = blind.iter().find(|s| s.city == 1).expect("b");
    let reasons = matching::explain(&catalog, &index, &query, b);
    assert!(
        !format!("{reasons:?}").contains("learn from B"),
        "{reasons:?}"
    );
}

#[test]
fn evaluation_hides_the_network_a_partnership_runs_through() {
    let mut with_tie = wish_naming_the_partner(true);
    let mut data = with_tie.data().clone();
    data.partnerships[0].network = Some("n".into());
    with_tie = data::from_dataset(data).expect("valid");
    let index = MatchIndex::new(&with_tie);
    let mut query = MatchQuery::new("a");
    query.blind = true;
    let blind = matching::rank(&with_tie, &index, &query).expect("valid");
    let b = blind.iter().find(|s| s.city == 1).expect("b");
    let c = blind.iter().find(|s| s.city == 2).expect("c");
    assert_eq!(
        b.components.networks, 0.0,
        "the tie's own network is hidden"
    );
    assert!(c.components.networks > 0.0);
    assert!(b.ties.is_empty() && b.components.ties == 0.0);
}

#[test]
fn evaluation_hides_the_box_3_proposals_when_testing_milan_and_freetown() {
    let (catalog, index) = shipped();
    let mut query = MatchQuery::new("milan");
    query.sectors = BTreeSet::from(["creative-industries".to_string()]);
    let freetown = catalog.city_index("freetown").expect("freetown");
    let reasons_of = |query: &MatchQuery| {
        let ranked = matching::rank(&catalog, &index, query).expect("valid");
        let suggestion = ranked.iter().find(|s| s.city == freetown).expect("ranked");
        matching::explain(&catalog, &index, query, suggestion)
    };
    let quotes = |reasons: &[Reason]| format!("{reasons:?}");
    let open = quotes(&reasons_of(&query));
    assert!(
        open.contains("mind-lab") || open.contains("Made in Leone"),
        "{open}"
    );
    query.blind = true;
    let blind = quotes(&reasons_of(&query));
    for restated in [
        "mind-lab",
        "Made in Leone",
        "circular mobility",
        "Fashion Design Council",
    ] {
        assert!(!blind.contains(restated), "{restated} leaks: {blind}");
    }
}
