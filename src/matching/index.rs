//! What the engine needs of each city, laid out so that scoring a pair is a few array lookups:
//! a stance bitmask per sector, sorted network and language lists, partnerships by partner.

use std::collections::BTreeSet;

use std::collections::BTreeMap;

use super::MatchError;
use crate::data::{Catalog, Stance};
use crate::search::fold;

pub(super) const EXPERTISE: u8 = 1;
pub(super) const INVESTING: u8 = 2;
pub(super) const NEED: u8 = 4;

fn bit(stance: Stance) -> u8 {
    match stance {
        Stance::Expertise => EXPERTISE,
        Stance::Investing => INVESTING,
        Stance::Need => NEED,
    }
}

/// Built once per dataset; queries then cost microseconds per candidate.
#[derive(Debug, Clone)]
pub struct MatchIndex {
    sector_ids: Vec<String>,
    /// For each city, for each sector, the stances it takes as bits.
    stances: Vec<Vec<u8>>,
    /// For each city, the positions of its networks, sorted.
    networks: Vec<Vec<usize>>,
    /// For each city, its languages, sorted.
    languages: Vec<Vec<String>>,
    /// For each city, `(other city, partnership)` for every partnership it takes part in.
    ties: Vec<Vec<(usize, usize)>>,
    /// Each city's place in alphabetical order (accent-folded name, then id), the final
    /// tie-break of rankings, compared as a number.
    alphabetical: Vec<usize>,
}

impl MatchIndex {
    pub fn new(catalog: &Catalog) -> MatchIndex {
        let sector_ids = catalog.sector_ids();
        let cities = catalog.cities();
        let stances = cities
            .iter()
            .map(|city| {
                let mut bits = vec![0u8; sector_ids.len()];
                for p in &city.priorities {
                    if let Some(s) = sector_ids.iter().position(|id| *id == p.sector) {
                        bits[s] |= bit(p.stance);
                    }
                }
                bits
            })
            .collect();
        let mut networks = vec![Vec::new(); cities.len()];
        for (n, network) in catalog.networks().iter().enumerate() {
            for member in &network.members {
                if let Some(c) = catalog.city_index(member) {
                    networks[c].push(n);
                }
            }
        }
        let languages = cities
            .iter()
            .map(|c| {
                let mut l = c.languages.clone();
                crate::order::sort_by(&mut l, Ord::cmp);
                l.dedup();
                l
            })
            .collect();
        let mut ties = vec![Vec::new(); cities.len()];
        for (p, partnership) in catalog.partnerships().iter().enumerate() {
            let members: Vec<usize> = partnership
                .cities
                .iter()
                .filter_map(|c| catalog.city_index(c))
                .collect();
            for &a in &members {
                for &b in &members {
                    if a != b {
                        ties[a].push((b, p));
                    }
                }
            }
        }
        MatchIndex {
            sector_ids,
            stances,
            networks,
            languages,
            ties,
            alphabetical: alphabetical_order(catalog),
        }
    }

    pub fn sector_position(&self, id: &str) -> Option<usize> {
        self.sector_ids.iter().position(|s| s == id)
    }

    pub fn sector_id(&self, position: usize) -> &str {
        &self.sector_ids[position]
    }

    pub(super) fn sector_positions(
        &self,
        ids: &BTreeSet<String>,
    ) -> Result<Vec<usize>, MatchError> {
        ids.iter()
            .map(|id| {
                self.sector_position(id)
                    .ok_or_else(|| MatchError::UnknownSector(id.clone()))
            })
            .collect()
    }

    pub(super) fn bits(&self, city: usize, sector: usize) -> u8 {
        self.stances[city][sector]
    }

    pub(super) fn all_sectors(&self) -> Vec<usize> {
        (0..self.sector_ids.len()).collect()
    }

    pub(super) fn alphabetical(&self, city: usize) -> usize {
        self.alphabetical[city]
    }

    /// How much `giver`'s expertise answers `receiver`'s needs (1 a sector) and investments
    /// (0.5 a sector).
    fn answers(&self, giver: usize, receiver: usize, sector: usize) -> f64 {
        let (g, r) = (self.stances[giver][sector], self.stances[receiver][sector]);
        if g & EXPERTISE == 0 {
            0.0
        } else if r & NEED != 0 {
            1.0
        } else if r & INVESTING != 0 {
            0.5
        } else {
            0.0
        }
    }

    /// Points for the candidate answering the focus city, and for the reverse, over `sectors`.
    pub(super) fn complementarity(
        &self,
        focus: usize,
        candidate: usize,
        sectors: &[usize],
    ) -> (f64, f64) {
        sectors.iter().fold((0.0, 0.0), |(forward, backward), &s| {
            (
                forward + self.answers(candidate, focus, s),
                backward + self.answers(focus, candidate, s),
            )
        })
    }

    /// Whether the sector is a priority both cities need or invest in.
    pub(super) fn is_shared(&self, a: usize, b: usize, sector: usize) -> bool {
        let wants = INVESTING | NEED;
        self.stances[a][sector] & wants != 0 && self.stances[b][sector] & wants != 0
    }

    pub(super) fn shared_priorities(&self, a: usize, b: usize, sectors: &[usize]) -> usize {
        sectors.iter().filter(|&&s| self.is_shared(a, b, s)).count()
    }

    /// Whether the two cities complement each other or share a priority in the sector.
    pub(super) fn engages(&self, a: usize, b: usize, sector: usize) -> bool {
        self.answers(a, b, sector) > 0.0
            || self.answers(b, a, sector) > 0.0
            || self.is_shared(a, b, sector)
    }

    pub(super) fn shared_networks(&self, a: usize, b: usize) -> impl Iterator<Item = usize> + '_ {
        let other = &self.networks[b];
        self.networks[a]
            .iter()
            .copied()
            .filter(move |n| other.binary_search(n).is_ok())
    }

    pub(super) fn shared_languages(&self, a: usize, b: usize) -> impl Iterator<Item = &str> + '_ {
        let other = &self.languages[b];
        self.languages[a]
            .iter()
            .filter(move |l| other.binary_search(l).is_ok())
            .map(String::as_str)
    }

    /// The partnerships of `city`, grouped by partner.
    pub(super) fn ties_by_partner(&self, city: usize) -> BTreeMap<usize, Vec<usize>> {
        let mut by_partner: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &(other, partnership) in &self.ties[city] {
            let list = by_partner.entry(other).or_default();
            if !list.contains(&partnership) {
                list.push(partnership);
            }
        }
        by_partner
    }

    pub(super) fn ties_between(&self, a: usize, b: usize) -> Vec<usize> {
        let mut ties: Vec<usize> = self.ties[a]
            .iter()
            .filter(|(other, _)| *other == b)
            .map(|(_, p)| *p)
            .collect();
        ties.dedup();
        ties
    }

    pub(super) fn network_count(&self, city: usize) -> usize {
        self.networks[city].len()
    }
}

fn alphabetical_order(catalog: &Catalog) -> Vec<usize> {
    let cities = catalog.cities();
    let mut order: Vec<(String, &str, usize)> = cities
        .iter()
        .enumerate()
        .map(|(i, c)| (fold(&c.name), c.id.as_str(), i))
        .collect();
    crate::order::sort_by(&mut order, Ord::cmp);
    let mut place = vec![0; cities.len()];
    for (rank, (_, _, city)) in order.into_iter().enumerate() {
        place[city] = rank;
    }
    place
}
