//! The views of each page. Each page's entry point passes one of these functions to
//! [`super::start`], so the other page's views are not compiled into its module.

use leptos::prelude::*;

use super::app::provide_matcher;
use super::city_list::CityList;
use super::city_profile::CityProfile;
use super::embed::EmbedCode;
use super::map_view::MapView;
use super::match_view::MatchView;
use super::matrix::Matrix;
use super::membership_grid::Memberships;
use super::networks::Networks;
use super::proposals::{NewProposal, ProposalEditor, ProposalsPage, ProposalsState};
use super::sources::Sources;
use crate::route::View;

/// The Explore page: list, profiles, matrix, networks, sources.
pub fn explore(view: View) -> AnyView {
    match view {
        View::City(id) => view! { <CityProfile id /> }.into_any(),
        View::Matrix => view! { <Matrix /> }.into_any(),
        View::Networks => view! { <Networks /> }.into_any(),
        View::Sources => view! { <Sources /> }.into_any(),
        View::EmbedCode(of) => view! { <EmbedCode of /> }.into_any(),
        _ => view! { <CityList /> }.into_any(),
    }
}

/// Nothing to set up for the Explore page.
pub fn explore_setup() {}

/// The Workspace page: match-making and proposals.
pub fn workspace(view: View) -> AnyView {
    match view {
        View::Match(city) => view! { <MatchView city /> }.into_any(),
        View::Proposal(id) => view! { <ProposalEditor id /> }.into_any(),
        View::NewProposal { cities, from } => view! { <NewProposal cities from /> }.into_any(),
        _ => view! { <ProposalsPage /> }.into_any(),
    }
}

/// The Workspace's match-making index and proposals (storage opens once per page load).
pub fn workspace_setup() {
    provide_matcher();
    ProposalsState::provide();
}

/// The Visual page: the map of collaborations and the network memberships.
pub fn visual(view: View) -> AnyView {
    match view {
        View::Memberships => view! { <Memberships /> }.into_any(),
        View::Map(focus) => view! { <MapView focus /> }.into_any(),
        _ => view! { <MapView focus=None /> }.into_any(),
    }
}

/// The Visual page's map suggests partners in focus mode.
pub fn visual_setup() {
    provide_matcher();
}
