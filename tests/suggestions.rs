//! What a suggestion means and how sure it is: the reading of a sector asked for, evidence
//! beyond Table A1, confidence, and the warnings of a ranking.

mod common;

use std::collections::BTreeSet;

use common::{city, network, shipped_json, small_catalog};
use passerelle::data::{self, Catalog};
use passerelle::matching::{
    self, Confidence, EvidenceKind, MatchIndex, MatchQuery, Reason, Suggestion, Warning,
};
use serde_json::json;

const WASTE: &str = "waste-management";

fn ranked(catalog: &Catalog, query: &MatchQuery) -> Vec<Suggestion> {
    matching::rank(catalog, &MatchIndex::new(catalog), query).expect("valid query")
}

fn position(catalog: &Catalog, ranked: &[Suggestion], id: &str) -> usize {
    ranked
        .iter()
        .position(|s| catalog.cities()[s.city].id == id)
        .expect("candidate ranked")
}

fn asking(city: &str, sector: &str) -> MatchQuery {
    let mut query = MatchQuery::new(city);
    query.sectors = BTreeSet::from([sector.to_string()]);
    query
}

#[test]
fn a_sector_the_focus_states_nothing_in_reads_as_wanting_to_work_on_it() {
    let catalog = small_catalog(
        vec![
            city(
                "a",
                "europe",
                &["ca"],
                &[("tourism", "expertise")],
                None,
                None,
            ),
            city("b", "europe", &["it"], &[(WASTE, "expertise")], None, None),
            city("c", "africa", &["ar"], &[(WASTE, "need")], None, None),
            city("d", "africa", &["fr"], &[("culture", "need")], None, None),
        ],
        vec![],
        vec![],
    );
    let query = asking("a", WASTE);
    let list = ranked(&catalog, &query);
    // Expertise to learn from, and a need to work on together, both rank above nothing.
    assert!(position(&catalog, &list, "b") < position(&catalog, &list, "d"));
    assert!(position(&catalog, &list, "c") < position(&catalog, &list, "d"));
    assert!(
        list[position(&catalog, &list, "c")]
            .components
            .shared_priorities
            > 0.0
    );
    let index = MatchIndex::new(&catalog);
    let reasons = matching::explain(&catalog, &index, &query, &list[0]);
    assert!(
        reasons
            .iter()
            .any(|r| matches!(r, Reason::WantsToWorkOn { city, sector, .. }
            if city == "a" && sector == WASTE)),
        "the explanation says which reading was used: {reasons:?}"
    );
    assert_eq!(
        matching::warnings(&catalog, &index, &query),
        Ok(vec![Warning::SectorWithoutStance {
            city: "a".into(),
            sector: WASTE.into()
        }])
    );
}

#[test]
fn barcelona_asking_for_waste_management_finds_tunis() {
    let catalog = data::load(&shipped_json()).expect("valid");
    let list = ranked(&catalog, &asking("barcelona", WASTE));
    assert!(
        position(&catalog, &list, "tunis") < 5,
        "Tunis needs waste management"
    );
}

#[test]
fn evidence_beyond_table_a1_counts_and_is_quoted() {
    let mut b = city("b", "europe", &["de"], &[], None, None);
    b["initiatives"] = json!([{"id": "b-recycling", "name": "B Recycling", "sectors": [WASTE],
        "partnership": null, "since": null, "text": "B runs a recycling centre.",
        "source": {"doc": "odi-2020", "ref": "3.1.6"}}]);
    let mut c = city("c", "africa", &["ar"], &[], None, None);
    c["challenges"] = json!([{"challenge": "scarcity-of-resources", "sectors": [WASTE],
        "text": "C lacks resources for waste.", "source": {"doc": "odi-2020", "ref": "2.1"}}]);
    c["wishes"] = json!([{"id": "c-europe", "sectors": [], "partner_continents": ["europe"],
        "partnership": null, "text": "C wants European partners.",
        "source": {"doc": "odi-2020", "ref": "4.2"}}]);
    let catalog = small_catalog(
        vec![
            city("a", "africa", &["fr"], &[(WASTE, "need")], None, None),
            b,
            c,
        ],
        vec![],
        vec![],
    );
    let index = MatchIndex::new(&catalog);
    let query = asking("a", WASTE);
    let list = ranked(&catalog, &query);
    let b = &list[position(&catalog, &list, "b")];
    // An initiative offers half what expertise does.
    assert!(b.components.complementarity > 0.0);
    let reasons = matching::explain(&catalog, &index, &query, b);
    assert!(reasons.iter().any(|r| matches!(r, Reason::Offers { offer, .. }
        if matches!(&offer.kind, EvidenceKind::Initiative { initiative, .. } if initiative == "b-recycling")
            && offer.text == "B runs a recycling centre.")));
    let c = &list[position(&catalog, &list, "c")];
    assert!(
        c.components.shared_priorities > 0.0,
        "a challenge is a want"
    );
    let reasons = matching::explain(&catalog, &index, &query, c);
    assert!(reasons
        .iter()
        .any(|r| matches!(r, Reason::SharedPriority { second, .. }
        if matches!(second.kind, EvidenceKind::Challenge { .. }))));
    // C wishes for European partners; A is African.
    assert_eq!(c.components.wishes, 0.0);
    let from_b = ranked(&catalog, &MatchQuery::new("b"));
    let c_for_b = &from_b[position(&catalog, &from_b, "c")];
    assert!(
        c_for_b.components.wishes > 0.0,
        "C wants partners on B's continent"
    );
    let reasons = matching::explain(&catalog, &index, &MatchQuery::new("b"), c_for_b);
    assert!(reasons
        .iter()
        .any(|r| matches!(r, Reason::PartnerContinent { city, text, .. }
        if city == "c" && text == "C wants European partners.")));
}

#[test]
fn a_wish_for_a_continent_never_makes_a_lead_from_nothing() {
    let mut b = city("b", "europe", &["de"], &[], None, None);
    b["wishes"] = json!([{"id": "b-africa", "sectors": [], "partner_continents": ["africa"],
        "partnership": null, "text": "B wants African partners.",
        "source": {"doc": "odi-2020", "ref": "4.2"}}]);
    let catalog = small_catalog(
        vec![city("a", "africa", &["fr"], &[], None, None), b],
        vec![],
        vec![],
    );
    let list = ranked(&catalog, &MatchQuery::new("a"));
    assert_eq!(
        list[0].components.wishes, 0.0,
        "no sector, network or language in common"
    );
}

#[test]
fn confidence_follows_the_quoted_evidence() {
    let mut b = city("b", "europe", &["de"], &[(WASTE, "expertise")], None, None);
    b["priorities"].as_array_mut().expect("priorities").push(
        json!({"sector": WASTE, "stance": "expertise", "text": "B is renowned for waste.",
            "source": {"doc": "odi-2020", "ref": "3.1.6"}}),
    );
    let catalog = small_catalog(
        vec![
            city("a", "africa", &["fr"], &[(WASTE, "need")], None, None),
            b,
            city("c", "europe", &["it"], &[(WASTE, "expertise")], None, None),
            city("d", "africa", &["pt"], &[(WASTE, "need")], None, None),
            city("e", "europe", &["nl"], &[], None, None),
        ],
        vec![network("pair", &["a", "e"])],
        vec![],
    );
    let list = ranked(&catalog, &MatchQuery::new("a"));
    let confidence = |id: &str| list[position(&catalog, &list, id)].confidence;
    // Expertise meets a need, with three quotations: high. With two: medium.
    assert_eq!(confidence("b"), Confidence::High);
    assert_eq!(confidence("c"), Confidence::Medium);
    assert_eq!(confidence("d"), Confidence::Medium, "a shared need");
    assert_eq!(confidence("e"), Confidence::Low, "a network only");
    assert_eq!(list[position(&catalog, &list, "b")].quoted, 3);
}

#[test]
fn a_focus_without_priorities_is_warned_about_and_every_suggestion_is_low() {
    let catalog = data::load(&shipped_json()).expect("valid");
    let index = MatchIndex::new(&catalog);
    let query = MatchQuery::new("hamburg");
    assert_eq!(
        matching::warnings(&catalog, &index, &query),
        Ok(vec![Warning::FocusHasNoPriorities {
            city: "hamburg".into()
        }])
    );
    let list = ranked(&catalog, &query);
    assert!(list.iter().all(|s| s.confidence == Confidence::Low));
    let warning = matching::describe_warning(
        &catalog,
        &Warning::FocusHasNoPriorities {
            city: "hamburg".into(),
        },
    );
    assert!(
        warning.starts_with("The sources state no priorities for Hamburg"),
        "{warning}"
    );
}
