//! The list's facet counts mean what they say: for every value, the number of cities the filter
//! keeps with that value alone selected in its facet. Checked against that definition on the
//! shipped dataset and on seeded synthetic ones, over many generated filters.

mod common;

use passerelle::data::synthetic::Rng;
use passerelle::data::{self, synthetic, Catalog};
use passerelle::filter::{self, facet_values, CityFilter, Facet, ShareRange};
use passerelle::id::VariantArray;
use passerelle::search::SearchIndex;

fn random_filter(catalog: &Catalog, rng: &mut Rng) -> CityFilter {
    let mut filter = CityFilter::default();
    for &facet in Facet::VARIANTS {
        if rng.below(3) == 0 {
            let values = facet_values(catalog, facet);
            let picked: Vec<String> = (0..1 + rng.below(2))
                .map(|_| values[rng.below(values.len())].to_string())
                .collect();
            filter.set(facet, picked);
        }
    }
    if rng.below(4) == 0 {
        filter.share = ShareRange {
            min: Some(rng.below(20) as u8),
            max: None,
        };
    }
    if rng.below(4) == 0 {
        filter.query = ["a", "city 1", "ti", "waste"][rng.below(4)].to_string();
    }
    filter
}

fn assert_counts_match_their_definition(catalog: &Catalog, filters: usize, seed: u64) {
    let index = SearchIndex::new(catalog, None);
    let mut rng = Rng(seed);
    for _ in 0..filters {
        let filter = random_filter(catalog, &mut rng);
        let outcome = filter::apply(catalog, &index, &filter);
        for (facet, counts) in &outcome.counts {
            for (value, count) in counts {
                let mut alone = filter.clone();
                alone.set(*facet, [value.clone()]);
                let expected = filter::apply(catalog, &index, &alone).cities.len();
                assert_eq!(
                    *count, expected,
                    "{facet:?}={value} under {filter:?}: counted {count}, selecting it keeps {expected}"
                );
            }
        }
    }
}

#[test]
fn counts_on_the_shipped_dataset_are_what_selecting_each_value_gives() {
    let catalog = data::load(&common::shipped_json()).expect("valid dataset");
    assert_counts_match_their_definition(&catalog, 60, 7);
}

#[test]
fn counts_on_a_larger_synthetic_dataset_are_what_selecting_each_value_gives() {
    let template = data::parse(&common::shipped_json()).expect("parses");
    let catalog = data::from_dataset(synthetic::expand(&template, 300, 3)).expect("valid");
    assert_counts_match_their_definition(&catalog, 25, 11);
}
