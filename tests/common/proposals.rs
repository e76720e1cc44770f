//! Proposals for the proposal tests.

use passerelle::data::Mode;
use passerelle::proposals::{Milestone, Origin, Proposal};

use super::T0;

/// The Box 3 case: Milan and Freetown on fashion, with one of each list the editor fills.
pub fn fashion() -> Proposal {
    let mut p = Proposal::new("p-fashion", T0);
    p.title = "Made in Leone: fashion between Milan and Freetown".into();
    p.add_city("freetown");
    p.add_city("milan");
    p.sectors = vec!["creative-industries".into()];
    p.mode = Some(Mode::Economic);
    p.entry_points = vec!["training".into()];
    p.funding = vec!["open-society-foundations".into()];
    p.milestones = vec![Milestone {
        date: "2027-03-01".into(),
        text: "Mind-lab opens".into(),
        done: false,
    }];
    p.origin = Some(Origin {
        kind: "match".into(),
        reasons: vec!["Milan has expertise in Creative industries".into()],
    });
    p
}
