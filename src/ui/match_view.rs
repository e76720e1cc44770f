//! The Match view: partner suggestions for a city with the weights as controls, each result's
//! explanation one tap away, and groups of cities around the chosen sectors.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::app::{use_data, use_matcher};
use super::facets::FilterPanel;
use super::i18n::*;
use super::labels::{self, text, text_owned};
use super::language::number_format;
use super::location::{use_location, use_route, Link, Location, Navigator};
use super::proposals::{use_proposals, ProposalsState};
use super::terms::{use_terms, TermName};
use super::widgets::{CityLink, CityRef, Quote, StanceMark, Unknown};
use crate::data::vocabulary::TermKind;
use crate::data::{Mode, Stance};
use crate::filter::{self, CityFilter, Facet};
use crate::format;
use crate::matching::{
    self, ClusterQuery, Components, MatchQuery, Reason, Suggestion, TiePolicy, Weights,
};
use crate::proposals::Origin;
use crate::route::{MatchSettings, Route, View};
use crate::search::SearchIndex;

/// How many suggestions show at first, and how many more each tap adds.
const PAGE: usize = 10;

#[component]
pub fn MatchView(city: Option<String>) -> impl IntoView {
    match city {
        Some(id) => view! { <MatchFor id /> }.into_any(),
        None => view! { <CityPicker /> }.into_any(),
    }
}

/// The list's filters, minus sector and stance, choose which cities may be partners.
fn candidate_filter(filter: &CityFilter) -> CityFilter {
    let mut candidates = filter.clone();
    candidates.set(Facet::Sector, []);
    candidates.set(Facet::Stance, []);
    candidates
}

fn query_for(
    route: &Route,
    city: &str,
    data: &super::app::AppData,
    index: &SearchIndex,
) -> MatchQuery {
    let candidates = candidate_filter(&route.filter);
    MatchQuery {
        city: city.to_string(),
        sectors: route.filter.values(Facet::Sector).clone(),
        mode: route.matching.mode,
        ties: route.matching.ties,
        peers: route.matching.peers,
        cross_continental: route.matching.cross_continental,
        weights: route.matching.weights(),
        candidates: (!candidates.is_empty()).then(|| {
            filter::apply(&data.catalog, index, &candidates)
                .cities
                .into_iter()
                .collect()
        }),
    }
}

#[component]
fn CityPicker() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let route = use_route();
    let mut cities: Vec<(String, String, bool)> = data
        .catalog
        .cities()
        .iter()
        .map(|c| (c.id.clone(), c.name.clone(), c.participant))
        .collect();
    crate::order::sort_by(&mut cities, |a, b| {
        b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1))
    });
    view! {
        <div class="page match-page">
            <h1>{text(move || t_string!(i18n, matching.pick_title))}</h1>
            <p class="lead">{text(move || t_string!(i18n, matching.pick_lead))}</p>
            <ul class="network-links">
                {cities
                    .into_iter()
                    .map(|(id, name, _)| {
                        let target = Signal::derive(move || {
                            let mut to = Route::with_view(View::Match(Some(id.clone())));
                            to.embed = route.with(|r| r.embed);
                            to
                        });
                        view! { <li><Link route=target class="chip">{name}</Link></li> }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

#[component]
fn MatchFor(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let matcher = use_matcher();
    let route = use_route();
    let name = data
        .catalog
        .city(&id)
        .map_or_else(|| id.clone(), |c| c.name.clone());
    let limit = RwSignal::new(PAGE);

    let query = {
        let data = data.clone();
        let id = id.clone();
        Memo::new(move |_| {
            let index = data.search_index();
            route.with(|r| query_for(r, &id, &data, &index))
        })
    };
    let ranked = {
        let data = data.clone();
        let matcher = matcher.clone();
        Memo::new(move |_| {
            query.with(|q| matching::rank(&data.catalog, &matcher, q).unwrap_or_default())
        })
    };
    let shown = {
        let data = data.clone();
        Memo::new(move |_| {
            query.with(|q| {
                ranked.with(|ranked| {
                    ranked
                        .iter()
                        .take(limit.get())
                        .enumerate()
                        .map(|(i, s)| {
                            (
                                i + 1,
                                s.clone(),
                                matching::explain(&data.catalog, &matcher, q, s),
                            )
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    };
    let outcome = {
        let data = data.clone();
        Memo::new(move |_| {
            let index = data.search_index();
            route.with(|r| filter::apply(&data.catalog, &index, &candidate_filter(&r.filter)))
        })
    };
    let profile = Signal::derive({
        let id = id.clone();
        move || {
            let mut to = Route::with_view(View::City(id.clone()));
            to.embed = route.with(|r| r.embed);
            to
        }
    });
    let total = move || ranked.with(Vec::len);

    view! {
        <div class="page match-page">
            <h1>{text_owned(move || t_string!(i18n, matching.title, city = name.clone()).into_owned())}</h1>
            <p class="lead">{text(move || t_string!(i18n, matching.lead))}</p>
            <p><Link route=profile>{text(move || t_string!(i18n, matching.open_profile))}</Link></p>
            <div class="match-layout">
                <div class="match-controls">
                    <SectorChoice />
                    <Settings />
                    <WeightSliders />
                    <details class="matrix-filters">
                        <summary class="button">{text(move || t_string!(i18n, matching.limit_partners))}</summary>
                        <FilterPanel outcome facets=vec![Facet::Continent, Facet::Country, Facet::Network, Facet::Population, Facet::Role] />
                    </details>
                </div>
                <section class="match-results" aria-labelledby="match-results-heading">
                    <h2 id="match-results-heading">
                        {text_owned(move || t_string!(i18n, matching.results, count = total()).into_owned())}
                    </h2>
                    <ol class="suggestions">
                        <For
                            each=move || shown.get()
                            key=|(rank, s, _)| (*rank, s.city, s.score.to_bits())
                            let((rank, suggestion, reasons))
                        >
                            <SuggestionCard rank suggestion reasons query weights=Signal::derive(move || query.with(|q| q.weights)) />
                        </For>
                    </ol>
                    <Show when=move || { limit.get() < total() }>
                        <button type="button" class="button" on:click=move |_| limit.update(|l| *l += PAGE)>
                            {text(move || t_string!(i18n, matching.show_more))}
                        </button>
                    </Show>
                </section>
            </div>
            <Clusters />
        </div>
    }
}

/// The sectors to match on: the sector facet of the URL, shared with the list and the matrix.
#[component]
fn SectorChoice() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let route = use_route();
    let navigator = Navigator::new();
    let sectors: Vec<(String, String)> = data
        .catalog
        .sectors()
        .iter()
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect();
    view! {
        <fieldset class="facet">
            <legend>{text(move || t_string!(i18n, matching.sectors))}</legend>
            <p class="hint">{text(move || t_string!(i18n, matching.sectors_hint))}</p>
            <div class="chips">
                {sectors
                    .into_iter()
                    .map(|(id, name)| {
                        let selected = {
                            let id = id.clone();
                            move || route.with(|r| r.filter.is_selected(Facet::Sector, &id)).to_string()
                        };
                        view! {
                            <button
                                type="button"
                                class="chip"
                                aria-pressed=selected
                                on:click=move |_| navigator.update(|r| r.filter.toggle(Facet::Sector, &id))
                            >
                                <span lang="en">{name}</span>
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// Mode, treatment of existing ties, peers and cross-continental preferences.
#[component]
fn Settings() -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    let navigator = Navigator::new();
    let tie_label = move |ties: TiePolicy| match ties {
        TiePolicy::Boost => t_string!(i18n, matching.ties_boost),
        TiePolicy::Neutral => t_string!(i18n, matching.ties_neutral),
        TiePolicy::Exclude => t_string!(i18n, matching.ties_exclude),
    };
    view! {
        <fieldset class="facet">
            <legend>{text(move || t_string!(i18n, matching.ties))}</legend>
            <div class="chips">
                {TiePolicy::ALL
                    .into_iter()
                    .map(|ties| {
                        view! {
                            <button
                                type="button"
                                class="chip"
                                aria-pressed=move || route.with(|r| r.matching.ties == ties).to_string()
                                on:click=move |_| navigator.update(|r| r.matching.ties = ties)
                            >
                                {text(move || tie_label(ties))}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
        <label class="field">
            <span>{text(move || t_string!(i18n, matching.mode))}</span>
            <select on:change=move |ev| {
                let mode = Mode::from_id(&event_target_value(&ev));
                navigator.update(|r| {
                    r.matching.mode = mode;
                    r.matching.weights = None;
                });
            }>
                <option value="" selected=move || route.with(|r| r.matching.mode.is_none())>
                    {text(move || t_string!(i18n, matching.any_mode))}
                </option>
                {Mode::ALL
                    .into_iter()
                    .map(|mode| {
                        view! {
                            <option value=mode.id() selected=move || route.with(|r| r.matching.mode == Some(mode))>
                                {text(move || labels::mode(i18n, mode))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
        <SettingCheck
            label=|i18n| t_string!(i18n, matching.peers)
            get=|m| m.peers
            set=|m, on| m.peers = on
        />
        <SettingCheck
            label=|i18n| t_string!(i18n, matching.cross)
            get=|m| m.cross_continental
            set=|m, on| m.cross_continental = on
        />
    }
}

/// A yes/no match setting in the URL.
#[component]
fn SettingCheck(
    label: fn(labels::I18n) -> &'static str,
    get: fn(&MatchSettings) -> bool,
    set: fn(&mut MatchSettings, bool),
) -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    let navigator = Navigator::new();
    view! {
        <label class="check">
            <input
                type="checkbox"
                prop:checked=move || route.with(|r| get(&r.matching))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    navigator.update(|r| set(&mut r.matching, on));
                }
            />
            <span>{text(move || label(i18n))}</span>
        </label>
    }
}

type WeightField = (fn(&Weights) -> f64, fn(&mut Weights, f64));

fn weight_fields(i18n: labels::I18n) -> [(&'static str, WeightField); 6] {
    [
        (
            t_string!(i18n, matching.w_complementarity),
            (|w| w.complementarity, |w, v| w.complementarity = v),
        ),
        (
            t_string!(i18n, matching.w_shared),
            (|w| w.shared_priorities, |w, v| w.shared_priorities = v),
        ),
        (
            t_string!(i18n, matching.w_networks),
            (|w| w.networks, |w, v| w.networks = v),
        ),
        (
            t_string!(i18n, matching.w_language),
            (|w| w.language, |w, v| w.language = v),
        ),
        (
            t_string!(i18n, matching.w_context),
            (|w| w.context, |w, v| w.context = v),
        ),
        (
            t_string!(i18n, matching.w_ties),
            (|w| w.ties, |w, v| w.ties = v),
        ),
    ]
}

/// One slider per component. Moving one replaces the URL in place: a drag is not forty steps
/// back.
#[component]
fn WeightSliders() -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    let navigator = Navigator::new();
    view! {
        <fieldset class="facet weights">
            <legend>{text(move || t_string!(i18n, matching.weights))}</legend>
            {(0..6)
                .map(|i| {
                    let field = move || weight_fields(i18n)[i];
                    let value = move || route.with(|r| (field().1 .0)(&r.matching.weights()));
                    let input_id = format!("weight-{i}");
                    view! {
                        <div class="slider">
                            <label for=input_id.clone()>{text(move || field().0)}</label>
                            <input
                                id=input_id
                                type="range"
                                min="0"
                                max="5"
                                step="0.5"
                                prop:value=move || value().to_string()
                                on:input=move |ev| {
                                    let Ok(v) = event_target_value(&ev).parse::<f64>() else { return };
                                    navigator.update_in_place(|r| {
                                        let mut weights = r.matching.weights();
                                        (field().1 .1)(&mut weights, v);
                                        r.matching.weights = Some(weights);
                                    });
                                }
                            />
                            <output>{move || format::decimal(value(), 1, &number_format(i18n))}</output>
                        </div>
                    }
                })
                .collect_view()}
            <button
                type="button"
                class="button"
                on:click=move |_| navigator.update(|r| r.matching.weights = None)
            >
                {text(move || t_string!(i18n, matching.reset_weights))}
            </button>
        </fieldset>
    }
}

/// What starting a proposal from a match needs, gathered while rendering (event handlers cannot
/// look up contexts).
#[derive(Clone, Copy)]
struct ProposalStarter {
    state: ProposalsState,
    location: Location,
    route: Memo<Route>,
}

impl ProposalStarter {
    fn new() -> Self {
        ProposalStarter {
            state: use_proposals(),
            location: use_location(),
            route: use_route(),
        }
    }

    /// Starts a proposal with `cities` and the route's sectors and mode, keeping the reasons
    /// as context, and opens it.
    fn start(self, cities: Vec<String>, kind: &'static str, reasons: Vec<String>) {
        let (sectors, mode) = self.route.with_untracked(|r| {
            (
                r.filter
                    .values(Facet::Sector)
                    .iter()
                    .cloned()
                    .collect::<Vec<_>>(),
                r.matching.mode,
            )
        });
        let embed = self.route.with_untracked(|r| r.embed);
        spawn_local(async move {
            let created = self
                .state
                .create(move |p| {
                    for c in &cities {
                        p.add_city(c);
                    }
                    p.sectors = sectors;
                    p.mode = mode;
                    p.origin = Some(Origin {
                        kind: kind.to_string(),
                        reasons,
                    });
                })
                .await;
            let mut to = Route::with_view(View::Proposal(created.id));
            to.embed = embed;
            self.location.go(&to);
        });
    }
}

#[component]
fn SuggestionCard(
    rank: usize,
    suggestion: Suggestion,
    reasons: Vec<Reason>,
    query: Memo<MatchQuery>,
    weights: Signal<Weights>,
) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let city = data.catalog.cities()[suggestion.city].clone();
    let score = suggestion.score;
    let components = suggestion.components;
    let two_way = suggestion.two_way;
    let tied = !suggestion.ties.is_empty();
    let duplicates = !suggestion.duplicates.is_empty();
    let context: Vec<String> = reasons
        .iter()
        .map(|r| matching::describe(&data.catalog, r))
        .collect();
    let starter = ProposalStarter::new();
    let partner = city.id.clone();
    let start = move |_| {
        let focus = query.with_untracked(|q| q.city.clone());
        starter.start(vec![focus, partner.clone()], "match", context.clone());
    };
    let partner_name = city.name.clone();
    view! {
        <li class="card suggestion">
            <div class="suggestion-head">
                <span class="rank">{rank}</span>
                <h3 class="card-title"><CityLink id=city.id.clone() name=city.name.clone() /></h3>
                <span class="score">
                    {text_owned(move || t_string!(i18n, matching.score, score = format::decimal(score, 2, &number_format(i18n))).into_owned())}
                </span>
            </div>
            <p class="badges">
                {two_way.then(|| view! { <span class="badge">{text(move || t_string!(i18n, matching.two_way))}</span> " " })}
                {tied.then(|| view! { <span class="badge">{text(move || t_string!(i18n, matching.existing_partner))}</span> " " })}
                {duplicates.then(|| view! { <span class="badge badge-warning">"\u{26a0} "{text(move || t_string!(i18n, matching.duplicate))}</span> })}
            </p>
            <ComponentBars components weights />
            <details class="why">
                <summary>{text(move || t_string!(i18n, matching.why))}</summary>
                <ul class="reasons">
                    {reasons.into_iter().map(|reason| view! { <li><ReasonView reason /></li> }).collect_view()}
                </ul>
            </details>
            <p class="card-actions">
                <button type="button" class="button" on:click=start>
                    {text_owned(move || t_string!(i18n, matching.start_proposal, city = partner_name.clone()).into_owned())}
                </button>
            </p>
        </li>
    }
}

/// Each component's value and its weighted share of the score, as a bar and as numbers.
#[component]
fn ComponentBars(components: Components, weights: Signal<Weights>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dl class="components">
            {(0..6)
                .map(|i| {
                    let value = components.named()[i].1;
                    view! {
                        <div class="component">
                            <dt>{text(move || weight_fields(i18n)[i].0)}</dt>
                            <dd>
                                <span class="bar" aria-hidden="true"><span style:width=format!("{}%", (value * 100.0).round())></span></span>
                                {text_owned(move || {
                                    let f = number_format(i18n);
                                    let weight = (weight_fields(i18n)[i].1 .0)(&weights.get());
                                    format!("{} \u{d7} {}", format::decimal(value, 2, &f), format::decimal(weight, 1, &f))
                                })}
                            </dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
}

#[component]
fn ReasonView(reason: Reason) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let terms = use_terms();
    match reason {
        Reason::Offers { giver, receiver, sector, offer, want } => {
            let need = want.stance == Stance::Need;
            view! {
                <p>
                    <CityRef id=giver />" "<StanceMark stance=Stance::Expertise with_label=true />" · "<TermName kind=TermKind::Sector id=sector />
                    " \u{2192} "<CityRef id=receiver />" "<StanceMark stance=if need { Stance::Need } else { Stance::Investing } with_label=true />
                </p>
                <Quote text=offer.text source=offer.source />
                <Quote text=want.text source=want.source />
            }
            .into_any()
        }
        Reason::SharedPriority { sector, first, second } => {
            view! {
                <p>{text(move || t_string!(i18n, matching.shared_priority))}" · "<TermName kind=TermKind::Sector id=sector /></p>
                <Quote text=first.text source=first.source />
                <Quote text=second.text source=second.source />
            }
            .into_any()
        }
        Reason::SharedNetworks { networks, .. } => {
            let names: Vec<String> = networks
                .iter()
                .map(|n| data.catalog.network(n).map_or_else(|| n.clone(), |n| n.name.clone()))
                .collect();
            view! { <p>{text(move || t_string!(i18n, matching.shared_networks))}" "<span lang="en">{names.join(", ")}</span></p> }.into_any()
        }
        Reason::SharedLanguages { languages } => {
            let codes = languages.join(", ");
            view! { <p>{text(move || t_string!(i18n, matching.shared_languages))}" "{codes}</p> }.into_any()
        }
        Reason::SimilarScale { populations, migrant_shares } => view! {
            <p>
                {text(move || t_string!(i18n, matching.similar_scale))}" "
                {populations.map(|p| match p {
                    Some(p) => view! { <span>{move || format::population(p, &number_format(i18n))}</span> }.into_any(),
                    None => view! { <Unknown /> }.into_any(),
                }).into_iter().collect_view()}
                " · "
                {migrant_shares.map(|s| match s {
                    Some(s) => view! { <span>{move || t_string!(i18n, value.percent, value = format::decimal(s, 1, &number_format(i18n))).into_owned()}</span> }.into_any(),
                    None => view! { <Unknown /> }.into_any(),
                }).into_iter().collect_view()}
            </p>
        }
        .into_any(),
        Reason::CrossContinental { .. } => view! { <p>{text(move || t_string!(i18n, matching.cross_reason))}</p> }.into_any(),
        Reason::ExistingTie { summary, source, .. } => view! {
            <p>{text(move || t_string!(i18n, matching.existing_tie))}</p>
            <Quote text=summary source />
        }
        .into_any(),
        Reason::Duplicates { sectors, .. } => {
            view! {
                <p class="warning">"\u{26a0} "{text(move || t_string!(i18n, matching.duplicate_reason))}" "{move || terms.names(TermKind::Sector, &sectors)}</p>
            }
            .into_any()
        }
    }
}

/// Groups of three to six cities around the chosen sectors.
#[component]
fn Clusters() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let matcher = use_matcher();
    let route = use_route();
    let groups = {
        let data = data.clone();
        Memo::new(move |_| {
            route.with(|r| {
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
                        let context: Vec<String> = reasons
                            .iter()
                            .map(|r| matching::describe(&data.catalog, r))
                            .collect();
                        (members, g.coverage, reasons, context)
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let starter = ProposalStarter::new();
    let has_sectors = move || route.with(|r| !r.filter.values(Facet::Sector).is_empty());
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
                            .map(|(members, coverage, reasons, context)| {
                                let cities: Vec<String> = members.iter().map(|(id, _, _)| id.clone()).collect();
                                let start = move |_| starter.start(cities.clone(), "cluster", context.clone());
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
