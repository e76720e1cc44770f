//! The screens of each page. Each page's entry point passes its own functions to
//! [`super::start`], so the other pages' screens are not compiled into its module.

use leptos::prelude::*;

use super::context::provide_matcher;
use super::contribute::state as profiles;
use super::contribute::{ContributePage, ProfileEditor};
use super::explore::embed_code::EmbedCode;
use super::explore::list::{provide_shown_cards, CityList};
use super::explore::matrix::Matrix;
use super::explore::networks::Networks;
use super::explore::profile::CityProfile;
use super::explore::sources::Sources;
use super::visual::map::MapView;
use super::visual::memberships::Memberships;
use super::workshop::state as sessions;
use super::workshop::{SessionEditor, SessionsPage};
use super::workspace::matching::MatchView;
use super::workspace::proposals::state as proposals;
use super::workspace::proposals::{NewProposal, ProposalEditor, ProposalsPage};
use crate::address::Screen;

/// The Explore page: list, profiles, matrix, networks, sources.
pub fn explore(screen: Screen) -> AnyView {
    match screen {
        Screen::City(id) => view! { <CityProfile id /> }.into_any(),
        Screen::Matrix => view! { <Matrix /> }.into_any(),
        Screen::Networks => view! { <Networks /> }.into_any(),
        Screen::Sources => view! { <Sources /> }.into_any(),
        Screen::EmbedCode(of) => view! { <EmbedCode of /> }.into_any(),
        _ => view! { <CityList /> }.into_any(),
    }
}

/// The list's cards shown, kept across the Explore page's screens.
pub fn explore_setup() {
    provide_shown_cards();
}

/// The Workspace page: match-making and proposals.
pub fn workspace(screen: Screen) -> AnyView {
    match screen {
        Screen::Match(city) => view! { <MatchView city /> }.into_any(),
        Screen::Proposal(id) => view! { <ProposalEditor id /> }.into_any(),
        Screen::NewProposal { cities, from } => view! { <NewProposal cities from /> }.into_any(),
        _ => view! { <ProposalsPage /> }.into_any(),
    }
}

/// The Workspace's match-making index and proposals (storage opens once per page load).
pub fn workspace_setup() {
    provide_matcher();
    proposals::provide();
}

/// The Visual page: the map of collaborations and the network memberships.
pub fn visual(screen: Screen) -> AnyView {
    match screen {
        Screen::Memberships => view! { <Memberships /> }.into_any(),
        Screen::Map(focus) => view! { <MapView focus /> }.into_any(),
        _ => view! { <MapView focus=None /> }.into_any(),
    }
}

/// The Visual page's map suggests partners in focus mode.
pub fn visual_setup() {
    provide_matcher();
}

/// The Workshop page: the workshop sessions and each one's plan and outputs.
pub fn workshop(screen: Screen) -> AnyView {
    match screen {
        Screen::Session(id) => view! { <SessionEditor id /> }.into_any(),
        _ => view! { <SessionsPage /> }.into_any(),
    }
}

/// The Workshop's match-making index (the planner ranks pairs with it) and its sessions.
pub fn workshop_setup() {
    provide_matcher();
    sessions::provide();
}

/// The Contribute page: the profiles described on this device, contribution files, share links.
pub fn contribute(screen: Screen) -> AnyView {
    match screen {
        Screen::Profile(id) => view! { <ProfileEditor id /> }.into_any(),
        _ => view! { <ContributePage /> }.into_any(),
    }
}

/// The Contribute page's profiles in browser storage, and their copy for the other pages.
pub fn contribute_setup() {
    profiles::provide();
    super::contribute::mirror::provide();
}
