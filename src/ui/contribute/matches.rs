//! The profile's best partners, matched at once: the dataset extended with this device's
//! profiles ([`crate::ui::context::DeviceDataset`]) goes through the same engine as the Workspace's Match view, and
//! the explanations quote the profile's own words marked self-described.

use std::sync::Arc;

use leptos::prelude::*;

use crate::address::{Address, Screen};
use crate::matching::{self, MatchIndex, MatchQuery, Reason};
use crate::ui::context::{use_device_dataset, AppData};
use crate::ui::i18n::*;
use crate::ui::widgets::link::AppLink;
use crate::ui::widgets::words::text;
use crate::ui::workspace::matching::reasons::ReasonView;

/// How many partners the profile's screen shows.
const SHOWN: usize = 5;

/// One partner: its place in the extended catalog, whether it is a profile, and why.
#[derive(Clone, PartialEq)]
struct Partner {
    id: String,
    name: String,
    profile: bool,
    reasons: Vec<Reason>,
}

#[component]
pub(super) fn Partners(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let extended = use_device_dataset();
    let partners = Memo::new(move |_| {
        let Some(extended) = extended.get() else {
            return Vec::new();
        };
        let catalog = &extended.catalog;
        let index = MatchIndex::new(catalog);
        let query = MatchQuery::new(id.clone());
        let ranked = matching::rank(catalog, &index, &query).unwrap_or_default();
        ranked
            .iter()
            .take(SHOWN)
            .map(|s| {
                let city = &catalog.cities()[s.city];
                Partner {
                    id: city.id.clone(),
                    name: city.name.clone(),
                    profile: extended.profile_at(s.city).is_some(),
                    reasons: matching::explain(catalog, &index, &query, s),
                }
            })
            .collect::<Vec<_>>()
    });
    view! {
        <section class="profile-section match-results" aria-labelledby="partners-heading">
            <h2 id="partners-heading">{text(move || t_string!(i18n, contribute.partners))}</h2>
            <p class="hint">{text(move || t_string!(i18n, contribute.partners_hint))}</p>
            {move || {
                let Some(extended) = extended.get() else { return ().into_any() };
                // The reasons name cities and quote documents of the extended catalog.
                provide_context(Arc::new(AppData {
                    catalog: extended.catalog.clone(),
                    available: true,
                    profiles: extended.profiles.clone(),
                    ..AppData::unavailable()
                }));
                let list = partners.get();
                if list.is_empty() {
                    return view! { <p class="hint">{text(move || t_string!(i18n, contribute.no_partners))}</p> }.into_any();
                }
                view! {
                    <ol class="suggestions">
                        {list.into_iter().map(|partner| view! { <PartnerCard partner /> }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn PartnerCard(partner: Partner) -> impl IntoView {
    let i18n = use_i18n();
    let to = Address::new(if partner.profile {
        Screen::Profile(partner.id)
    } else {
        Screen::City(partner.id)
    });
    let mut reasons = partner.reasons.into_iter();
    let first = reasons.next();
    let rest: Vec<Reason> = reasons.collect();
    view! {
        <li class="card suggestion">
            <h3 class="card-title"><AppLink to><bdi>{partner.name}</bdi></AppLink></h3>
            {first.map(|reason| view! { <ReasonView reason /> })}
            {(!rest.is_empty()).then(|| view! {
                <details class="why">
                    <summary>{text(move || t_string!(i18n, matching.why))}</summary>
                    <ul class="reasons">
                        {rest.into_iter().map(|reason| view! { <li><ReasonView reason /></li> }).collect_view()}
                    </ul>
                </details>
            })}
        </li>
    }
}
