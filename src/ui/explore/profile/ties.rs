//! How a city is connected: the networks it belongs to and the partnerships it has.

use leptos::prelude::*;

use crate::address::{Address, Screen};
use crate::data::City;
use crate::filter::Facet;
use crate::ui::context::{use_address, use_data};
use crate::ui::i18n::*;
use crate::ui::widgets::link::AppLink;
use crate::ui::widgets::ties::PartnershipFacts;
use crate::ui::widgets::words::text;

#[component]
pub fn Memberships(city: City) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let address = use_address();
    let networks: Vec<(String, String)> = data
        .catalog
        .memberships(&city.id)
        .map(|n| (n.id.clone(), n.name.clone()))
        .collect();
    let is_empty = networks.is_empty();
    view! {
        <section class="profile-section">
            <h2>{text(move || t_string!(i18n, profile.networks))}</h2>
            {is_empty.then(|| view! { <p class="empty">{text(move || t_string!(i18n, profile.none_recorded))}</p> })}
            <ul class="network-links">
                {networks
                    .into_iter()
                    .map(|(id, name)| {
                        // The list filtered by the network shows every member city.
                        let target = Signal::derive(move || {
                            let mut to = Address::new(Screen::List);
                            to.filter.set(Facet::Network, [id.clone()]);
                            to.embed = address.with(|r| r.embed);
                            to
                        });
                        view! {
                            <li>
                                <AppLink to=target class="chip">
                                    <span lang="en">{name}</span>
                                </AppLink>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

#[component]
pub fn Partnerships(city: City) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let ties: Vec<_> = data.catalog.partnerships_of(&city.id).cloned().collect();
    let is_empty = ties.is_empty();
    view! {
        <section class="profile-section">
            <h2>{text(move || t_string!(i18n, profile.partnerships))}</h2>
            {is_empty.then(|| view! { <p class="empty">{text(move || t_string!(i18n, profile.none_recorded))}</p> })}
            <ul class="partnership-list">
                {ties
                    .into_iter()
                    .map(|tie| view! { <li class="card partnership"><PartnershipFacts tie except=city.id.clone() /></li> })
                    .collect_view()}
            </ul>
        </section>
    }
}
