//! Reasons, warnings and funding fits in plain English, with the quoted texts and their
//! sources, for the command line. The UI words the same typed values in the user's language.

use super::funding::{FundingFit, FundingReason};
use super::reason::Reason;
use super::reason::{Evidence, EvidenceKind, NetworkShare};
use super::warnings::Warning;
use crate::data::{Catalog, SourceRef, Stance};

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

fn sector_names(catalog: &Catalog, ids: &[String]) -> String {
    let names: Vec<String> = ids.iter().map(|s| sector_name(catalog, s)).collect();
    names.join(", ")
}

fn cite(source: &SourceRef) -> String {
    match &source.section {
        Some(section) => format!("[{}, {section}]", source.doc),
        None => format!("[{}]", source.doc),
    }
}

fn quote(text: &str, source: &SourceRef) -> String {
    format!("(\"{text}\" {})", cite(source))
}

/// What a quotation shows its city does in the sector, as a verb phrase.
fn stands(catalog: &Catalog, evidence: &Evidence) -> String {
    let sector = sector_name(catalog, &evidence.sector);
    match &evidence.kind {
        EvidenceKind::Stance {
            stance: Stance::Expertise,
        } => format!("has expertise in {sector}"),
        EvidenceKind::Stance {
            stance: Stance::Investing,
        } => format!("is investing in {sector}"),
        EvidenceKind::Stance {
            stance: Stance::Need,
        } => format!("needs help in {sector}"),
        EvidenceKind::Initiative { name, .. } => format!("runs {name} in {sector}"),
        EvidenceKind::Challenge { .. } => format!("faces a challenge in {sector}"),
        EvidenceKind::Wish { .. } => format!("wants partners in {sector}"),
    }
}

fn said(catalog: &Catalog, evidence: &Evidence) -> String {
    format!(
        "{} {} {}",
        city_name(catalog, &evidence.city),
        stands(catalog, evidence),
        quote(&evidence.text, &evidence.source)
    )
}

fn networks(catalog: &Catalog, shares: &[NetworkShare]) -> String {
    let names: Vec<String> = shares
        .iter()
        .map(|s| {
            let name = catalog
                .network(&s.network)
                .map_or_else(|| s.network.clone(), |n| n.name.clone());
            format!("{name} ({} members in the data)", s.members)
        })
        .collect();
    names.join(", ")
}

/// A reason in plain English, with the quoted texts and their sources.
pub fn describe(catalog: &Catalog, reason: &Reason) -> String {
    match reason {
        Reason::Offers { offer, want, .. } => {
            format!("{}, where {}", said(catalog, offer), said(catalog, want))
        }
        Reason::SharedPriority { first, second, .. } => format!(
            "both want to work on it: {}; {}",
            said(catalog, first),
            said(catalog, second)
        ),
        Reason::WantsToWorkOn {
            city,
            sector,
            partner,
        } => format!(
            "{} states no stance in {}, read as wanting to work on it: {}",
            city_name(catalog, city),
            sector_name(catalog, sector),
            said(catalog, partner)
        ),
        Reason::SharedNetworks {
            cities,
            networks: shares,
        } => {
            let members: Vec<String> = cities.iter().map(|c| city_name(catalog, c)).collect();
            format!(
                "{} are members of {}",
                members.join(", "),
                networks(catalog, shares)
            )
        }
        Reason::SharedLanguages { languages } => {
            format!("both administrations use {}", languages.join(", "))
        }
        Reason::PartnerContinent {
            city,
            continent,
            text,
            source,
            ..
        } => format!(
            "{} wants partners in {} {}",
            city_name(catalog, city),
            continent_name(*continent),
            quote(text, source)
        ),
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
        } => format!("an existing partnership: \"{summary}\" {}", cite(source)),
        Reason::Duplicates {
            partnership,
            sectors,
        } => format!(
            "warning: would duplicate the existing partnership '{partnership}' in {}",
            sector_names(catalog, sectors)
        ),
    }
}

fn continent_name(continent: crate::data::Continent) -> &'static str {
    use crate::data::Continent;
    match continent {
        Continent::Africa => "Africa",
        Continent::Europe => "Europe",
        Continent::Asia => "Asia",
        Continent::NorthAmerica => "North America",
    }
}

/// A warning about a whole ranking, as one plain sentence.
pub fn describe_warning(catalog: &Catalog, warning: &Warning) -> String {
    match warning {
        Warning::FocusHasNoPriorities { city } => format!(
            "The sources state no priorities for {}: these suggestions rest only on shared \
             networks, languages and what the other cities state, so take them as leads to \
             explore, not as matches.",
            city_name(catalog, city)
        ),
        Warning::SectorWithoutStance { city, sector } => format!(
            "{} states no stance in {}: the question is read as \"{} wants to work on it\", so \
             cities with expertise there rank on it, and so do cities that need or invest in it \
             (co-development).",
            city_name(catalog, city),
            sector_name(catalog, sector),
            city_name(catalog, city)
        ),
    }
}

/// A funding entry and why it fits, in one line: the reasons with their sources (the quoted
/// texts are in the typed reasons).
pub fn describe_funding(catalog: &Catalog, fit: &FundingFit) -> String {
    let Some(funding) = catalog.data().funding.get(fit.funding) else {
        return String::new();
    };
    // A reason's source is cited only where it is not the entry's own.
    let cite = |source: &SourceRef| {
        if *source == funding.source {
            String::new()
        } else {
            format!(" {}", cite(source))
        }
    };
    let why: Vec<String> = fit
        .reasons
        .iter()
        .map(|reason| match reason {
            FundingReason::Sectors { sectors } => {
                format!("funds {}", sector_names(catalog, sectors))
            }
            FundingReason::Continents {
                cities,
                continents,
                source,
                ..
            } => {
                let continents: Vec<&str> = continents.iter().map(|c| continent_name(*c)).collect();
                format!(
                    "funds cities in {} ({}){}",
                    continents.join(" and "),
                    names(catalog, cities),
                    cite(source)
                )
            }
            FundingReason::Network {
                network,
                cities,
                source,
                ..
            } => format!(
                "funds members of {} ({}){}",
                catalog
                    .network(network)
                    .map_or(network.as_str(), |n| n.name.as_str()),
                names(catalog, cities),
                cite(source)
            ),
            FundingReason::FundedBefore {
                partnership,
                source,
                ..
            } => format!("already funds '{partnership}'{}", cite(source)),
        })
        .collect();
    format!(
        "{} ({}): {} {}",
        funding.name,
        funding.provider,
        why.join("; "),
        self::cite(&funding.source)
    )
}

fn names(catalog: &Catalog, ids: &[String]) -> String {
    let names: Vec<String> = ids.iter().map(|c| city_name(catalog, c)).collect();
    names.join(", ")
}
