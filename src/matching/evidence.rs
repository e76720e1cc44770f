//! Each city's quoted evidence in a sector, one item per quotation, with the other cities it
//! concerns: those its text names, and the other members of the partnership it restates.

use std::collections::{BTreeMap, BTreeSet};

use crate::data::{Catalog, Continent, Stance};
use crate::search::fold;

pub(super) const EXPERTISE: u8 = 1;
pub(super) const INVESTING: u8 = 2;
pub(super) const NEED: u8 = 4;
/// The city runs a named initiative in the sector.
pub(super) const INITIATIVE: u8 = 8;
/// It faces a challenge the dataset reads as bearing on the sector.
pub(super) const CHALLENGE: u8 = 16;
/// It wishes for partners in the sector.
pub(super) const WISH: u8 = 32;
/// The stances of Table A1 and chapter 3.
pub(super) const STANCES: u8 = EXPERTISE | INVESTING | NEED;

fn stance_bit(stance: Stance) -> u8 {
    match stance {
        Stance::Expertise => EXPERTISE,
        Stance::Investing => INVESTING,
        Stance::Need => NEED,
    }
}

/// What a city has in one sector: the kinds of evidence as bits, and how many quotations back
/// them (capped at 255).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Cell {
    pub bits: u8,
    pub quotes: u8,
}

/// Where a piece of evidence stands in its city's record, for the explanations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Origin {
    Priority(usize),
    Initiative(usize),
    Challenge(usize),
    Wish(usize),
}

/// One quoted piece of sector evidence of a city and the other cities it concerns.
#[derive(Debug, Clone)]
pub(super) struct Item {
    pub sector: usize,
    pub bit: u8,
    pub origin: Origin,
    pub about: Vec<usize>,
}

impl Item {
    pub fn concerns(&self, city: usize) -> bool {
        self.about.contains(&city)
    }
}

/// A wish for partners on given continents.
#[derive(Debug, Clone)]
pub(super) struct ContinentWish {
    pub wish: usize,
    pub continents: Vec<Continent>,
    pub about: Vec<usize>,
}

/// Every city's quoted sector evidence as items, and its wishes for partners on a continent,
/// each with the other cities it concerns.
pub(super) fn items(
    catalog: &Catalog,
    sector_ids: &[String],
) -> (Vec<Vec<Item>>, Vec<Vec<ContinentWish>>) {
    let cities = catalog.cities();
    let names = NameFinder::new(catalog);
    let partners = |city: usize, id: Option<&str>| -> Vec<usize> {
        id.and_then(|id| catalog.partnerships().iter().find(|p| p.id == id))
            .map(|p| catalog.members(p).filter(|&c| c != city).collect())
            .unwrap_or_default()
    };
    let sector = |id: &str| sector_ids.iter().position(|s| s == id);
    let mut items = Vec::with_capacity(cities.len());
    let mut continent_wishes = Vec::with_capacity(cities.len());
    for (c, city) in cities.iter().enumerate() {
        let mut list = Vec::new();
        let mut push = |sectors: &[&str], bit: u8, origin: Origin, about: Vec<usize>| {
            for s in sectors.iter().filter_map(|id| sector(id)) {
                list.push(Item {
                    sector: s,
                    bit,
                    origin,
                    about: about.clone(),
                });
            }
        };
        for (j, p) in city.priorities.iter().enumerate() {
            let about = names.find(&p.text, c);
            push(
                &[&p.sector],
                stance_bit(p.stance),
                Origin::Priority(j),
                about,
            );
        }
        for (j, x) in city.initiatives.iter().enumerate() {
            let mut about = names.find(&x.text, c);
            about.extend(partners(c, x.partnership.as_deref()));
            push(&strs(&x.sectors), INITIATIVE, Origin::Initiative(j), about);
        }
        for (j, x) in city.challenges.iter().enumerate() {
            let about = names.find(&x.text, c);
            push(&strs(&x.sectors), CHALLENGE, Origin::Challenge(j), about);
        }
        let mut wishes = Vec::new();
        for (j, x) in city.wishes.iter().enumerate() {
            let mut about = names.find(&x.text, c);
            about.extend(partners(c, x.partnership.as_deref()));
            if !x.partner_continents.is_empty() {
                wishes.push(ContinentWish {
                    wish: j,
                    continents: x.partner_continents.clone(),
                    about: about.clone(),
                });
            }
            push(&strs(&x.sectors), WISH, Origin::Wish(j), about);
        }
        items.push(list);
        continent_wishes.push(wishes);
    }
    (items, continent_wishes)
}

fn strs(ids: &[String]) -> Vec<&str> {
    ids.iter().map(String::as_str).collect()
}

/// Finds the cities a text names, by accent-folded whole words (up to three words a name).
struct NameFinder {
    names: BTreeMap<String, usize>,
}

impl NameFinder {
    const MAX_WORDS: usize = 3;

    fn new(catalog: &Catalog) -> NameFinder {
        NameFinder {
            names: catalog
                .cities()
                .iter()
                .enumerate()
                .map(|(i, c)| (words(&c.name).join(" "), i))
                .collect(),
        }
    }

    /// The cities other than `owner` that `text` names.
    fn find(&self, text: &str, owner: usize) -> Vec<usize> {
        let words = words(text);
        let mut found = BTreeSet::new();
        for start in 0..words.len() {
            for len in 1..=Self::MAX_WORDS.min(words.len() - start) {
                if let Some(&city) = self.names.get(&words[start..start + len].join(" ")) {
                    found.insert(city);
                }
            }
        }
        found.remove(&owner);
        found.into_iter().collect()
    }
}

fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}
