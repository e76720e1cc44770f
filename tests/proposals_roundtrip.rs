//! Whatever the editor can save, an import accepts unchanged: the editor keeps every proposal
//! within `proposals::limits` (its `clamp` runs after each change), and the importer checks the
//! same limits. Random proposals, far past every limit, are clamped as the editor clamps them,
//! then exported and imported.

mod common;

use common::{shipped_json, T0};
use passerelle::data::synthetic::Rng;
use passerelle::data::{self, Catalog, Mode};
use passerelle::proposals::exchange;
use passerelle::proposals::limits::{self, Text};
use passerelle::proposals::{
    rules, Milestone, Origin, Proposal, Status, ENTRY_POINTS, STAKEHOLDERS,
};
use passerelle::records::Record;

/// What these tests draw besides numbers.
trait Draw {
    fn text(&mut self, max: usize) -> String;
    fn list(&mut self, from: &[String], max: usize) -> Vec<String>;
    fn date(&mut self) -> String;
}

impl Draw for Rng {
    /// Text of any length up to `max` characters, from an alphabet with what users and
    /// attackers type: accents, emoji, right-to-left marks and overrides, markup, quotes,
    /// control characters, line breaks.
    fn text(&mut self, max: usize) -> String {
        const PIECES: [&str; 12] = [
            "a", "é", "漢", "🌍", "\u{202e}", "\u{2067}", "<b>", "\"", "\\", "\n", "\u{0}", " ",
        ];
        let len = match self.below(4) {
            0 => 0,
            1 => self.below(40),
            _ => self.below(max),
        };
        (0..len).map(|_| PIECES[self.below(PIECES.len())]).collect()
    }

    fn list(&mut self, from: &[String], max: usize) -> Vec<String> {
        (0..self.below(max))
            .map(|_| self.pick(from).clone())
            .collect()
    }

    fn date(&mut self) -> String {
        match self.below(4) {
            0 => String::new(),
            1 => "275760-12-31".into(),
            2 => format!(
                "20{:02}-{:02}-{:02}",
                self.below(100),
                1 + self.below(12),
                1 + self.below(28)
            ),
            _ => "2026-02-30".into(),
        }
    }
}

/// A proposal as edits could leave it before `clamp`, using only what the editor offers (the
/// dataset's cities, sectors and funding; the fixed vocabularies; statuses by allowed steps).
fn edited(random: &mut Rng, catalog: &Catalog) -> Proposal {
    let cities: Vec<String> = catalog.cities().iter().map(|c| c.id.clone()).collect();
    let sectors = catalog.sector_ids();
    let funding: Vec<String> = catalog
        .data()
        .funding
        .iter()
        .map(|f| f.id.clone())
        .collect();
    let entry: Vec<String> = ENTRY_POINTS.iter().map(|s| s.to_string()).collect();
    let stake: Vec<String> = STAKEHOLDERS.iter().map(|s| s.to_string()).collect();
    let mut p = Proposal::new(format!("p-{:032x}", random.below(usize::MAX)), T0);
    p.revision = random.below(1_000) as u64;
    for field in Text::ALL {
        let text = random.text(field.limit() * 2);
        field.set(&mut p, text);
    }
    for _ in 0..random.below(130) {
        let city = random.pick(&cities).clone();
        p.add_city(&city);
    }
    for city in &mut p.cities {
        city.contribution = random.text(limits::TEXT + 50);
    }
    p.sectors = random.list(&sectors, 130);
    p.entry_points = random.list(&entry, 130);
    p.stakeholders = random.list(&stake, 130);
    p.funding = random.list(&funding, 130);
    p.mode = [None, Some(Mode::Economic), Some(Mode::PeerLearning)][random.below(3)];
    p.milestones = (0..random.below(130))
        .map(|_| Milestone {
            date: random.date(),
            text: random.text(limits::TEXT + 50),
            done: random.below(2) == 0,
        })
        .collect();
    for _ in 0..random.below(1_200) {
        let next = rules::next_statuses(&p);
        let status: Status = next[random.below(next.len())];
        rules::change_status(&mut p, status, T0).expect("an offered step");
    }
    p.origin = match random.below(3) {
        0 => None,
        _ => Some(Origin {
            kind: ["match", "cluster", "profile", "from-a-link\u{202e}"][random.below(4)].into(),
            reasons: (0..random.below(130)).map(|_| random.text(200)).collect(),
        }),
    };
    p
}

#[test]
fn anything_the_editor_saves_imports_unchanged() {
    let catalog = data::load(&shipped_json()).expect("valid dataset");
    let mut random = Rng(7);
    for round in 0..300 {
        let mut p = edited(&mut random, &catalog);
        p.clamp();
        let file = exchange::export(std::slice::from_ref(&p), T0);
        let back = exchange::parse(&file, Some(&catalog));
        assert_eq!(
            back.as_deref(),
            Ok(std::slice::from_ref(&p)),
            "round {round}"
        );
    }
}

#[test]
fn the_adversarial_runs_long_fields_are_cut_where_they_are_typed() {
    let mut p = Proposal::new("p-long", T0);
    Text::Title.set(&mut p, "t".repeat(301));
    Text::Notes.set(&mut p, "n".repeat(20_005));
    assert_eq!(p.title.chars().count(), 300);
    assert_eq!(p.notes.chars().count(), 20_000);
    let catalog = data::load(&shipped_json()).expect("valid dataset");
    let file = exchange::export(&[p.clone()], T0);
    assert_eq!(exchange::parse(&file, Some(&catalog)), Ok(vec![p]));
}
