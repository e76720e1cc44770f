//! The map of collaborations and the network membership grid, on the shipped dataset.

mod common;

use common::catalog;
use std::collections::BTreeSet;

use passerelle::data::{Catalog, PartnershipStatus};
use passerelle::filter::{CityFilter, Facet};
use passerelle::map::{MapModel, MapQuery, FOCUS_SUGGESTIONS};
use passerelle::matching::MatchIndex;
use passerelle::memberships::{shared_networks, MembershipGrid};

fn everyone(catalog: &Catalog) -> Vec<usize> {
    (0..catalog.cities().len()).collect()
}

fn map(catalog: &Catalog, query: &MapQuery) -> MapModel {
    MapModel::build(
        catalog,
        &MatchIndex::new(catalog),
        &everyone(catalog),
        query,
    )
}

fn ids(catalog: &Catalog, partnerships: &[usize]) -> Vec<String> {
    partnerships
        .iter()
        .map(|&p| catalog.partnerships()[p].id.clone())
        .collect()
}

#[test]
fn the_whole_map_draws_every_city_and_every_partnership_it_can() {
    let catalog = catalog();
    let model = map(&catalog, &MapQuery::default());
    // 35 cities, Madison (United States) outside Africa and Europe.
    assert_eq!(model.markers.len(), 34);
    assert_eq!(model.off_map.len(), 1);
    assert_eq!(catalog.cities()[model.off_map[0]].id, "madison");
    // 24 partnerships: 22 pairs, one of six cities and one of five, drawn from their first
    // city; the Kanifing–Madison tie has no arc but stays in the text alternative.
    assert_eq!(model.partnerships.len(), 24);
    assert_eq!(model.arcs.len(), 21 + 5 + 4);
    assert!(model.markers.iter().all(|m| !m.faded));
    assert!(model.suggestions.is_empty());
}

#[test]
fn sector_status_and_network_filters_narrow_the_arcs() {
    let catalog = catalog();
    let mut query = MapQuery::default();
    query
        .filter
        .set(Facet::Sector, ["waste-management".to_string()]);
    let model = map(&catalog, &query);
    assert_eq!(
        ids(&catalog, &model.partnerships),
        [
            "dakar-kigali",
            "mannheim-hebron",
            "milan-freetown-waste",
            "barcelona-tunis",
            "dakar-milan-regeneration",
            "maputo-milan"
        ]
    );

    query.statuses = BTreeSet::from([PartnershipStatus::Emerging, PartnershipStatus::Pipeline]);
    let model = map(&catalog, &query);
    assert_eq!(
        ids(&catalog, &model.partnerships),
        ["milan-freetown-waste", "barcelona-tunis"]
    );

    let mut by_network = MapQuery::default();
    by_network.filter.set(Facet::Network, ["c40".to_string()]);
    assert_eq!(
        ids(&catalog, &map(&catalog, &by_network).partnerships),
        ["dakar-paris-climate"]
    );
}

#[test]
fn cities_outside_the_list_filters_show_only_where_an_arc_ends() {
    let catalog = catalog();
    let mut filter = CityFilter::default();
    filter.set(Facet::Continent, ["africa".to_string()]);
    let index = passerelle::search::SearchIndex::new(&catalog, None);
    let listed = passerelle::filter::apply(&catalog, &index, &filter).cities;
    let model = MapModel::build(
        &catalog,
        &MatchIndex::new(&catalog),
        &listed,
        &MapQuery {
            filter,
            ..MapQuery::default()
        },
    );
    for marker in &model.markers {
        let city = &catalog.cities()[marker.city];
        let african = city.continent == passerelle::data::Continent::Africa;
        assert_eq!(marker.faded, !african, "{}", city.id);
        if !african {
            assert!(
                model
                    .arcs
                    .iter()
                    .any(|a| a.from == marker.city || a.to == marker.city),
                "{}",
                city.id
            );
        }
    }
}

#[test]
fn focus_mode_shows_one_citys_ties_and_its_best_partners() {
    let catalog = catalog();
    let model = map(
        &catalog,
        &MapQuery {
            focus: Some("dakar".into()),
            ..MapQuery::default()
        },
    );
    assert_eq!(
        model.partnerships.len(),
        9,
        "{:?}",
        ids(&catalog, &model.partnerships)
    );
    assert!(model.partnerships.iter().all(|&p| catalog.partnerships()[p]
        .cities
        .contains(&"dakar".to_string())));
    assert_eq!(model.suggestions.len(), FOCUS_SUGGESTIONS);
    let dakar = catalog.city_index("dakar").expect("dakar");
    assert!(model.suggestions.iter().all(|s| s.city != dakar));
    let markers: BTreeSet<usize> = model.markers.iter().map(|m| m.city).collect();
    assert!(markers.contains(&dakar));
    assert!(model.markers.iter().all(|m| !m.faded));
    assert!(model.suggestions.iter().all(|s| markers.contains(&s.city)));
}

#[test]
fn the_membership_grid_marks_every_named_membership() {
    let catalog = catalog();
    let grid = MembershipGrid::build(&catalog, &everyone(&catalog));
    assert_eq!(grid.networks.len(), 22);
    assert_eq!(grid.cities.len(), 20);
    assert_eq!(grid.count(), 100);
    // Participants first, then by name.
    let first = &catalog.cities()[grid.cities[0]];
    assert_eq!(first.id, "accra");
    let milan = grid
        .cities
        .iter()
        .position(|&c| catalog.cities()[c].id == "milan")
        .expect("milan");
    let freetown = grid
        .cities
        .iter()
        .position(|&c| catalog.cities()[c].id == "freetown")
        .expect("freetown");
    let both: Vec<usize> = grid.members[milan]
        .intersection(&grid.members[freetown])
        .map(|&col| grid.networks[col])
        .collect();
    assert_eq!(both, shared_networks(&catalog, "milan", "freetown"));
    assert!(!both.is_empty());
}

#[test]
fn the_map_box_in_the_stylesheet_has_the_proportions_of_the_map() {
    let view_box: Vec<String> = passerelle::map::view_box()
        .split(' ')
        .map(String::from)
        .collect();
    let css = std::fs::read_to_string(common::repo_path("style/visual.css")).expect("stylesheet");
    let ratio = format!("{} / {}", view_box[2], view_box[3]);
    assert!(
        css.contains(&format!("aspect-ratio: {ratio};")),
        "style/visual.css should say aspect-ratio: {ratio}"
    );
    assert!(css.contains(&format!("max-width: calc(80vh * {ratio});")));
}
