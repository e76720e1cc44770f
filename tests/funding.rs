//! Funding that fits a pair, a cluster or a proposal: ranked by the sectors, continents and
//! networks the dataset states, each reason quoted, nothing when nothing fits.

mod common;

use common::catalog;
use std::collections::BTreeSet;

use passerelle::data::Catalog;
use passerelle::matching::{self, FundingFit, FundingReason, MatchIndex, MatchQuery};
use passerelle::proposals::Proposal;

fn ids(catalog: &Catalog, fits: &[FundingFit]) -> Vec<String> {
    fits.iter()
        .map(|f| catalog.data().funding[f.funding].id.clone())
        .collect()
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
}

#[test]
fn funding_is_ranked_by_sector_and_quoted_eligibility() {
    let catalog = catalog();
    let fits = matching::rank_funding(
        &catalog,
        &strings(&["kampala", "zurich"]),
        &strings(&["asylum-reception"]),
    );
    let ids = ids(&catalog, &fits);
    assert!(fits.windows(2).all(|w| w[0].score >= w[1].score));
    // Funds the sector and covers both cities (EU, SDC via the MMC) before one city (EUTF).
    let at = |id: &str| ids.iter().position(|i| i == id).expect(id);
    assert!(at("european-union") < at("eu-trust-fund-africa"));
    assert!(at("swiss-development-cooperation") < at("eu-trust-fund-africa"));
    assert!(
        !ids.contains(&"city-climate-finance-gap-fund".to_string()),
        "other sectors only"
    );
    let eutf = &fits[at("eu-trust-fund-africa")];
    assert!(eutf.reasons.iter().any(|r| matches!(r,
        FundingReason::Continents { cities, text, .. }
            if cities == &["kampala"] && text.contains("EU Trust Fund (EUTF) for Africa"))));
    assert!(eutf.reasons.iter().any(|r| matches!(r,
        FundingReason::Sectors { sectors } if sectors == &["asylum-reception"])));
}

#[test]
fn a_network_funder_fits_only_its_members() {
    let catalog = catalog();
    let governance = strings(&["governance"]);
    let francophone = ids(
        &catalog,
        &matching::rank_funding(&catalog, &strings(&["dakar", "tunis"]), &governance),
    );
    assert!(francophone.contains(&"aimf-cooperation-projects".to_string()));
    let others = ids(
        &catalog,
        &matching::rank_funding(&catalog, &strings(&["milan", "zurich"]), &governance),
    );
    assert!(!others.contains(&"aimf-cooperation-projects".to_string()));
}

#[test]
fn nothing_fits_is_an_empty_list() {
    let catalog = catalog();
    let fits = matching::rank_funding(
        &catalog,
        &strings(&["bremen", "kilis"]),
        &strings(&["culture"]),
    );
    assert!(fits.is_empty(), "{:?}", ids(&catalog, &fits));
}

#[test]
fn a_pair_a_cluster_and_a_proposal_get_funding_for_their_cities_and_sectors() {
    let catalog = catalog();
    let index = MatchIndex::new(&catalog);
    let mut query = MatchQuery::new("freetown");
    query.sectors = BTreeSet::from(["waste-management".to_string()]);
    let ranked = matching::rank(&catalog, &index, &query).expect("valid");
    let pair = matching::funding_for_pair(&catalog, &index, &query, &ranked[0]);
    let freetown_milan = matching::rank_funding(
        &catalog,
        &[
            "freetown".to_string(),
            catalog.cities()[ranked[0].city].id.clone(),
        ],
        &strings(&["waste-management"]),
    );
    assert_eq!(pair, freetown_milan);
    assert!(ids(&catalog, &pair).contains(&"european-union".to_string()));

    let cluster_query = matching::ClusterQuery {
        sectors: BTreeSet::from(["waste-management".to_string()]),
        both_continents: true,
        top: 1,
    };
    let cluster = &matching::clusters(&catalog, &index, &cluster_query).expect("valid")[0];
    let members: Vec<String> = cluster
        .members
        .iter()
        .map(|&c| catalog.cities()[c].id.clone())
        .collect();
    assert_eq!(
        matching::funding_for_cluster(&catalog, cluster),
        matching::rank_funding(&catalog, &members, &cluster.sectors)
    );

    let mut proposal = Proposal::new("p1", "2024-01-01T00:00:00Z");
    proposal.add_city("dakar");
    proposal.add_city("tunis");
    proposal.sectors = strings(&["governance"]);
    assert_eq!(
        matching::funding_for_proposal(&catalog, &proposal),
        matching::rank_funding(&catalog, &strings(&["dakar", "tunis"]), &proposal.sectors)
    );
}
