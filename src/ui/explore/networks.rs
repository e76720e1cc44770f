//! The networks and initiatives the sources name: type, scope, member cities, and the passage
//! each rests on.

use leptos::prelude::*;

use crate::address::{Address, Screen};
use crate::data::Network;
use crate::filter::Facet;
use crate::ui::context::{use_address, use_data};
use crate::ui::i18n::*;
use crate::ui::widgets::city::CityRef;
use crate::ui::widgets::link::AppLink;
use crate::ui::widgets::quote::{Quote, SourceNote};
use crate::ui::widgets::words::{self, text, text_owned};

#[component]
pub fn Networks() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let (with_members, others): (Vec<Network>, Vec<Network>) = data
        .catalog
        .networks()
        .iter()
        .cloned()
        .partition(|n| !n.members.is_empty());
    view! {
        <div class="page networks-page">
            <h1>{text(move || t_string!(i18n, networks.title))}</h1>
            <p class="lead">{text(move || t_string!(i18n, networks.lead))}</p>
            <h2>{text(move || t_string!(i18n, networks.with_members))}</h2>
            <ul class="network-cards">
                {with_members.into_iter().map(|network| view! { <NetworkCard network /> }).collect_view()}
            </ul>
            <h2>{text(move || t_string!(i18n, networks.others))}</h2>
            <p class="hint">{text(move || t_string!(i18n, networks.others_hint))}</p>
            <ul class="network-cards">
                {others.into_iter().map(|network| view! { <NetworkCard network /> }).collect_view()}
            </ul>
        </div>
    }
}

#[component]
fn NetworkCard(network: Network) -> impl IntoView {
    let i18n = use_i18n();
    let address = use_address();
    let network_type = network.network_type;
    let scope = network.scope;
    let type_source = network.type_source.clone();
    let members = network.members.clone();
    let id = network.id.clone();
    let member_list = Signal::derive(move || {
        let mut to = Address::new(Screen::List);
        to.filter.set(Facet::Network, [id.clone()]);
        to.embed = address.with(|r| r.embed);
        to
    });
    view! {
        <li class="card network-card" id=format!("network-{}", network.id)>
            <h3 lang="en">{network.name.clone()}</h3>
            <dl class="facts">
                <div>
                    <dt>{text(move || t_string!(i18n, networks.type_label))}</dt>
                    <dd>
                        {text(move || words::network_type(i18n, network_type))}
                        {match type_source {
                            Some(source) => view! { " " <span class="hint">{text(move || t_string!(i18n, networks.type_stated))}</span> <SourceNote source /> }.into_any(),
                            None if network_type.is_some() => view! { " " <span class="hint">{text(move || t_string!(i18n, networks.type_inferred))}</span> }.into_any(),
                            None => ().into_any(),
                        }}
                    </dd>
                </div>
                <div>
                    <dt>{text(move || t_string!(i18n, networks.scope))}</dt>
                    <dd>{text(move || words::scope(i18n, scope))}</dd>
                </div>
                {network.founded.map(|year| view! { <div><dt>{text(move || t_string!(i18n, networks.founded))}</dt><dd>{year}</dd></div> })}
                {network.size_text.clone().map(|size| view! { <div><dt>{text(move || t_string!(i18n, networks.size))}</dt><dd lang="en">{size}</dd></div> })}
            </dl>
            {(!members.is_empty()).then(|| {
                let count = members.len();
                view! {
                    <p class="members">
                        <span>{text_owned(move || t_string!(i18n, networks.members, count).into_owned())}" "</span>
                        {members
                            .into_iter()
                            .enumerate()
                            .map(|(i, member)| view! { {(i > 0).then_some(", ")}<CityRef id=member /> })
                            .collect_view()}
                    </p>
                    <p>
                        <AppLink to=member_list>{text(move || t_string!(i18n, networks.show_members))}</AppLink>
                    </p>
                }
            })}
            <Quote text=network.text.clone() source=network.source.clone() />
        </li>
    }
}
