//! The match-making engine: score components pinned on small hand-made datasets, policies for
//! existing ties, determinism, clusters, and recall against the real partnerships.

mod common;

use std::collections::BTreeSet;

use common::{city, network, partnership, shipped_json, small_catalog};
use passerelle::data::{self, Catalog};
use passerelle::matching::{
    self, ClusterQuery, MatchError, MatchIndex, MatchQuery, Reason, Suggestion, TiePolicy, Weights,
};

const WASTE: &str = "waste-management";
const HOUSING: &str = "housing";

fn rank(catalog: &Catalog, query: &MatchQuery) -> Vec<Suggestion> {
    matching::rank(catalog, &MatchIndex::new(catalog), query).expect("valid query")
}

fn ids(catalog: &Catalog, ranked: &[Suggestion]) -> Vec<String> {
    ranked
        .iter()
        .map(|s| catalog.cities()[s.city].id.clone())
        .collect()
}

fn find<'a>(catalog: &Catalog, ranked: &'a [Suggestion], id: &str) -> &'a Suggestion {
    ranked
        .iter()
        .find(|s| catalog.cities()[s.city].id == id)
        .expect("candidate ranked")
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// Focus `a` needs waste help and has housing expertise; `b` offers waste expertise only; `c`
/// offers waste expertise and needs housing (two-way); `d` invests in waste; `e` shares
/// nothing.
fn complementary() -> Catalog {
    small_catalog(
        vec![
            city(
                "a",
                "africa",
                &["fr"],
                &[(WASTE, "need"), (HOUSING, "expertise")],
                None,
                None,
            ),
            city("b", "europe", &["de"], &[(WASTE, "expertise")], None, None),
            city(
                "c",
                "europe",
                &["it"],
                &[(WASTE, "expertise"), (HOUSING, "need")],
                None,
                None,
            ),
            city("d", "africa", &["pt"], &[(WASTE, "need")], None, None),
            city(
                "e",
                "europe",
                &["nl"],
                &[("tourism", "investing")],
                None,
                None,
            ),
        ],
        vec![],
        vec![],
    )
}

#[test]
fn complementarity_counts_needs_fully_and_a_reverse_direction_only_adds() {
    let catalog = complementary();
    let ranked = rank(&catalog, &MatchQuery::new("a"));
    // One sector of need answered, out of a full match of two: 0.5 for the strong direction.
    assert!(close(
        find(&catalog, &ranked, "b").components.complementarity,
        0.6 * 0.5
    ));
    // The same plus one sector in the other direction.
    let c = find(&catalog, &ranked, "c");
    assert!(c.two_way);
    assert!(close(c.components.complementarity, 0.6 * 0.5 + 0.4 * 0.5));
    assert_eq!(
        &ids(&catalog, &ranked)[..2],
        ["c", "b"],
        "two-way above one-way"
    );
    // Sharing the need is a shared priority, not complementarity.
    let d = find(&catalog, &ranked, "d");
    assert!(close(d.components.complementarity, 0.0));
    assert!(close(d.components.shared_priorities, 1.0 / 3.0));
    assert!(close(find(&catalog, &ranked, "e").score, 0.0));
}

#[test]
fn asking_for_one_sector_makes_one_sector_a_full_match() {
    let catalog = complementary();
    let mut query = MatchQuery::new("a");
    query.sectors = BTreeSet::from([WASTE.to_string()]);
    let ranked = rank(&catalog, &query);
    assert!(close(
        find(&catalog, &ranked, "b").components.complementarity,
        0.6
    ));
    // Housing is outside the question, so c's need of a's expertise does not count.
    let c = find(&catalog, &ranked, "c");
    assert!(!c.two_way);
    assert!(close(c.components.complementarity, 0.6));
    assert!(close(
        find(&catalog, &ranked, "d").components.shared_priorities,
        1.0
    ));
}

#[test]
fn investments_count_half_a_need() {
    let catalog = small_catalog(
        vec![
            city("a", "africa", &["fr"], &[(WASTE, "investing")], None, None),
            city("b", "europe", &["de"], &[(WASTE, "expertise")], None, None),
        ],
        vec![],
        vec![],
    );
    let ranked = rank(&catalog, &MatchQuery::new("a"));
    assert!(close(ranked[0].components.complementarity, 0.6 * 0.25));
}

#[test]
fn networks_count_by_selectivity_and_one_every_city_shares_counts_nothing() {
    let catalog = small_catalog(
        vec![
            city("a", "africa", &["fr"], &[], None, None),
            city("b", "europe", &["fr"], &[], None, None),
            city("c", "africa", &["ar"], &[], None, None),
            city("d", "europe", &["de"], &[], None, None),
        ],
        vec![
            network("everyone", &["a", "b", "c", "d"]),
            network("pair", &["a", "b"]),
            network("three", &["a", "b", "c"]),
        ],
        vec![],
    );
    let ranked = rank(&catalog, &MatchQuery::new("a"));
    // A network of two says the most (1), one of three of the four members less (ln 4/3 over
    // ln 2), one every city with a membership belongs to nothing; full from 3.
    let three = (4.0f64 / 3.0).ln() / 2.0f64.ln();
    assert!(close(
        find(&catalog, &ranked, "b").components.networks,
        (1.0 + three) / 3.0
    ));
    assert!(close(
        find(&catalog, &ranked, "c").components.networks,
        three / 3.0
    ));
    assert!(close(find(&catalog, &ranked, "d").components.networks, 0.0));
    let index = MatchIndex::new(&catalog);
    let c = find(&catalog, &ranked, "c");
    let reasons = matching::explain(&catalog, &index, &MatchQuery::new("a"), c);
    let Some(Reason::SharedNetworks { networks, .. }) = reasons.first() else {
        panic!("a shared network: {reasons:?}")
    };
    assert_eq!(networks.len(), 1, "the network everyone shares is left out");
    assert_eq!(
        (networks[0].network.as_str(), networks[0].members),
        ("three", 3)
    );
}

#[test]
fn language_and_context_count_only_as_asked() {
    let catalog = small_catalog(
        vec![
            city(
                "a",
                "africa",
                &["fr", "en"],
                &[],
                Some(1_000_000),
                Some(10.0),
            ),
            city("b", "europe", &["fr"], &[], Some(1_000_000), Some(10.0)),
            city("c", "africa", &["ar"], &[], Some(100_000), Some(30.0)),
            city("d", "europe", &["de"], &[], None, None),
        ],
        vec![],
        vec![],
    );
    let mut query = MatchQuery::new("a");
    query.peers = true;
    let ranked = rank(&catalog, &query);
    let b = find(&catalog, &ranked, "b");
    assert!(close(b.components.language, 1.0));
    assert!(
        close(b.components.context, 1.0),
        "same population and share"
    );
    let c = find(&catalog, &ranked, "c");
    assert!(close(c.components.language, 0.0));
    assert!(
        close(c.components.context, 0.0),
        "ten times smaller and 20 points apart"
    );
    assert!(
        close(find(&catalog, &ranked, "d").components.context, 0.0),
        "unknown is not similar"
    );

    query.peers = false;
    query.cross_continental = true;
    let ranked = rank(&catalog, &query);
    assert!(close(find(&catalog, &ranked, "b").components.context, 1.0));
    assert!(close(find(&catalog, &ranked, "c").components.context, 0.0));
    // Without either, context is never scored: size alone does not push a city up or down.
    let plain = rank(&catalog, &MatchQuery::new("a"));
    assert!(plain.iter().all(|s| s.components.context == 0.0));
}

#[test]
fn existing_ties_are_boosted_ignored_or_excluded_and_duplicates_flagged() {
    let catalog = small_catalog(
        vec![
            city("a", "africa", &["fr"], &[(WASTE, "need")], None, None),
            city("b", "europe", &["de"], &[(WASTE, "expertise")], None, None),
            city("c", "europe", &["de"], &[(WASTE, "expertise")], None, None),
        ],
        vec![],
        vec![
            partnership("ab-waste", &["a", "b"], &[WASTE]),
            partnership("ab-culture", &["a", "b"], &["culture"]),
        ],
    );
    let mut query = MatchQuery::new("a");
    let boosted = rank(&catalog, &query);
    assert_eq!(ids(&catalog, &boosted), ["b", "c"]);
    let b = find(&catalog, &boosted, "b");
    assert!(
        close(b.components.ties, 1.0),
        "two ties saturate the component"
    );
    let duplicates: Vec<&str> = b
        .duplicates
        .iter()
        .map(|&p| catalog.partnerships()[p].id.as_str())
        .collect();
    assert_eq!(
        duplicates,
        ["ab-waste"],
        "the culture tie does not duplicate a waste suggestion"
    );
    let index = MatchIndex::new(&catalog);
    let reasons = matching::explain(&catalog, &index, &query, b);
    assert!(reasons
        .iter()
        .any(|r| matches!(r, Reason::Duplicates { partnership, .. } if partnership == "ab-waste")));

    query.ties = TiePolicy::Neutral;
    let neutral = rank(&catalog, &query);
    assert!(close(
        find(&catalog, &neutral, "b").score,
        find(&catalog, &neutral, "c").score
    ));
    assert!(neutral
        .iter()
        .all(|s| s.ties.is_empty() && s.duplicates.is_empty()));
    assert_eq!(
        ids(&catalog, &neutral),
        ["b", "c"],
        "equal scores: alphabetical"
    );

    query.ties = TiePolicy::Exclude;
    assert_eq!(ids(&catalog, &rank(&catalog, &query)), ["c"]);
}

#[test]
fn reasons_quote_the_priorities_they_rest_on() {
    let catalog = complementary();
    let query = MatchQuery::new("a");
    let ranked = rank(&catalog, &query);
    let index = MatchIndex::new(&catalog);
    let reasons = matching::explain(&catalog, &index, &query, find(&catalog, &ranked, "c"));
    let Reason::Offers {
        giver,
        receiver,
        offer,
        want,
        ..
    } = &reasons[0]
    else {
        panic!("first reason is an offer: {reasons:?}")
    };
    assert_eq!((giver.as_str(), receiver.as_str()), ("c", "a"));
    assert_eq!(offer.text, "c expertise waste-management");
    assert_eq!(want.text, "a need waste-management");
    assert_eq!(want.source.section.as_deref(), Some("Table A1"));
    assert!(reasons
        .iter()
        .any(|r| matches!(r, Reason::Offers { giver, .. } if giver == "a")));
    let text = matching::describe(&catalog, &reasons[0]);
    assert!(
        text.contains("C has expertise in Waste management")
            && text.contains("[odi-2020, Table A1]"),
        "{text}"
    );
}

#[test]
fn weights_change_the_order_and_the_same_input_gives_the_same_list() {
    let catalog = complementary();
    let mut query = MatchQuery::new("a");
    let first = rank(&catalog, &query);
    assert_eq!(first, rank(&catalog, &query));
    query.weights = Weights {
        complementarity: 0.0,
        shared_priorities: 5.0,
        ..Weights::default()
    };
    assert_eq!(ids(&catalog, &rank(&catalog, &query))[0], "d");
    assert_eq!(
        Weights::from_list(&Weights::default().to_list()),
        Some(Weights::default())
    );
    assert_eq!(Weights::from_list(&[1.0, 2.0]), None);
    assert_eq!(Weights::from_list(&[1.0, 2.0, 3.0, 4.0, 5.0, -1.0]), None);
}

#[test]
fn unknown_ids_are_errors() {
    let catalog = complementary();
    let index = MatchIndex::new(&catalog);
    assert_eq!(
        matching::rank(&catalog, &index, &MatchQuery::new("atlantis")),
        Err(MatchError::UnknownCity("atlantis".into()))
    );
    let mut query = MatchQuery::new("a");
    query.sectors = BTreeSet::from(["waste".to_string()]);
    assert_eq!(
        matching::rank(&catalog, &index, &query),
        Err(MatchError::UnknownSector("waste".into()))
    );
}

#[test]
fn clusters_join_expertise_and_need_within_three_to_six_cities() {
    let catalog = data::load(&shipped_json()).expect("valid");
    let index = MatchIndex::new(&catalog);
    let query = ClusterQuery {
        sectors: BTreeSet::from([WASTE.to_string()]),
        both_continents: true,
        top: 5,
    };
    let groups = matching::clusters(&catalog, &index, &query).expect("known sector");
    assert!(!groups.is_empty());
    for group in &groups {
        assert!((3..=6).contains(&group.members.len()));
        let members: Vec<&data::City> = group
            .members
            .iter()
            .map(|&c| &catalog.cities()[c])
            .collect();
        assert!(members.iter().any(|c| c
            .priorities
            .iter()
            .any(|p| p.sector == WASTE && p.stance == data::Stance::Expertise)));
        assert!(members.iter().any(|c| c
            .priorities
            .iter()
            .any(|p| p.sector == WASTE && p.stance == data::Stance::Need)));
        assert!(members
            .iter()
            .any(|c| c.continent == data::Continent::Africa));
        assert!(members
            .iter()
            .any(|c| c.continent == data::Continent::Europe));
    }
    // Milan or Zürich with the four cities that call waste management a pressing priority and
    // Durban, which invests in it: all the sector's need in the data.
    let best: BTreeSet<&str> = groups[0]
        .members
        .iter()
        .map(|&c| catalog.cities()[c].id.as_str())
        .collect();
    assert!(
        ["dakar", "freetown", "kanifing", "tunis", "durban"]
            .iter()
            .all(|c| best.contains(c)),
        "{best:?}"
    );
    assert!(close(groups[0].coverage, 1.0));
    assert!(groups.windows(2).all(|w| w[0].score >= w[1].score));
}
