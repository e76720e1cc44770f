//! What the engine needs of each city, laid out so that scoring a pair is a few array lookups:
//! per sector the kinds of quoted evidence a city has (a bitmask and a count of quotations),
//! networks with how selective each is, languages, the continents its wishes ask partners on,
//! partnerships by partner.
//!
//! It also records which evidence concerns another city: a quotation that names it, or one that
//! restates a partnership with it (`partnership` on initiatives and wishes). Evaluation hides that
//! evidence for the pair ([`MatchIndex::pair_cells`]), so that a known partnership is never found
//! by reading its own description.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use super::evidence::{self, Cell, ContinentWish, Item, STANCES};
use super::query::MatchError;
use crate::data::Catalog;
use crate::search::fold;

/// Built once per dataset; queries then cost microseconds per candidate.
#[derive(Debug, Clone)]
pub struct MatchIndex {
    sector_ids: Vec<String>,
    cells: Vec<Vec<Cell>>,
    items: Vec<Vec<Item>>,
    continent_wishes: Vec<Vec<ContinentWish>>,
    /// For each city, the other cities some of its evidence concerns, sorted.
    concerns: Vec<Vec<usize>>,
    /// For each city, the positions of its networks, sorted.
    networks: Vec<Vec<usize>>,
    /// For each network, what sharing it says: 1 for a network of two, falling with the share of
    /// cities in it, 0 for one that every city with a known membership belongs to.
    selectivity: Vec<f64>,
    /// For each network, the positions of the sectors it works on.
    network_sectors: Vec<Vec<usize>>,
    /// For each partnership, the network it runs through.
    tie_networks: Vec<Option<usize>>,
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
        let (items, continent_wishes) = evidence::items(catalog, &sector_ids);
        let concerns = (0..cities.len())
            .map(|c| {
                let about: BTreeSet<usize> = items[c]
                    .iter()
                    .flat_map(|i| i.about.iter())
                    .chain(continent_wishes[c].iter().flat_map(|w| w.about.iter()))
                    .copied()
                    .collect();
                about.into_iter().collect()
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
        let mut index = MatchIndex {
            cells: Vec::new(),
            selectivity: selectivity(&networks, catalog.networks().len()),
            network_sectors: catalog
                .networks()
                .iter()
                .map(|n| {
                    n.sectors
                        .iter()
                        .filter_map(|id| sector_ids.iter().position(|s| s == id))
                        .collect()
                })
                .collect(),
            tie_networks: catalog
                .partnerships()
                .iter()
                .map(|p| {
                    p.network
                        .as_deref()
                        .and_then(|id| catalog.networks().iter().position(|n| n.id == id))
                })
                .collect(),
            languages: cities
                .iter()
                .map(|c| {
                    let mut l = c.languages.clone();
                    crate::order::sort_by(&mut l, Ord::cmp);
                    l.dedup();
                    l
                })
                .collect(),
            ties: ties(catalog),
            alphabetical: alphabetical_order(catalog),
            sector_ids,
            items,
            continent_wishes,
            concerns,
            networks,
        };
        index.cells = (0..cities.len())
            .map(|c| index.cells_hiding(c, None))
            .collect();
        index
    }

    pub fn sector_position(&self, id: &str) -> Option<usize> {
        self.sector_ids.iter().position(|s| s == id)
    }

    pub fn sector_id(&self, position: usize) -> &str {
        &self.sector_ids[position]
    }

    pub(super) fn sector_count(&self) -> usize {
        self.sector_ids.len()
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

    /// A city's evidence in a sector, all of it (clusters, warnings).
    pub(super) fn cell(&self, city: usize, sector: usize) -> Cell {
        self.cells[city][sector]
    }

    /// The stance bits of a city in a sector.
    pub(super) fn bits(&self, city: usize, sector: usize) -> u8 {
        self.cells[city][sector].bits & STANCES
    }

    /// Whether scoring `a` with `b` blind must hide something: evidence of one concerning the
    /// other, or a partnership between them.
    fn linked(&self, a: usize, b: usize) -> bool {
        self.concerns[a].binary_search(&b).is_ok()
            || self.concerns[b].binary_search(&a).is_ok()
            || self.ties[a].iter().any(|(other, _)| *other == b)
    }

    /// The sector cells of `a` and `b` as a scoring of the pair sees them: blind, without the
    /// evidence of either that concerns the other.
    pub(super) fn pair_cells(
        &self,
        a: usize,
        b: usize,
        blind: bool,
    ) -> (Cow<'_, [Cell]>, Cow<'_, [Cell]>) {
        if blind && self.linked(a, b) {
            (
                Cow::Owned(self.cells_hiding(a, Some(b))),
                Cow::Owned(self.cells_hiding(b, Some(a))),
            )
        } else {
            (Cow::Borrowed(&self.cells[a]), Cow::Borrowed(&self.cells[b]))
        }
    }

    fn cells_hiding(&self, city: usize, other: Option<usize>) -> Vec<Cell> {
        let mut cells = vec![Cell::default(); self.sector_ids.len()];
        for item in self.visible_items(city, other) {
            let cell = &mut cells[item.sector];
            cell.bits |= item.bit;
            cell.quotes = cell.quotes.saturating_add(1);
        }
        cells
    }

    /// The evidence items of `city`, without those concerning `hidden`.
    pub(super) fn visible_items(
        &self,
        city: usize,
        hidden: Option<usize>,
    ) -> impl Iterator<Item = &Item> + '_ {
        self.items[city]
            .iter()
            .filter(move |i| hidden.is_none_or(|h| !i.concerns(h)))
    }

    /// The wishes of `city` for partners on other continents, without those concerning `hidden`.
    pub(super) fn continent_wishes(
        &self,
        city: usize,
        hidden: Option<usize>,
    ) -> impl Iterator<Item = &ContinentWish> + '_ {
        self.continent_wishes[city]
            .iter()
            .filter(move |w| hidden.is_none_or(|h| !w.about.contains(&h)))
    }

    pub(super) fn alphabetical(&self, city: usize) -> usize {
        self.alphabetical[city]
    }

    /// The networks `a` and `b` share; blind, without those a partnership between them runs
    /// through (the tie would then be found through itself).
    pub(super) fn shared_networks(
        &self,
        a: usize,
        b: usize,
        blind: bool,
    ) -> impl Iterator<Item = usize> + '_ {
        let other = &self.networks[b];
        let hidden: Vec<usize> = if blind {
            self.ties[a]
                .iter()
                .filter(|(o, _)| *o == b)
                .filter_map(|(_, p)| self.tie_networks[*p])
                .collect()
        } else {
            Vec::new()
        };
        self.networks[a]
            .iter()
            .copied()
            .filter(move |n| other.binary_search(n).is_ok() && !hidden.contains(n))
    }

    pub(super) fn selectivity(&self, network: usize) -> f64 {
        self.selectivity[network]
    }

    /// Whether a network works on one of `sectors` (a thematic channel for the question).
    pub(super) fn works_on(&self, network: usize, sectors: &[usize]) -> bool {
        self.network_sectors[network]
            .iter()
            .any(|s| sectors.contains(s))
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

/// An inverse document frequency over the cities with a known membership, scaled to 0–1: a
/// network every such city belongs to (the Mayors Dialogue for its participants) says nothing
/// about a pair; a network of two says the most.
fn selectivity(memberships: &[Vec<usize>], networks: usize) -> Vec<f64> {
    let mut members = vec![0usize; networks];
    for list in memberships {
        for &n in list {
            members[n] += 1;
        }
    }
    let known = memberships.iter().filter(|l| !l.is_empty()).count() as f64;
    members
        .into_iter()
        .map(|m| match m as f64 {
            m if m <= 2.0 => 1.0,
            m if m >= known => 0.0,
            m => ((known / m).ln() / (known / 2.0).ln()).clamp(0.0, 1.0),
        })
        .collect()
}

fn ties(catalog: &Catalog) -> Vec<Vec<(usize, usize)>> {
    let mut ties = vec![Vec::new(); catalog.cities().len()];
    for (p, partnership) in catalog.partnerships().iter().enumerate() {
        let members: Vec<usize> = catalog.members(partnership).collect();
        for &a in &members {
            for &b in &members {
                if a != b {
                    ties[a].push((b, p));
                }
            }
        }
    }
    ties
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
