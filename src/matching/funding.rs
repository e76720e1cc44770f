//! Funding that fits a pair, a cluster or a proposal: the dataset's funding entries ranked by
//! how well what they fund matches the sectors and the cities, each with the quoted reasons why.
//! Only structured fields count (sectors, quoted eligibility, partnerships funded); the free
//! texts `funds` and `for_whom` are for reading, never parsed.

use serde::Serialize;

use super::clusters::Cluster;
use super::index::MatchIndex;
use super::query::{MatchQuery, Suggestion};
use crate::data::{Catalog, Continent, Funding, SourceRef};
use crate::proposals::Proposal;

/// One funding entry that fits, with its score (higher fits better) and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FundingFit {
    /// Position in the dataset's `funding` list.
    pub funding: usize,
    pub score: f64,
    pub reasons: Vec<FundingReason>,
}

/// Why a funding entry fits.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum FundingReason {
    /// It funds these of the sectors asked for.
    Sectors { sectors: Vec<String> },
    /// Its quoted eligibility names the continent of these cities.
    Continents {
        cities: Vec<String>,
        continents: Vec<Continent>,
        text: String,
        source: SourceRef,
    },
    /// It funds members of `network`, as these cities are.
    Network {
        network: String,
        cities: Vec<String>,
        text: String,
        source: SourceRef,
    },
    /// It already funds a partnership one of these cities takes part in.
    FundedBefore {
        partnership: String,
        summary: String,
        source: SourceRef,
    },
}

/// How much each kind of fit adds: the sectors asked matter most, then who is eligible, then
/// a funder the cities already work with.
const SECTORS: f64 = 2.0;
const ELIGIBLE: f64 = 1.0;
const FUNDED_BEFORE: f64 = 0.5;

/// The dataset's funding entries that fit `cities` working on `sectors` (ids; unknown ones are
/// ignored), best first; empty when none fits. An entry is left out when it funds only other
/// sectors, or when its quoted eligibility covers none of the cities.
pub fn rank_funding(catalog: &Catalog, cities: &[String], sectors: &[String]) -> Vec<FundingFit> {
    let cities: Vec<&str> = cities
        .iter()
        .map(String::as_str)
        .filter(|c| catalog.city(c).is_some())
        .collect();
    let mut fits: Vec<FundingFit> = catalog
        .data()
        .funding
        .iter()
        .enumerate()
        .filter_map(|(i, f)| fit(catalog, i, f, &cities, sectors))
        .collect();
    crate::order::sort_by(&mut fits, |a, b| {
        b.score.total_cmp(&a.score).then_with(|| {
            let name = |f: &FundingFit| &catalog.data().funding[f.funding].name;
            name(a).cmp(name(b))
        })
    });
    fits
}

/// Funding for a suggested pair, on the sectors asked for or, when none was, those the two
/// engage in.
pub fn funding_for_pair(
    catalog: &Catalog,
    index: &MatchIndex,
    query: &MatchQuery,
    suggestion: &Suggestion,
) -> Vec<FundingFit> {
    let Some(focus) = catalog.city_index(&query.city) else {
        return Vec::new();
    };
    let sectors: Vec<String> = super::score::engaged(index, query, focus, suggestion.city)
        .into_iter()
        .map(|s| index.sector_id(s).to_string())
        .collect();
    let cities = [
        query.city.clone(),
        catalog.cities()[suggestion.city].id.clone(),
    ];
    rank_funding(catalog, &cities, &sectors)
}

/// Funding for a cluster, on its sectors.
pub fn funding_for_cluster(catalog: &Catalog, cluster: &Cluster) -> Vec<FundingFit> {
    let cities: Vec<String> = cluster
        .members
        .iter()
        .map(|&c| catalog.cities()[c].id.clone())
        .collect();
    rank_funding(catalog, &cities, &cluster.sectors)
}

/// Funding for a proposal, on its cities and sectors.
pub fn funding_for_proposal(catalog: &Catalog, proposal: &Proposal) -> Vec<FundingFit> {
    let cities: Vec<String> = proposal.city_ids().map(String::from).collect();
    rank_funding(catalog, &cities, &proposal.sectors)
}

fn fit(
    catalog: &Catalog,
    position: usize,
    funding: &Funding,
    cities: &[&str],
    sectors: &[String],
) -> Option<FundingFit> {
    let mut reasons = Vec::new();
    let mut score = 0.0;
    let funded: Vec<String> = sectors
        .iter()
        .filter(|s| funding.sectors.contains(s))
        .cloned()
        .collect();
    if !sectors.is_empty() && !funding.sectors.is_empty() && funded.is_empty() {
        return None;
    }
    if !funded.is_empty() {
        score += SECTORS * funded.len() as f64 / sectors.len() as f64;
        reasons.push(FundingReason::Sectors { sectors: funded });
    }
    if !funding.eligibility.is_empty() {
        let (eligible, covered) = eligibility(catalog, funding, cities);
        if covered == 0 {
            return None;
        }
        score += ELIGIBLE * covered as f64 / cities.len().max(1) as f64;
        reasons.extend(eligible);
    }
    let history: Vec<FundingReason> = catalog
        .partnerships()
        .iter()
        .filter(|p| p.funding.contains(&funding.id))
        .filter(|p| p.cities.iter().any(|c| cities.contains(&c.as_str())))
        .map(|p| FundingReason::FundedBefore {
            partnership: p.id.clone(),
            summary: p.summary.clone(),
            source: p.source.clone(),
        })
        .collect();
    if !history.is_empty() {
        score += FUNDED_BEFORE;
        reasons.extend(history);
    }
    (!reasons.is_empty()).then_some(FundingFit {
        funding: position,
        score,
        reasons,
    })
}

/// The eligibility reasons that cover some of `cities`, and how many cities they cover.
fn eligibility(
    catalog: &Catalog,
    funding: &Funding,
    cities: &[&str],
) -> (Vec<FundingReason>, usize) {
    let mut reasons = Vec::new();
    let mut covered: Vec<&str> = Vec::new();
    let mut cover = |ids: Vec<String>| {
        for id in &ids {
            if let Some(&c) = cities.iter().find(|c| **c == id.as_str()) {
                if !covered.contains(&c) {
                    covered.push(c);
                }
            }
        }
        ids
    };
    for rule in &funding.eligibility {
        let on_continent: Vec<String> = cities
            .iter()
            .filter(|c| {
                catalog
                    .city(c)
                    .is_some_and(|c| rule.continents.contains(&c.continent))
            })
            .map(|c| c.to_string())
            .collect();
        if !on_continent.is_empty() {
            reasons.push(FundingReason::Continents {
                cities: cover(on_continent),
                continents: rule.continents.clone(),
                text: rule.text.clone(),
                source: rule.source.clone(),
            });
        }
        for network in &rule.networks {
            let members: Vec<String> = catalog
                .network(network)
                .map(|n| {
                    cities
                        .iter()
                        .filter(|c| n.members.iter().any(|m| m == *c))
                        .map(|c| c.to_string())
                        .collect()
                })
                .unwrap_or_default();
            if !members.is_empty() {
                reasons.push(FundingReason::Network {
                    network: network.clone(),
                    cities: cover(members),
                    text: rule.text.clone(),
                    source: rule.source.clone(),
                });
            }
        }
    }
    (reasons, covered.len())
}
