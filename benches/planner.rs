//! Speed of the workshop planner: 60 cities of a synthetic dataset (seeded, so every run
//! measures the same data), 10 tables on three themes, 8 bilateral rounds. The target is
//! under 200 ms. Run with `cargo bench --bench planner`.
//!
//! Reports the median of repeated runs of a whole plan (scores from the match engine, tables,
//! the schedule and the greedy baseline), and the quality beside the baseline's.

mod common;

use passerelle::data::{self, synthetic};
use passerelle::matching::MatchIndex;
use passerelle::planner::{self, Session};

fn main() {
    let template =
        data::parse(include_str!("../public/data/dataset.json")).expect("shipped dataset parses");
    let catalog = data::from_dataset(synthetic::expand(&template, 200, 42))
        .expect("synthetic dataset is valid");
    let index = MatchIndex::new(&catalog);
    let mut session = Session::new("s-bench", "2026-11-23T08:00:00.000Z");
    session.cities = catalog
        .cities()
        .iter()
        .take(60)
        .map(|c| c.id.clone())
        .collect();
    session.themes = ["waste-management", "youth-employment", "governance"]
        .map(String::from)
        .to_vec();
    session.tables.count = 10;
    session.tables.min_size = 4;
    session.tables.max_size = 8;
    session.rounds.count = 8;

    let median = common::time(21, || {
        planner::plan(&catalog, &index, &session).expect("plans")
    });
    let plan = planner::plan(&catalog, &index, &session).expect("plans");
    let meetings: usize = plan.rounds.iter().map(|r| r.meetings.len()).sum();
    println!(
        "60 cities × 8 rounds × 10 tables: median {:.2?} (target 200 ms), {meetings} meetings; \
         top-5 met: planner {:.3}, greedy baseline {:.3}",
        median, plan.quality.planner, plan.quality.baseline
    );
}
