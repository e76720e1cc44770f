//! Speed of the match-making engine on synthetic datasets of 100, 1,000 and 10,000 cities
//! (seeded, so every run measures the same data). Run with `cargo bench --bench matching`.
//!
//! Reports the median of repeated runs: ranking every partner of one city (scores only, as the
//! Match view needs for its list), explaining the top 20, and clusters for one sector.

mod common;

use std::collections::BTreeSet;

use passerelle::data::{self, synthetic};
use passerelle::matching::{self, ClusterQuery, MatchIndex, MatchQuery};

fn main() {
    let template =
        data::parse(include_str!("../public/data/dataset.json")).expect("shipped dataset parses");
    println!(
        "{:>7} {:>12} {:>14} {:>14} {:>12}",
        "cities", "index", "rank 1 city", "explain top20", "clusters"
    );
    for cities in [100, 1_000, 10_000] {
        let catalog = data::from_dataset(synthetic::expand(&template, cities, 42))
            .expect("synthetic dataset is valid");
        let build = common::time(5, || MatchIndex::new(&catalog));
        let index = MatchIndex::new(&catalog);
        let query = MatchQuery::new("city-7");
        let rank = common::time(51, || {
            matching::rank(&catalog, &index, &query).expect("known city")
        });
        let ranked = matching::rank(&catalog, &index, &query).expect("known city");
        let explain = common::time(51, || {
            ranked
                .iter()
                .take(20)
                .map(|s| matching::explain(&catalog, &index, &query, s).len())
                .sum::<usize>()
        });
        let cluster_query = ClusterQuery {
            sectors: BTreeSet::from(["waste-management".to_string()]),
            both_continents: true,
            top: 5,
        };
        let clusters = common::time(21, || {
            matching::clusters(&catalog, &index, &cluster_query).expect("known sector")
        });
        println!("{cities:>7} {build:>12.2?} {rank:>14.2?} {explain:>14.2?} {clusters:>12.2?}");
    }
}
