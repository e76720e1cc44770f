//! Groups of three to six cities around the chosen sectors.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::data::Stance;
use crate::filter::Facet;
use crate::matching::ClusterQuery;
use crate::ui::context::{use_address, use_data, use_matcher};
use crate::ui::i18n::*;
use crate::ui::widgets::city::{CityLink, StanceMark};
use crate::ui::widgets::words::{number_format, text, text_owned};
use crate::ui::workspace::funding::FundingFits;
use crate::ui::workspace::matching::reasons::ReasonView;
use crate::ui::workspace::matching::starter::ProposalStarter;
use crate::{format, matching};

/// Groups of three to six cities around the chosen sectors.
#[component]
pub(super) fn Clusters() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let matcher = use_matcher();
    let address = use_address();
    let groups = {
        let data = data.clone();
        Memo::new(move |_| {
            address.with(|r| {
                let sectors: BTreeSet<String> = r.filter.values(Facet::Sector).clone();
                if sectors.is_empty() {
                    return Vec::new();
                }
                let query = ClusterQuery {
                    sectors,
                    both_continents: r.matching.cross_continental,
                    top: 3,
                };
                matching::clusters(&data.catalog, &matcher, &query)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|g| {
                        let reasons = matching::explain_cluster(&data.catalog, &matcher, &g);
                        let members: Vec<(String, String, bool)> = g
                            .members
                            .iter()
                            .map(|&c| {
                                let city = &data.catalog.cities()[c];
                                (city.id.clone(), city.name.clone(), g.providers.contains(&c))
                            })
                            .collect();
                        let funding = matching::funding_for_cluster(&data.catalog, &g);
                        (members, g.coverage, reasons, funding)
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let starter = ProposalStarter::new();
    let has_sectors = move || address.with(|r| !r.filter.values(Facet::Sector).is_empty());
    view! {
        <section class="clusters">
            <h2>{text(move || t_string!(i18n, matching.clusters))}</h2>
            <p class="hint">{text(move || t_string!(i18n, matching.clusters_hint))}</p>
            <Show when=has_sectors fallback=move || view! { <p class="empty">{text(move || t_string!(i18n, matching.clusters_need_sector))}</p> }>
                <Show when=move || groups.with(|g| g.is_empty())>
                    <p class="empty">{text(move || t_string!(i18n, matching.clusters_none))}</p>
                </Show>
                <ol class="suggestions">
                    {move || {
                        groups
                            .get()
                            .into_iter()
                            .map(|(members, coverage, reasons, funding)| {
                                let cities: Vec<String> = members.iter().map(|(id, _, _)| id.clone()).collect();
                                let context = reasons.clone();
                                let start = move |_| starter.start(cities.clone(), "cluster", &context);
                                view! {
                                    <li class="card suggestion">
                                        <p class="members">
                                            {members
                                                .into_iter()
                                                .enumerate()
                                                .map(|(i, (id, name, offers))| {
                                                    view! {
                                                        {(i > 0).then_some(", ")}
                                                        {offers.then(|| view! { <StanceMark stance=Stance::Expertise /> })}
                                                        <CityLink id name />
                                                    }
                                                })
                                                .collect_view()}
                                        </p>
                                        <p>
                                            {text_owned(move || {
                                                t_string!(i18n, matching.coverage, percent = format::decimal(coverage * 100.0, 0, &number_format(i18n))).into_owned()
                                            })}
                                        </p>
                                        <details class="why">
                                            <summary>{text(move || t_string!(i18n, matching.why))}</summary>
                                            <ul class="reasons">
                                                {reasons.into_iter().map(|reason| view! { <li><ReasonView reason /></li> }).collect_view()}
                                            </ul>
                                            <FundingFits fits=funding />
                                        </details>
                                        <p class="card-actions">
                                            <button type="button" class="button" on:click=start>
                                                {text(move || t_string!(i18n, matching.start_group))}
                                            </button>
                                        </p>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ol>
            </Show>
        </section>
    }
}
