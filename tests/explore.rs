//! Filtering, search and sorting over the shipped dataset, natively (the URL state is in
//! `tests/address.rs`).

mod common;

use common::catalog;
use passerelle::address::Address;
use passerelle::data::vocabulary::Vocabulary;
use passerelle::data::Catalog;
use passerelle::filter::{self, CityFilter, Facet};
use passerelle::search::{Field, SearchIndex, SearchIndexes};

fn ids(catalog: &Catalog, positions: &[usize]) -> Vec<String> {
    positions
        .iter()
        .map(|&i| catalog.cities()[i].id.clone())
        .collect()
}

fn run(catalog: &Catalog, query: &str) -> (Vec<String>, filter::Outcome) {
    let route = Address::parse(query, catalog).expect("valid route");
    let index = SearchIndex::new(catalog, None);
    let outcome = filter::apply(catalog, &index, &route.filter);
    let mut positions = outcome.cities.clone();
    filter::sort(catalog, &mut positions, &route.sort);
    (ids(catalog, &positions), outcome)
}

fn count(outcome: &filter::Outcome, facet: Facet, value: &str) -> usize {
    outcome.counts[&facet]
        .iter()
        .find(|(v, _)| v == value)
        .map(|(_, n)| *n)
        .unwrap_or_else(|| panic!("no count for {value}"))
}

#[test]
fn african_cities_that_need_help_with_waste_management() {
    let catalog = catalog();
    let (cities, outcome) = run(
        &catalog,
        "?continent=africa&sector=waste-management&stance=need",
    );
    assert_eq!(cities, ["dakar", "freetown", "kanifing", "tunis"]);
    // Counts tell what each other value would give with the rest of the filter kept.
    assert_eq!(
        count(&outcome, Facet::Continent, "europe"),
        0,
        "no European city needs help with waste"
    );
    assert_eq!(
        count(&outcome, Facet::Stance, "expertise"),
        0,
        "no African city offers waste expertise"
    );
    assert_eq!(
        count(&outcome, Facet::Stance, "investing"),
        2,
        "Durban and Freetown invest in it"
    );
    assert_eq!(
        count(&outcome, Facet::Sector, "transport-infrastructure"),
        2,
        "Dakar and Tunis need transport help"
    );
}

#[test]
fn sector_and_stance_apply_to_the_same_priority() {
    let catalog = catalog();
    // Zürich has expertise in waste and needs nothing: it must not match waste + need.
    let (cities, _) = run(&catalog, "?sector=waste-management&stance=expertise");
    assert_eq!(cities, ["milan", "zurich"]);
}

#[test]
fn values_within_a_facet_combine_with_or() {
    let catalog = catalog();
    let (cities, outcome) = run(&catalog, "?network=aimf,afus");
    assert_eq!(cities, ["dakar", "durban", "tunis"]);
    assert_eq!(
        count(&outcome, Facet::Network, "c40"),
        9,
        "C40 alone has nine members in the dataset"
    );
}

#[test]
fn search_ignores_case_and_accents_and_says_where_it_matched() {
    let catalog = catalog();
    for query in ["zurich", "ZÜRICH", "Zürich"] {
        let (cities, _) = run(&catalog, &format!("?q={query}"));
        assert_eq!(cities, ["zurich"], "{query}");
    }
    let (cities, outcome) = run(&catalog, "?q=casc");
    assert_eq!(cities, ["milan"]);
    // Milan's asylum and reception priority quotes the centre before its initiative entry does.
    assert_eq!(
        outcome.found_in[0],
        [Field::Priority("asylum-reception".into())]
    );
    let (cities, _) = run(&catalog, "?q=francophones");
    assert_eq!(cities, ["dakar", "tunis"], "network names are searched");
    let (cities, _) = run(&catalog, "?q=sanctuary+bristol");
    assert_eq!(cities, ["bristol"], "every word must match");
    let (cities, _) = run(&catalog, "?q=tunisia");
    assert_eq!(cities, ["sfax", "tunis"], "countries are searched");
}

#[test]
fn search_in_french_finds_french_names_of_countries_and_sectors() {
    let catalog = catalog();
    let json = std::fs::read_to_string(common::repo_path("public/data/vocabulary/fr.json"))
        .expect("French vocabulary");
    let french = Vocabulary::parse(&json).expect("parses");
    let search = |index: &SearchIndex, query: &str| {
        let mut filter = CityFilter::default();
        filter.query = query.into();
        ids(&catalog, &filter::apply(&catalog, index, &filter).cities)
    };
    // Each language's index is built once and then reused.
    let indexes = SearchIndexes::default();
    let english = indexes.get(&catalog, None);
    let in_french = indexes.get(&catalog, Some(&french));
    assert!(std::sync::Arc::ptr_eq(
        &english,
        &indexes.get(&catalog, None)
    ));
    assert!(std::sync::Arc::ptr_eq(
        &in_french,
        &indexes.get(&catalog, Some(&french))
    ));
    assert!(!std::sync::Arc::ptr_eq(&english, &in_french));
    assert_eq!(search(&english, "suisse"), Vec::<String>::new());
    assert_eq!(search(&in_french, "suisse"), ["zurich"]);
    let waste: Vec<String> = {
        let mut filter = CityFilter::default();
        filter.set(Facet::Sector, ["waste-management".to_string()]);
        ids(&catalog, &filter::apply(&catalog, &english, &filter).cities)
    };
    assert_eq!(search(&in_french, "déchets"), waste);
    assert_eq!(
        search(&in_french, "zurich"),
        ["zurich"],
        "English and names still work"
    );
}

#[test]
fn migrant_share_range_leaves_out_unknown_shares_and_says_how_many() {
    let catalog = catalog();
    let (cities, outcome) = run(&catalog, "?share=15-25&sort=migrant-share");
    assert_eq!(
        cities,
        ["paris", "barcelona", "milan", "kampala", "bristol"]
    );
    let unknown = catalog
        .cities()
        .iter()
        .filter(|c| c.migrant_share_pct.is_none())
        .count();
    assert_eq!(outcome.unknown_share_hidden, unknown);
}

#[test]
fn population_bands_and_sorting_keep_unknowns_last() {
    let catalog = catalog();
    let (cities, _) = run(&catalog, "?role=participant&sort=population");
    assert_eq!(
        &cities[..3],
        ["durban", "accra", "paris"],
        "largest first, ties by name"
    );
    assert_eq!(
        cities.last().map(String::as_str),
        Some("maputo"),
        "unknown populations last, by name"
    );
    let (cities, _) = run(&catalog, "?population=under-500k");
    assert_eq!(cities, ["bristol", "kanifing", "mannheim", "zurich"]);
}

#[test]
fn sorting_by_a_sector_puts_expertise_first() {
    let catalog = catalog();
    let (cities, _) = run(
        &catalog,
        "?sector=waste-management&sort=sector:waste-management",
    );
    assert_eq!(&cities[..2], ["milan", "zurich"]);
}

#[test]
fn toggling_a_value_twice_restores_the_filter() {
    let mut filter = CityFilter::default();
    filter.toggle(Facet::Stance, "need");
    assert!(filter.is_selected(Facet::Stance, "need"));
    filter.toggle(Facet::Stance, "need");
    assert_eq!(filter, CityFilter::default());
    assert!(filter.is_empty());
}

/// The lookups a list of thousands of cards makes per card (a country's name, a city's networks
/// by position) give what a pass over the whole dataset gives.
#[test]
fn indexed_lookups_agree_with_the_dataset() {
    use passerelle::data::vocabulary::{term_name, TermKind};
    let catalog = catalog();
    for (position, city) in catalog.cities().iter().enumerate() {
        assert_eq!(
            catalog.country_name(&city.country_code),
            Some(city.country.as_str())
        );
        assert_eq!(
            term_name(&catalog, None, TermKind::Country, &city.country_code),
            city.country
        );
        let by_id: Vec<&str> = catalog
            .memberships(&city.id)
            .map(|n| n.id.as_str())
            .collect();
        let by_position: Vec<&str> = catalog
            .memberships_at(position)
            .map(|n| n.id.as_str())
            .collect();
        assert_eq!(by_id, by_position, "{}", city.id);
    }
    assert_eq!(catalog.country_name("XX"), None);
    assert_eq!(catalog.memberships_at(catalog.cities().len()).count(), 0);
    // Each country once, in order of its name.
    let names: Vec<&str> = catalog
        .country_codes()
        .iter()
        .filter_map(|code| catalog.country_name(code))
        .collect();
    assert_eq!(names.len(), catalog.country_codes().len());
    let mut sorted = names.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(names, sorted);
}
