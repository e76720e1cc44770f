//! The views of each page. Each page's entry point passes one of these functions to
//! [`super::start`], so the other page's views are not compiled into its module.

use leptos::prelude::*;

use super::city_list::CityList;
use super::city_profile::CityProfile;
use super::match_view::MatchView;
use super::matrix::Matrix;
use super::networks::Networks;
use super::sources::Sources;
use crate::route::View;

/// The Explore page: list, profiles, matrix, networks, sources.
pub fn explore(view: View) -> AnyView {
    match view {
        View::City(id) => view! { <CityProfile id /> }.into_any(),
        View::Matrix => view! { <Matrix /> }.into_any(),
        View::Networks => view! { <Networks /> }.into_any(),
        View::Sources => view! { <Sources /> }.into_any(),
        _ => view! { <CityList /> }.into_any(),
    }
}

/// The Workspace page: match-making.
pub fn workspace(view: View) -> AnyView {
    match view {
        View::Match(city) => view! { <MatchView city /> }.into_any(),
        _ => ().into_any(),
    }
}
