//! Seeded synthetic datasets of any size, for benchmarks and scale tests. They keep the real
//! dataset's vocabularies and replace its cities, networks and partnerships with generated
//! ones; the same seed always gives the same dataset.

use super::model::*;
use crate::id::VariantArray;

/// A small, fast, seedable generator (SplitMix64); good enough to spread test data, and the one
/// every randomised test uses, so that a failure replays from its seed.
pub struct Rng(pub u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// One of `items`, which must not be empty.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const LANGUAGES: [&str; 6] = ["en", "fr", "ar", "pt", "de", "it"];

/// `template`'s vocabularies with `cities` generated cities, about one network per 20 cities
/// and one partnership per 5. Cities carry the kinds of evidence match-making reads (stances,
/// initiatives, challenges bearing on sectors, wishes), so benchmarks measure the real work.
pub fn expand(template: &Dataset, cities: usize, seed: u64) -> Dataset {
    let mut rng = Rng(seed);
    let source = SourceRef {
        doc: template.sources[0].id.clone(),
        section: Some("synthetic".into()),
    };
    let reference = SourceRef {
        doc: REFERENCE_DOC.into(),
        section: None,
    };
    let sectors: Vec<String> = template.sectors.iter().map(|s| s.id.clone()).collect();
    let generated: Vec<City> = (0..cities)
        .map(|i| {
            let africa = rng.below(2) == 0;
            let population = 50_000 + rng.below(5_000_000) as u64;
            let priorities = (0..1 + rng.below(8))
                .map(|_| Priority {
                    sector: sectors[rng.below(sectors.len())].clone(),
                    stance: Stance::VARIANTS[rng.below(Stance::VARIANTS.len())],
                    text: "Synthetic priority.".into(),
                    source: source.clone(),
                })
                .collect();
            let sector_list = |rng: &mut Rng| vec![sectors[rng.below(sectors.len())].clone()];
            let initiatives = (0..rng.below(3))
                .map(|k| Initiative {
                    id: format!("initiative-{i}-{k}"),
                    name: format!("Initiative {i}.{k}"),
                    sectors: sector_list(&mut rng),
                    partnership: None,
                    since: None,
                    text: "Synthetic initiative.".into(),
                    source: source.clone(),
                })
                .collect();
            let challenges = (0..rng.below(3))
                .filter_map(|_| {
                    let term = template
                        .challenges
                        .get(rng.below(template.challenges.len()))?;
                    Some(CityChallenge {
                        challenge: term.id.clone(),
                        sectors: sector_list(&mut rng),
                        text: "Synthetic challenge.".into(),
                        source: source.clone(),
                    })
                })
                .collect();
            let wishes = (0..rng.below(2))
                .map(|k| Wish {
                    id: format!("wish-{i}-{k}"),
                    sectors: sector_list(&mut rng),
                    partner_continents: vec![if africa {
                        Continent::Europe
                    } else {
                        Continent::Africa
                    }],
                    partnership: None,
                    text: "Synthetic wish.".into(),
                    source: source.clone(),
                })
                .collect();
            City {
                id: format!("city-{i}"),
                name: format!("City {i}"),
                country: if africa {
                    "Africa Land".into()
                } else {
                    "Europe Land".into()
                },
                country_code: if africa { "AA".into() } else { "EE".into() },
                continent: if africa {
                    Continent::Africa
                } else {
                    Continent::Europe
                },
                lat: rng.below(120) as f64 - 40.0,
                lon: rng.below(80) as f64 - 20.0,
                participant: rng.below(3) == 0,
                mayor: Some(Mayor {
                    name: format!("Mayor {i}"),
                    since: Some(2000 + rng.below(20) as i32),
                    source: source.clone(),
                }),
                population: Some(population),
                population_text: Some(population.to_string()),
                migrant_share_pct: Some(rng.below(40) as f64),
                as_of: Some("2020-08".into()),
                languages: vec![LANGUAGES[rng.below(LANGUAGES.len())].into()],
                sources: CitySources {
                    named_in: source.clone(),
                    characteristics: Some(source.clone()),
                    country: reference.clone(),
                    location: reference.clone(),
                    languages: reference.clone(),
                },
                priorities,
                challenges,
                opportunities: Vec::new(),
                initiatives,
                wishes,
                covid_responses: Vec::new(),
                mobility: Vec::new(),
            }
        })
        .collect();
    let networks = (0..(cities / 20).max(1))
        .map(|n| {
            let mut members: Vec<String> = (0..2 + rng.below(40))
                .map(|_| format!("city-{}", rng.below(cities)))
                .collect();
            members.sort();
            members.dedup();
            Network {
                id: format!("network-{n}"),
                name: format!("Network {n}"),
                network_type: None,
                type_source: None,
                scope: Scope::Global,
                members,
                founded: None,
                size_text: None,
                sectors: Vec::new(),
                in_figure_1: false,
                text: "Synthetic network.".into(),
                source: source.clone(),
                also_in: Vec::new(),
            }
        })
        .collect();
    let partnerships = (0..cities / 5)
        .filter_map(|p| {
            let (a, b) = (rng.below(cities), rng.below(cities));
            (a != b).then(|| Partnership {
                id: format!("partnership-{p}"),
                cities: vec![format!("city-{a}"), format!("city-{b}")],
                sectors: vec![sectors[rng.below(sectors.len())].clone()],
                mode: Mode::VARIANTS[rng.below(Mode::VARIANTS.len())],
                since: None,
                status: PartnershipStatus::Existing,
                kind: PartnershipKind::Bilateral,
                network: None,
                funding: Vec::new(),
                summary: "Synthetic partnership.".into(),
                source: source.clone(),
                also_in: Vec::new(),
            })
        })
        .collect();
    Dataset {
        cities: generated,
        networks,
        partnerships,
        funding: Vec::new(),
        notes: Vec::new(),
        ..template.clone()
    }
}
