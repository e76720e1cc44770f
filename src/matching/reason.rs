//! The reasons of a suggestion or a cluster: typed, language-neutral values that carry ids,
//! the quoted texts and their sources. The UI words each variant in the user's language;
//! [`super::describe`] is the English.

use serde::Serialize;

use crate::data::{Continent, SourceRef, Stance};

/// A quotation a reason rests on: one city's evidence in one sector.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub city: String,
    pub sector: String,
    pub kind: EvidenceKind,
    pub text: String,
    pub source: SourceRef,
}

/// What a quotation shows about its city in the sector.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum EvidenceKind {
    /// A Table A1 cell or chapter 3 statement, read as this stance.
    Stance { stance: Stance },
    /// A named programme the city runs in the sector.
    Initiative { initiative: String, name: String },
    /// A challenge (`challenges[].id`) the dataset reads as bearing on the sector.
    Challenge { challenge: String },
    /// A wish for partners in the sector (`cities[].wishes[].id`).
    Wish { wish: String },
}

/// A network two or more cities share, with how much sharing it says.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NetworkShare {
    pub network: String,
    /// Its member cities in the dataset.
    pub members: usize,
    /// 1 for a network of two, 0 for one every city with a known membership belongs to.
    pub selectivity: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Reason {
    /// `giver` can offer what `receiver` wants to work on: `offer` is its expertise, initiative
    /// or investment there, `want` the receiver's need, wish, investment or challenge.
    Offers {
        giver: String,
        receiver: String,
        sector: String,
        offer: Evidence,
        want: Evidence,
    },
    /// Both cities want to work on the sector (need, wish, investment or challenge).
    SharedPriority {
        sector: String,
        first: Evidence,
        second: Evidence,
    },
    /// The focus `city` states no stance in this sector asked for, so the question was read as
    /// "it wants to work on this"; `partner` is the candidate's quotation there (expertise to
    /// offer, or a need or investment to develop together).
    WantsToWorkOn {
        city: String,
        sector: String,
        partner: Evidence,
    },
    /// Networks the cities share, most selective first; networks every city shares are left out.
    SharedNetworks {
        cities: Vec<String>,
        networks: Vec<NetworkShare>,
    },
    SharedLanguages {
        languages: Vec<String>,
    },
    /// `city` wishes for partners on `continent`, the other city's.
    PartnerContinent {
        city: String,
        wish: String,
        continent: Continent,
        text: String,
        source: SourceRef,
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
