//! A city's mobility profile: characteristics, priorities by goal and stance, challenges and
//! opportunities, initiatives, Covid-19 responses, networks and partnerships, each fact with its
//! source on demand and every gap said plainly.

mod characteristics;
mod facts;
mod priorities;
mod ties;

use characteristics::Characteristics;
use facts::{FactList, Initiatives, TaggedFacts};
use leptos::prelude::*;
use priorities::Priorities;
use ties::{Memberships, Partnerships};

use crate::address::Screen;
use crate::ui::context::use_data;
use crate::ui::i18n::*;
use crate::ui::widgets::city::{CitySubtitle, FindPartners};
use crate::ui::widgets::link::{embedded_address, AppLink};
use crate::ui::widgets::quote::Unknown;
use crate::ui::widgets::words::text;

#[component]
pub fn CityProfile(id: String) -> impl IntoView {
    let data = use_data();
    let Some(city) = data.catalog.city(&id).cloned() else {
        // The address checked the id; this only happens if the data changed underneath.
        return view! { <Unknown /> }.into_any();
    };
    view! {
        <article class="page profile">
            <header class="profile-header">
                <h1>{city.name.clone()}</h1>
                <CitySubtitle city=city.clone() />
                <p class="actions">
                    <FindPartners id=city.id.clone() name=city.name.clone() />
                    <StartProposal id=city.id.clone() />
                </p>
            </header>
            <Characteristics city=city.clone() />
            <Priorities city=city.clone() />
            <TaggedFacts city=city.clone() />
            <FactList title=|i18n| t_string!(i18n, profile.mobility) empty=|i18n| t_string!(i18n, profile.none_recorded) facts=city.mobility.clone() />
            <Initiatives city=city.clone() />
            <FactList title=|i18n| t_string!(i18n, profile.covid) empty=|i18n| t_string!(i18n, profile.none_recorded) facts=city.covid_responses.clone() />
            <Memberships city=city.clone() />
            <Partnerships city />
        </article>
    }
    .into_any()
}

/// Opens the Workspace with a new proposal for this city.
#[component]
fn StartProposal(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let target = embedded_address(Screen::NewProposal {
        cities: vec![id],
        from: "profile".into(),
    });
    view! { <AppLink to=target class="button">{text(move || t_string!(i18n, profile.start_proposal))}</AppLink> }
}
