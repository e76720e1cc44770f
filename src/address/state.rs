//! The whole address: the screen and the settings that travel with it.

use std::collections::BTreeSet;

use thiserror::Error;

use super::screen::Screen;
use crate::data::{Mode, PartnershipStatus};
use crate::filter::{CityFilter, SortKey};
use crate::matching::{TiePolicy, Weights};

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
    #[error("the link asks for a profile but names none")]
    MissingProfile,
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
