//! The map's names, zoom and taps on the shipped dataset: no two names overlap at the default
//! zoom on the screens the app must work on, zooming in names every city, and a tap on an arc
//! picks that arc.

mod common;

use passerelle::data::Catalog;
use passerelle::map::labels::{map_labels, Label, FONT_PX};
use passerelle::map::view::{Screen, View, MAX_ZOOM};
use passerelle::map::{curve, frame, MapModel, MapQuery};
use passerelle::matching::MatchIndex;

/// The map's box on a phone (390×844), a portrait tablet (768×1024) and a landscape tablet
/// (1024×768, with the side panel), as style/visual.css lays it out.
const SCREENS: [Screen; 3] = [
    Screen {
        width: 350.0,
        height: 536.0,
    },
    Screen {
        width: 728.0,
        height: 768.0,
    },
    Screen {
        width: 648.0,
        height: 576.0,
    },
];

fn catalog() -> Catalog {
    passerelle::data::load(&common::shipped_json()).expect("shipped dataset loads")
}

fn whole_map(catalog: &Catalog) -> MapModel {
    let everyone: Vec<usize> = (0..catalog.cities().len()).collect();
    MapModel::build(
        catalog,
        &MatchIndex::new(catalog),
        &everyone,
        &MapQuery::default(),
    )
}

fn placed(labels: &[Option<Label>]) -> Vec<(usize, Label)> {
    labels
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.map(|l| (i, l)))
        .collect()
}

#[test]
fn no_two_names_overlap_at_the_default_zoom() {
    let catalog = catalog();
    let model = whole_map(&catalog);
    for screen in SCREENS {
        let view = View::default();
        let labels = map_labels(&catalog, &model, view.zoom, view.scale(screen));
        let placed = placed(&labels);
        for (n, (i, a)) in placed.iter().enumerate() {
            for (j, b) in &placed[n + 1..] {
                let (x, y) = (
                    &catalog.cities()[model.markers[*i].city].name,
                    &catalog.cities()[model.markers[*j].city].name,
                );
                assert!(!a.bounds.intersects(&b.bounds), "{x} and {y} on {screen:?}");
            }
        }
        let participants = model
            .markers
            .iter()
            .filter(|m| catalog.cities()[m.city].participant)
            .count();
        assert_eq!(labels.len(), model.markers.len());
        assert!(
            placed.len() * 4 >= participants * 3,
            "at least three in four Dialogue cities named on {screen:?}: {} of {participants}",
            placed.len()
        );
    }
}

#[test]
fn partner_cities_are_named_only_when_zoomed_in() {
    let catalog = catalog();
    let model = whole_map(&catalog);
    let named_partners = |zoom: f64| {
        let view = View {
            zoom,
            ..View::default()
        };
        let labels = map_labels(&catalog, &model, zoom, view.scale(SCREENS[1]));
        model
            .markers
            .iter()
            .zip(labels)
            .filter(|(m, l)| !catalog.cities()[m.city].participant && l.is_some())
            .count()
    };
    assert_eq!(named_partners(1.0), 0);
    assert!(named_partners(4.0) > 0);
}

#[test]
fn zoomed_all_the_way_in_every_city_is_named() {
    let catalog = catalog();
    let model = whole_map(&catalog);
    let view = View {
        zoom: MAX_ZOOM,
        ..View::default()
    };
    let labels = map_labels(&catalog, &model, view.zoom, view.scale(SCREENS[0]));
    let missing: Vec<&str> = model
        .markers
        .iter()
        .zip(&labels)
        .filter(|(_, l)| l.is_none())
        .map(|(m, _)| catalog.cities()[m.city].name.as_str())
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn a_tap_on_the_middle_of_any_arc_picks_that_arc() {
    let catalog = catalog();
    let model = whole_map(&catalog);
    let scale = View::default().scale(SCREENS[1]);
    // A finger's reach: 22 screen pixels.
    let reach = 22.0 / scale;
    for (k, arc) in model.arcs.iter().enumerate() {
        let middle = arc.curve.at(0.5);
        let picked = curve::nearest(model.arcs.iter().map(|a| &a.curve), middle, reach);
        assert_eq!(
            picked,
            Some(k),
            "{}",
            catalog.partnerships()[arc.partnership].id
        );
    }
}

#[test]
fn the_stylesheet_sizes_names_and_the_map_box_as_the_code_expects() {
    let css = std::fs::read_to_string(common::repo_path("style/visual.css")).expect("stylesheet");
    let f = frame();
    let ratio = format!("aspect-ratio: {:.0} / {:.0};", f.width, f.height);
    assert!(css.contains(&ratio), "style/visual.css should say {ratio}");
    let font = format!("font-size: {FONT_PX}px;");
    assert!(css.contains(&font), "style/visual.css should say {font}");
}
