//! Why a suggestion was made, as structured reasons that carry the dataset's quoted texts and
//! sources. The UI renders them in the user's language; [`describe`] writes them in plain
//! English for the command line.

use serde::Serialize;

use super::index::{MatchIndex, EXPERTISE, INVESTING, NEED};
use super::{is_africa_europe, Cluster, MatchQuery, Suggestion, TiePolicy};
use crate::data::{Catalog, Continent, SourceRef, Stance};

/// A quoted priority a reason rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub city: String,
    pub sector: String,
    pub stance: Stance,
    pub text: String,
    pub source: SourceRef,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Reason {
    /// `giver` has expertise in a sector `receiver` needs or invests in.
    Offers {
        giver: String,
        receiver: String,
        sector: String,
        offer: Evidence,
        want: Evidence,
    },
    /// Both cities need or invest in the sector.
    SharedPriority {
        sector: String,
        first: Evidence,
        second: Evidence,
    },
    SharedNetworks {
        cities: Vec<String>,
        networks: Vec<String>,
    },
    SharedLanguages {
        languages: Vec<String>,
    },
    /// Population and migrant share of both, as the sources give them (null when unknown).
    SimilarScale {
        populations: [Option<u64>; 2],
        migrant_shares: [Option<f64>; 2],
    },
    CrossContinental {
        continents: Vec<Continent>,
    },
    /// A partnership that already exists between them.
    ExistingTie {
        partnership: String,
        summary: String,
        source: SourceRef,
    },
    /// A new partnership in these sectors would duplicate this one.
    Duplicates {
        partnership: String,
        sectors: Vec<String>,
    },
}

/// The first quoted priority of `city` in `sector` among `stances`, in that order of preference.
fn evidence(catalog: &Catalog, city: usize, sector: &str, stances: &[Stance]) -> Option<Evidence> {
    let c = &catalog.cities()[city];
    stances.iter().find_map(|stance| {
        c.priorities
            .iter()
            .find(|p| p.sector == sector && p.stance == *stance)
            .map(|p| Evidence {
                city: c.id.clone(),
                sector: sector.to_string(),
                stance: p.stance,
                text: p.text.clone(),
                source: p.source.clone(),
            })
    })
}

fn offers(
    catalog: &Catalog,
    index: &MatchIndex,
    giver: usize,
    receiver: usize,
    sector: usize,
) -> Option<Reason> {
    let (g, r) = (index.bits(giver, sector), index.bits(receiver, sector));
    if g & EXPERTISE == 0 || r & (NEED | INVESTING) == 0 {
        return None;
    }
    let id = index.sector_id(sector);
    Some(Reason::Offers {
        giver: catalog.cities()[giver].id.clone(),
        receiver: catalog.cities()[receiver].id.clone(),
        sector: id.to_string(),
        offer: evidence(catalog, giver, id, &[Stance::Expertise])?,
        want: evidence(catalog, receiver, id, &[Stance::Need, Stance::Investing])?,
    })
}

/// The reasons behind one suggestion, strongest first.
pub fn explain(
    catalog: &Catalog,
    index: &MatchIndex,
    query: &MatchQuery,
    suggestion: &Suggestion,
) -> Vec<Reason> {
    let Some(focus) = catalog.city_index(&query.city) else {
        return Vec::new();
    };
    let other = suggestion.city;
    let sectors: Vec<usize> = if query.sectors.is_empty() {
        (0..catalog.sectors().len()).collect()
    } else {
        query
            .sectors
            .iter()
            .filter_map(|s| index.sector_position(s))
            .collect()
    };
    let mut reasons = Vec::new();
    for &s in &sectors {
        reasons.extend(offers(catalog, index, other, focus, s));
        reasons.extend(offers(catalog, index, focus, other, s));
    }
    for &s in &sectors {
        if index.is_shared(focus, other, s) {
            let id = index.sector_id(s);
            let wants = [Stance::Need, Stance::Investing];
            if let (Some(first), Some(second)) = (
                evidence(catalog, focus, id, &wants),
                evidence(catalog, other, id, &wants),
            ) {
                reasons.push(Reason::SharedPriority {
                    sector: id.to_string(),
                    first,
                    second,
                });
            }
        }
    }
    let networks: Vec<String> = index
        .shared_networks(focus, other)
        .map(|n| catalog.networks()[n].id.clone())
        .collect();
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
    if query.ties != TiePolicy::Neutral {
        for &p in &suggestion.ties {
            reasons.push(tie_reason(catalog, p));
        }
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
            for &s in &sectors {
                reasons.extend(offers(catalog, index, giver, receiver, s));
            }
        }
    }
    for network in catalog.networks() {
        let members: Vec<String> = cluster
            .members
            .iter()
            .map(|&c| &catalog.cities()[c].id)
            .filter(|id| network.members.contains(id))
            .cloned()
            .collect();
        if members.len() >= 2 {
            reasons.push(Reason::SharedNetworks {
                cities: members,
                networks: vec![network.id.clone()],
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

fn city_name(catalog: &Catalog, id: &str) -> String {
    catalog
        .city(id)
        .map_or_else(|| id.to_string(), |c| c.name.clone())
}

fn sector_name(catalog: &Catalog, id: &str) -> String {
    catalog
        .sector(id)
        .map_or_else(|| id.to_string(), |s| s.name.clone())
}

fn cite(source: &SourceRef) -> String {
    match &source.section {
        Some(section) => format!("[{}, {section}]", source.doc),
        None => format!("[{}]", source.doc),
    }
}

/// A reason in plain English, with the quoted texts and their sources.
pub fn describe(catalog: &Catalog, reason: &Reason) -> String {
    match reason {
        Reason::Offers {
            giver,
            receiver,
            sector,
            offer,
            want,
        } => format!(
            "{} has expertise in {} (\"{}\" {}) where {} {} (\"{}\" {})",
            city_name(catalog, giver),
            sector_name(catalog, sector),
            offer.text,
            cite(&offer.source),
            city_name(catalog, receiver),
            if want.stance == Stance::Need {
                "needs help"
            } else {
                "is investing"
            },
            want.text,
            cite(&want.source),
        ),
        Reason::SharedPriority {
            sector,
            first,
            second,
        } => format!(
            "both prioritise {}: {} (\"{}\" {}) and {} (\"{}\" {})",
            sector_name(catalog, sector),
            city_name(catalog, &first.city),
            first.text,
            cite(&first.source),
            city_name(catalog, &second.city),
            second.text,
            cite(&second.source),
        ),
        Reason::SharedNetworks { cities, networks } => {
            let names: Vec<String> = networks
                .iter()
                .map(|n| {
                    catalog
                        .network(n)
                        .map_or_else(|| n.clone(), |n| n.name.clone())
                })
                .collect();
            let members: Vec<String> = cities.iter().map(|c| city_name(catalog, c)).collect();
            format!("{} are members of {}", members.join(", "), names.join(", "))
        }
        Reason::SharedLanguages { languages } => {
            format!("both administrations use {}", languages.join(", "))
        }
        Reason::SimilarScale {
            populations,
            migrant_shares,
        } => {
            let population =
                |p: Option<u64>| p.map_or_else(|| "unknown".to_string(), |p| p.to_string());
            let share = |s: Option<f64>| {
                s.map_or_else(
                    || "unknown".to_string(),
                    |s| format!("{}%", crate::format::decimal(s, 1, &crate::format::ENGLISH)),
                )
            };
            format!(
                "populations {} and {}, migrant shares {} and {} [odi-2020, Table 1]",
                population(populations[0]),
                population(populations[1]),
                share(migrant_shares[0]),
                share(migrant_shares[1]),
            )
        }
        Reason::CrossContinental { .. } => "an Africa–Europe partnership".to_string(),
        Reason::ExistingTie {
            summary, source, ..
        } => {
            format!("an existing partnership: \"{summary}\" {}", cite(source))
        }
        Reason::Duplicates {
            partnership,
            sectors,
        } => {
            let names: Vec<String> = sectors.iter().map(|s| sector_name(catalog, s)).collect();
            format!(
                "warning: would duplicate the existing partnership '{partnership}' in {}",
                names.join(", ")
            )
        }
    }
}
