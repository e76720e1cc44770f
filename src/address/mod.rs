//! The app's state as an address: the URL query string, so that any screen can be shared,
//! bookmarked and reached with the back button, and works on a static host without server-side
//! routing.
//!
//! `?view=list&continent=africa&sector=waste-management&stance=need` is the list of African
//! cities that need help with waste management; `?view=city&city=zurich` is Zürich's profile.
//! The names avoid those of leptos_router (`Route`), web-sys (`Location`, `Navigator`) and
//! Leptos (`View`), which the browser code also uses.

mod matching;
mod parse;
mod query;

use std::collections::BTreeSet;

use thiserror::Error;

use crate::data::Mode;
use crate::data::PartnershipStatus;
use crate::filter::{CityFilter, SortKey};
use crate::matching::{TiePolicy, Weights};

/// What the user is looking at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    List,
    City(String),
    Matrix,
    Networks,
    /// About the data: sources, notes on disagreements.
    Sources,
    /// Partner suggestions for a city (none yet: the user picks one).
    Match(Option<String>),
    /// The proposals stored on this device.
    Proposals,
    /// One proposal, by id.
    Proposal(String),
    /// Starts a proposal with these cities (the sectors come from the sector facet), then opens
    /// it; `from` says where it started (`profile`, `match`, `empty`).
    NewProposal {
        cities: Vec<String>,
        from: String,
    },
    /// The iframe snippet for embedding another screen, given by its query string.
    EmbedCode(String),
    /// The map of collaborations; with a city, focus mode on it.
    Map(Option<String>),
    /// Which city belongs to which network.
    Memberships,
}

/// The app is three pages, each its own WebAssembly module, so that the first screen downloads
/// only what exploring needs: the Explore page (list, profiles, matrix, networks, sources), the
/// Workspace page (match-making, proposals) and the Visual page (map, network memberships).
/// Links between them are ordinary page loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Explore,
    Workspace,
    Visual,
}

impl Page {
    /// The page's address relative to the app's folder.
    pub fn file(self) -> &'static str {
        match self {
            Page::Explore => "./",
            Page::Workspace => "work.html",
            Page::Visual => "visual.html",
        }
    }
}

impl Screen {
    pub fn page(&self) -> Page {
        match self {
            Screen::Match(_)
            | Screen::Proposals
            | Screen::Proposal(_)
            | Screen::NewProposal { .. } => Page::Workspace,
            Screen::Map(_) | Screen::Memberships => Page::Visual,
            _ => Page::Explore,
        }
    }

    /// The value of the `view` parameter.
    fn id(&self) -> &'static str {
        match self {
            Screen::List => "list",
            Screen::City(_) => "city",
            Screen::Matrix => "matrix",
            Screen::Networks => "networks",
            Screen::Sources => "sources",
            Screen::Match(_) => "match",
            Screen::Proposals => "proposals",
            Screen::Proposal(_) => "proposal",
            Screen::NewProposal { .. } => "new-proposal",
            Screen::EmbedCode(_) => "embed-code",
            Screen::Map(_) => "map",
            Screen::Memberships => "memberships",
        }
    }
}

/// The Match screen's settings; the sectors come from the filter's sector facet.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MatchSettings {
    pub ties: TiePolicy,
    pub mode: Option<Mode>,
    pub peers: bool,
    pub cross_continental: bool,
    /// `None` means the starting weights of the mode.
    pub weights: Option<Weights>,
}

impl MatchSettings {
    pub fn weights(&self) -> Weights {
        self.weights.unwrap_or_else(|| Weights::for_mode(self.mode))
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Address {
    pub screen: Screen,
    pub filter: CityFilter,
    pub sort: SortKey,
    pub matching: MatchSettings,
    /// The partnership statuses the map draws; empty draws all.
    pub statuses: BTreeSet<PartnershipStatus>,
    /// Shown inside a partner's website: no navigation chrome.
    pub embed: bool,
}

/// An address the app cannot show; each variant names what was not found, so the screen that
/// reports it can say so in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AddressError {
    #[error("there is no view called '{0}'")]
    UnknownView(String),
    #[error("there is no city with the id '{0}' in the dataset")]
    UnknownCity(String),
    #[error("the link asks for a city profile but names no city")]
    MissingCity,
    #[error("'{value}' is not a known value of '{param}'")]
    UnknownValue { param: String, value: String },
    #[error("the link asks for a proposal but names none")]
    MissingProposal,
}

impl Address {
    pub fn new(screen: Screen) -> Self {
        Address {
            screen,
            ..Address::default()
        }
    }

    /// The same address in or out of embed mode.
    pub fn embedded(mut self, embed: bool) -> Self {
        self.embed = embed;
        self
    }

    /// An address for `screen` that keeps the embed mode, and the filters when moving between
    /// the screens that share them (list, matrix, match, map, memberships).
    pub fn moved_to(&self, screen: Screen) -> Address {
        let keeps_filter = matches!(
            screen,
            Screen::List | Screen::Matrix | Screen::Match(_) | Screen::Map(_) | Screen::Memberships
        );
        Address {
            filter: if keeps_filter {
                self.filter.clone()
            } else {
                CityFilter::default()
            },
            sort: if keeps_filter {
                self.sort.clone()
            } else {
                SortKey::default()
            },
            matching: self.matching.clone(),
            statuses: self.statuses.clone(),
            embed: self.embed,
            screen,
        }
    }
}
