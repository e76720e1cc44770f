//! Why a suggestion was made, as structured reasons that carry the dataset's quoted texts and
//! sources. The UI renders them in the user's language; [`super::describe`] writes them in plain
//! English for the command line.

use super::clusters::Cluster;
use super::evidence::{
    Item, Origin, CHALLENGE, EXPERTISE, INITIATIVE, INVESTING, NEED, STANCES, WISH,
};
use super::index::MatchIndex;
use super::query::{MatchQuery, Suggestion, TiePolicy};
use super::reason::{Evidence, EvidenceKind, NetworkShare, Reason};
use super::score::is_africa_europe;
use super::score::{focus_want, offer, want, Scope};
use crate::data::{Catalog, Continent};

/// Evidence kinds a giver offers with, strongest first, and kinds a receiver wants with.
const OFFERS: [u8; 3] = [EXPERTISE, INITIATIVE, INVESTING];
const WANTS: [u8; 4] = [NEED, WISH, INVESTING, CHALLENGE];

/// The first quotation of `city` in `sector` of the first kind in `kinds` that has one, leaving
/// out what concerns `hidden`.
fn evidence(
    catalog: &Catalog,
    index: &MatchIndex,
    city: usize,
    hidden: Option<usize>,
    sector: usize,
    kinds: &[u8],
) -> Option<Evidence> {
    let items: Vec<&Item> = index
        .visible_items(city, hidden)
        .filter(|i| i.sector == sector)
        .collect();
    let item = kinds
        .iter()
        .find_map(|&kind| items.iter().find(|i| i.bit == kind))?;
    let c = &catalog.cities()[city];
    let (kind, text, source) = match item.origin {
        Origin::Priority(j) => {
            let p = &c.priorities[j];
            (
                EvidenceKind::Stance { stance: p.stance },
                &p.text,
                &p.source,
            )
        }
        Origin::Initiative(j) => {
            let x = &c.initiatives[j];
            let kind = EvidenceKind::Initiative {
                initiative: x.id.clone(),
                name: x.name.clone(),
            };
            (kind, &x.text, &x.source)
        }
        Origin::Challenge(j) => {
            let x = &c.challenges[j];
            let kind = EvidenceKind::Challenge {
                challenge: x.challenge.clone(),
            };
            (kind, &x.text, &x.source)
        }
        Origin::Wish(j) => {
            let x = &c.wishes[j];
            (
                EvidenceKind::Wish { wish: x.id.clone() },
                &x.text,
                &x.source,
            )
        }
    };
    Some(Evidence {
        city: c.id.clone(),
        sector: index.sector_id(sector).to_string(),
        kind,
        text: text.clone(),
        source: source.clone(),
    })
}

/// The two cities of a reason and what each must hide (blind evaluation).
struct Pair {
    focus: usize,
    other: usize,
    blind: bool,
}

impl Pair {
    fn hidden(&self, city: usize) -> Option<usize> {
        let other = if city == self.focus {
            self.other
        } else {
            self.focus
        };
        self.blind.then_some(other)
    }
}

fn offers(
    catalog: &Catalog,
    index: &MatchIndex,
    pair: &Pair,
    (giver, receiver): (usize, usize),
    sector: usize,
) -> Option<Reason> {
    Some(Reason::Offers {
        giver: catalog.cities()[giver].id.clone(),
        receiver: catalog.cities()[receiver].id.clone(),
        sector: index.sector_id(sector).to_string(),
        offer: evidence(catalog, index, giver, pair.hidden(giver), sector, &OFFERS)?,
        want: evidence(
            catalog,
            index,
            receiver,
            pair.hidden(receiver),
            sector,
            &WANTS,
        )?,
    })
}

/// The reasons of one sector: offers each way, then a shared priority, or the question's reading.
fn sector_reasons(
    catalog: &Catalog,
    index: &MatchIndex,
    pair: &Pair,
    scope: &Scope,
    sector: usize,
) -> Vec<Reason> {
    let (focus, other) = (pair.focus, pair.other);
    let (f, c) = index.pair_cells(focus, other, pair.blind);
    let (f, c) = (f[sector], c[sector]);
    let mut reasons = Vec::new();
    let stated = want(f.bits) > 0.0;
    if offer(c.bits) * focus_want(f, scope.asked) > 0.0 {
        if stated {
            reasons.extend(offers(catalog, index, pair, (other, focus), sector));
        } else {
            reasons.extend(reading(catalog, index, pair, sector, &OFFERS));
        }
    }
    if offer(f.bits) * want(c.bits) > 0.0 {
        reasons.extend(offers(catalog, index, pair, (focus, other), sector));
    }
    if focus_want(f, scope.asked).min(want(c.bits)) > 0.0 {
        if stated {
            let first = evidence(catalog, index, focus, pair.hidden(focus), sector, &WANTS);
            let second = evidence(catalog, index, other, pair.hidden(other), sector, &WANTS);
            if let (Some(first), Some(second)) = (first, second) {
                reasons.push(Reason::SharedPriority {
                    sector: index.sector_id(sector).to_string(),
                    first,
                    second,
                });
            }
        } else if f.bits & STANCES == 0 && offer(c.bits) == 0.0 {
            reasons.extend(reading(catalog, index, pair, sector, &WANTS));
        }
    }
    reasons
}

fn reading(
    catalog: &Catalog,
    index: &MatchIndex,
    pair: &Pair,
    sector: usize,
    kinds: &[u8],
) -> Option<Reason> {
    let partner = evidence(
        catalog,
        index,
        pair.other,
        pair.hidden(pair.other),
        sector,
        kinds,
    )?;
    Some(Reason::WantsToWorkOn {
        city: catalog.cities()[pair.focus].id.clone(),
        sector: index.sector_id(sector).to_string(),
        partner,
    })
}

fn network_shares(catalog: &Catalog, index: &MatchIndex, networks: &[usize]) -> Vec<NetworkShare> {
    let mut shares: Vec<NetworkShare> = networks
        .iter()
        .filter(|&&n| index.selectivity(n) > 0.0)
        .map(|&n| {
            let network = &catalog.networks()[n];
            NetworkShare {
                network: network.id.clone(),
                members: network
                    .members
                    .iter()
                    .filter(|m| catalog.city_index(m).is_some())
                    .count(),
                selectivity: index.selectivity(n),
            }
        })
        .collect();
    crate::order::sort_by(&mut shares, |a, b| {
        b.selectivity
            .total_cmp(&a.selectivity)
            .then_with(|| a.network.cmp(&b.network))
    });
    shares
}

/// The reasons behind one suggestion, strongest first.
pub fn explain(
    catalog: &Catalog,
    index: &MatchIndex,
    query: &MatchQuery,
    suggestion: &Suggestion,
) -> Vec<Reason> {
    let (Some(focus), Ok(scope)) = (
        catalog.city_index(&query.city),
        Scope::new(index, &query.sectors),
    ) else {
        return Vec::new();
    };
    let other = suggestion.city;
    let pair = Pair {
        focus,
        other,
        blind: query.blind,
    };
    let mut reasons: Vec<Reason> = scope
        .sectors
        .iter()
        .flat_map(|&s| sector_reasons(catalog, index, &pair, &scope, s))
        .collect();
    let shared: Vec<usize> = index.shared_networks(focus, other, query.blind).collect();
    let networks = network_shares(catalog, index, &shared);
    if !networks.is_empty() {
        reasons.push(Reason::SharedNetworks {
            cities: vec![query.city.clone(), catalog.cities()[other].id.clone()],
            networks,
        });
    }
    let languages: Vec<String> = index
        .shared_languages(focus, other)
        .map(String::from)
        .collect();
    if !languages.is_empty() {
        reasons.push(Reason::SharedLanguages { languages });
    }
    for (city, partner) in [(focus, other), (other, focus)] {
        reasons.extend(continent_wish(catalog, index, &pair, city, partner));
    }
    let (a, b) = (&catalog.cities()[focus], &catalog.cities()[other]);
    if query.peers {
        reasons.push(Reason::SimilarScale {
            populations: [a.population, b.population],
            migrant_shares: [a.migrant_share_pct, b.migrant_share_pct],
        });
    }
    if query.cross_continental && is_africa_europe(a.continent, b.continent) {
        reasons.push(Reason::CrossContinental {
            continents: vec![a.continent, b.continent],
        });
    }
    if query.ties != TiePolicy::Neutral && !query.blind {
        reasons.extend(suggestion.ties.iter().map(|&p| tie_reason(catalog, p)));
        for &p in &suggestion.duplicates {
            let partnership = &catalog.partnerships()[p];
            reasons.push(Reason::Duplicates {
                partnership: partnership.id.clone(),
                sectors: partnership.sectors.clone(),
            });
        }
    }
    reasons
}

/// The first wish of `city` for partners on the continent of `partner`.
fn continent_wish(
    catalog: &Catalog,
    index: &MatchIndex,
    pair: &Pair,
    city: usize,
    partner: usize,
) -> Option<Reason> {
    let continent = catalog.cities()[partner].continent;
    let wish = index
        .continent_wishes(city, pair.hidden(city))
        .find(|w| w.continents.contains(&continent))?;
    let c = &catalog.cities()[city];
    let w = &c.wishes[wish.wish];
    Some(Reason::PartnerContinent {
        city: c.id.clone(),
        wish: w.id.clone(),
        continent,
        text: w.text.clone(),
        source: w.source.clone(),
    })
}

fn tie_reason(catalog: &Catalog, partnership: usize) -> Reason {
    let p = &catalog.partnerships()[partnership];
    Reason::ExistingTie {
        partnership: p.id.clone(),
        summary: p.summary.clone(),
        source: p.source.clone(),
    }
}

/// Why a cluster holds together: who offers what to whom, the channels its members share and
/// the ties they already have.
pub fn explain_cluster(catalog: &Catalog, index: &MatchIndex, cluster: &Cluster) -> Vec<Reason> {
    let sectors: Vec<usize> = cluster
        .sectors
        .iter()
        .filter_map(|s| index.sector_position(s))
        .collect();
    let mut reasons = Vec::new();
    for &giver in &cluster.providers {
        for &receiver in &cluster.seekers {
            let pair = Pair {
                focus: giver,
                other: receiver,
                blind: false,
            };
            for &s in &sectors {
                if index.bits(giver, s) & EXPERTISE != 0 && want(index.cell(receiver, s).bits) > 0.0
                {
                    reasons.extend(offers(catalog, index, &pair, (giver, receiver), s));
                }
            }
        }
    }
    for (n, network) in catalog.networks().iter().enumerate() {
        let members: Vec<String> = cluster
            .members
            .iter()
            .map(|&c| &catalog.cities()[c].id)
            .filter(|id| network.members.contains(id))
            .cloned()
            .collect();
        let networks = network_shares(catalog, index, &[n]);
        if members.len() >= 2 && !networks.is_empty() {
            reasons.push(Reason::SharedNetworks {
                cities: members,
                networks,
            });
        }
    }
    let continents: Vec<Continent> = cluster
        .members
        .iter()
        .map(|&c| catalog.cities()[c].continent)
        .collect();
    if continents.contains(&Continent::Africa) && continents.contains(&Continent::Europe) {
        reasons.push(Reason::CrossContinental { continents });
    }
    let mut seen = Vec::new();
    for (i, &a) in cluster.members.iter().enumerate() {
        for &b in &cluster.members[i + 1..] {
            for p in index.ties_between(a, b) {
                if !seen.contains(&p) {
                    seen.push(p);
                    reasons.push(tie_reason(catalog, p));
                }
            }
        }
    }
    reasons
}
