//! Speed of what the city list does on every keystroke and tap, natively, on the shipped
//! dataset and on synthetic datasets of 2,000 and 10,000 cities (seeded, so every run measures
//! the same data). Run with `cargo bench --bench explore`; the browser-side figures come from
//! `node scripts/scale.mjs`.
//!
//! Reports the median of repeated runs of: building the search index, filtering with counts
//! for every facet value (no filter, a search word, two facets), and sorting the result.

mod common;

use passerelle::data::{self, synthetic, Catalog};
use passerelle::filter::{self, CityFilter, Facet, SortKey};
use passerelle::search::SearchIndex;

fn main() {
    let shipped = include_str!("../public/data/dataset.json");
    let template = data::parse(shipped).expect("shipped dataset parses");
    println!(
        "{:>7} {:>12} {:>12} {:>12} {:>12} {:>12} {:>14}",
        "cities", "index", "no filter", "search", "two facets", "by name", "by population"
    );
    let mut catalogs: Vec<Catalog> = vec![data::load(shipped).expect("shipped dataset is valid")];
    for cities in [2_000, 10_000] {
        let dataset = synthetic::expand(&template, cities, 42);
        catalogs.push(data::from_dataset(dataset).expect("synthetic dataset is valid"));
    }
    for catalog in &catalogs {
        let build = common::time(5, || SearchIndex::new(catalog, None));
        let index = SearchIndex::new(catalog, None);
        let none = CityFilter::default();
        let mut search = CityFilter::default();
        search.query = "city 12".into();
        let mut facets = CityFilter::default();
        facets.set(Facet::Continent, ["africa".to_string()]);
        let sector = catalog.sector_ids()[3].clone();
        facets.set(Facet::Sector, [sector]);
        let runs = if catalog.cities().len() > 1_000 {
            11
        } else {
            101
        };
        let all = common::time(runs, || filter::apply(catalog, &index, &none));
        let found = common::time(runs, || filter::apply(catalog, &index, &search));
        let narrowed = common::time(runs, || filter::apply(catalog, &index, &facets));
        let positions = filter::apply(catalog, &index, &none).cities;
        let sorted = |key: SortKey| {
            common::time(runs, || {
                let mut order = positions.clone();
                filter::sort(catalog, &mut order, &key);
                order
            })
        };
        let (by_name, by_population) = (sorted(SortKey::Name), sorted(SortKey::Population));
        println!(
            "{:>7} {build:>12.2?} {all:>12.2?} {found:>12.2?} {narrowed:>12.2?} {by_name:>12.2?} {by_population:>14.2?}",
            catalog.cities().len()
        );
    }
}
