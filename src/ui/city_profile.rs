//! A city's mobility profile: characteristics, priorities by goal and stance, challenges and
//! opportunities, initiatives, Covid-19 responses, networks and partnerships, each fact with its
//! source on demand and every gap said plainly.

use leptos::prelude::*;

use super::app::use_data;
use super::dates::LocalDate;
use super::i18n::*;
use super::labels;
use super::labels::{text, text_owned};
use super::language::number_format;
use super::location::{use_route, Link};
use super::terms::{use_terms, TermName};
use super::widgets::{CityRef, CitySubtitle, Quote, SourceNote, StanceMark, Unknown};
use crate::data::vocabulary::TermKind;
use crate::data::{City, Fact, Partnership, SourceRef, Stance};
use crate::filter::Facet;
use crate::format;
use crate::route::{Route, View};

#[component]
pub fn CityProfile(id: String) -> impl IntoView {
    let data = use_data();
    let Some(city) = data.catalog.city(&id).cloned() else {
        // The route checked the id; this only happens if the data changed underneath.
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

/// One row of the characteristics list: a value or "unknown", and its source.
#[component]
fn Fact(
    #[prop(into)] label: Signal<&'static str>,
    value: Option<AnyView>,
    source: Option<SourceRef>,
) -> impl IntoView {
    let known = value.is_some();
    view! {
        <div class="fact-row">
            <dt>{move || label.get()}</dt>
            <dd>
                {match value {
                    Some(value) => value,
                    None => view! { <Unknown /> }.into_any(),
                }}
                {source.filter(|_| known).map(|source| view! { <SourceNote source /> })}
            </dd>
        </div>
    }
}

#[component]
fn Characteristics(city: City) -> impl IntoView {
    let i18n = use_i18n();
    let table = city.sources.characteristics.clone();
    let population = city.population;
    let share = city.migrant_share_pct;
    let participant = city.participant;
    let languages = city.languages.clone();
    view! {
        <section class="profile-section">
            <h2>{text(move || t_string!(i18n, profile.characteristics))}</h2>
            <dl class="facts facts-wide">
                <Fact
                    label=Signal::derive(move || t_string!(i18n, city.country))
                    value=Some(view! { <TermName kind=TermKind::Country id=city.country_code.clone() /> }.into_any())
                    source=Some(city.sources.country.clone())
                />
                <Fact
                    label=Signal::derive(move || t_string!(i18n, city.population))
                    value=population.map(|p| view! { {move || format::population(p, &number_format(i18n))} }.into_any())
                    source=table.clone()
                />
                <Fact
                    label=Signal::derive(move || t_string!(i18n, city.migrant_share))
                    value=share.map(|s| view! { {move || t_string!(i18n, value.percent, value = format::decimal(s, 1, &number_format(i18n))).into_owned()} }.into_any())
                    source=table.clone()
                />
                <Fact
                    label=Signal::derive(move || t_string!(i18n, city.mayor))
                    value=city.mayor.clone().map(|m| {
                        let since = m.since;
                        view! {
                            {m.name.clone()}
                            {since.map(|year| view! { " " {text_owned(move || t_string!(i18n, city.mayor_since, year).into_owned())} })}
                        }
                        .into_any()
                    })
                    source=city.mayor.as_ref().map(|m| m.source.clone())
                />
                <Fact
                    label=Signal::derive(move || t_string!(i18n, city.as_of))
                    value=city.as_of.clone().map(|iso| view! { <LocalDate iso /> }.into_any())
                    source=table
                />
                <Fact
                    label=Signal::derive(move || t_string!(i18n, city.languages))
                    value=Some(view! { {move || languages.iter().map(|code| language_name(i18n, code)).collect::<Vec<_>>().join(", ")} }.into_any())
                    source=Some(city.sources.languages.clone())
                />
                <Fact
                    label=Signal::derive(move || t_string!(i18n, city.named_in))
                    value=Some(view! { {text(move || labels::role(i18n, participant))} }.into_any())
                    source=Some(city.sources.named_in.clone())
                />
            </dl>
        </section>
    }
}

fn language_name(i18n: labels::I18n, code: &str) -> String {
    match code {
        "ar" => t_string!(i18n, language.ar),
        "ca" => t_string!(i18n, language.ca),
        "de" => t_string!(i18n, language.de),
        "en" => t_string!(i18n, language.en),
        "es" => t_string!(i18n, language.es),
        "fi" => t_string!(i18n, language.fi),
        "fr" => t_string!(i18n, language.fr),
        "it" => t_string!(i18n, language.it),
        "nl" => t_string!(i18n, language.nl),
        "pt" => t_string!(i18n, language.pt),
        "rw" => t_string!(i18n, language.rw),
        "sv" => t_string!(i18n, language.sv),
        "sw" => t_string!(i18n, language.sw),
        "tr" => t_string!(i18n, language.tr),
        "zu" => t_string!(i18n, language.zu),
        other => return other.to_string(),
    }
    .to_string()
}

/// Priorities grouped by goal, then by stance, as Table A1 and chapter 3 state them.
#[component]
fn Priorities(city: City) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let catalog = &data.catalog;
    let goals: Vec<_> = catalog
        .data()
        .goals
        .iter()
        .map(|goal| {
            let stances: Vec<(Stance, Vec<_>)> = Stance::ALL
                .into_iter()
                .map(|stance| {
                    let entries: Vec<_> = city
                        .priorities
                        .iter()
                        .filter(|p| p.stance == stance)
                        .filter_map(|p| {
                            let sector = catalog.sector(&p.sector)?;
                            (sector.goal == goal.id).then(|| (sector.id.clone(), p.clone()))
                        })
                        .collect();
                    (stance, entries)
                })
                .filter(|(_, entries)| !entries.is_empty())
                .collect();
            (goal.id.clone(), stances)
        })
        .filter(|(_, stances)| !stances.is_empty())
        .collect();
    let has_any = !goals.is_empty();
    view! {
        <section class="profile-section">
            <h2>{text(move || t_string!(i18n, profile.priorities))}</h2>
            <p class="hint">{text(move || t_string!(i18n, profile.priorities_hint))}</p>
            {(!has_any).then(|| view! { <p class="empty">{text(move || t_string!(i18n, profile.no_priorities))}</p> })}
            {goals
                .into_iter()
                .map(|(goal, stances)| {
                    view! {
                        <h3><TermName kind=TermKind::Goal id=goal /></h3>
                        {stances
                            .into_iter()
                            .map(|(stance, entries)| {
                                view! {
                                    <h4 class="stance-heading">
                                        <StanceMark stance with_label=true />
                                        <span class="hint">{text(move || labels::stance_hint(i18n, stance))}</span>
                                    </h4>
                                    <ul class="priority-list">
                                        {entries
                                            .into_iter()
                                            .map(|(sector, priority)| {
                                                view! {
                                                    <li>
                                                        <strong><TermName kind=TermKind::Sector id=sector /></strong>
                                                        <Quote text=priority.text source=priority.source />
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                }
                            })
                            .collect_view()}
                    }
                })
                .collect_view()}
        </section>
    }
}

/// Challenges and opportunities, each under the name of its kind from chapter 2.
#[component]
fn TaggedFacts(city: City) -> impl IntoView {
    let i18n = use_i18n();
    let challenges: Vec<(TermKind, String, Fact)> = city
        .challenges
        .iter()
        .map(|c| {
            (
                TermKind::Challenge,
                c.challenge.clone(),
                Fact {
                    text: c.text.clone(),
                    source: c.source.clone(),
                },
            )
        })
        .collect();
    let opportunities: Vec<(TermKind, String, Fact)> = city
        .opportunities
        .iter()
        .map(|o| {
            (
                TermKind::Opportunity,
                o.opportunity.clone(),
                Fact {
                    text: o.text.clone(),
                    source: o.source.clone(),
                },
            )
        })
        .collect();
    view! {
        <section class="profile-section two-columns">
            <div>
                <h2>{text(move || t_string!(i18n, profile.challenges))}</h2>
                <NamedFacts entries=challenges />
            </div>
            <div>
                <h2>{text(move || t_string!(i18n, profile.opportunities))}</h2>
                <NamedFacts entries=opportunities />
            </div>
        </section>
    }
}

#[component]
fn NamedFacts(entries: Vec<(TermKind, String, Fact)>) -> impl IntoView {
    let i18n = use_i18n();
    if entries.is_empty() {
        return view! { <p class="empty">{text(move || t_string!(i18n, profile.none_recorded))}</p> }.into_any();
    }
    view! {
        <ul class="fact-list">
            {entries
                .into_iter()
                .map(|(kind, id, fact)| {
                    view! {
                        <li>
                            <strong><TermName kind id /></strong>
                            <Quote text=fact.text source=fact.source />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn FactList(
    title: fn(labels::I18n) -> &'static str,
    empty: fn(labels::I18n) -> &'static str,
    facts: Vec<Fact>,
) -> impl IntoView {
    let i18n = use_i18n();
    let is_empty = facts.is_empty();
    view! {
        <section class="profile-section">
            <h2>{move || title(i18n)}</h2>
            {is_empty.then(|| view! { <p class="empty">{move || empty(i18n)}</p> })}
            <ul class="fact-list">
                {facts.into_iter().map(|fact| view! { <li><Quote text=fact.text source=fact.source /></li> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn Initiatives(city: City) -> impl IntoView {
    let i18n = use_i18n();
    let is_empty = city.initiatives.is_empty();
    view! {
        <section class="profile-section">
            <h2>{text(move || t_string!(i18n, profile.initiatives))}</h2>
            {is_empty.then(|| view! { <p class="empty">{text(move || t_string!(i18n, profile.none_recorded))}</p> })}
            <ul class="fact-list">
                {city
                    .initiatives
                    .into_iter()
                    .map(|initiative| {
                        view! {
                            <li>
                                <strong lang="en">{initiative.name}</strong>
                                {initiative.since.map(|year| view! { " " <span class="since">{text_owned(move || t_string!(i18n, profile.since, year).into_owned())}</span> })}
                                <Quote text=initiative.text source=initiative.source />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn Memberships(city: City) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let route = use_route();
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
                            let mut to = Route::with_view(View::List);
                            to.filter.set(Facet::Network, [id.clone()]);
                            to.embed = route.with(|r| r.embed);
                            to
                        });
                        view! {
                            <li>
                                <Link route=target class="chip">
                                    <span lang="en">{name}</span>
                                </Link>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn Partnerships(city: City) -> impl IntoView {
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

/// A partnership: its cities (but `except`, the city whose profile this is), status, mode,
/// start, sectors, and the passage it rests on.
#[component]
pub fn PartnershipFacts(tie: Partnership, #[prop(optional, into)] except: String) -> impl IntoView {
    let i18n = use_i18n();
    let terms = use_terms();
    let others: Vec<String> = tie
        .cities
        .iter()
        .filter(|c| **c != except)
        .cloned()
        .collect();
    let sectors = tie.sectors.clone();
    let mode = tie.mode;
    let status = tie.status;
    view! {
        <p class="partners">
            {(!except.is_empty()).then(|| view! { {text(move || t_string!(i18n, profile.with))}" " })}
            {others
                .into_iter()
                .enumerate()
                .map(|(i, other)| view! { {(i > 0).then_some(", ")}<CityRef id=other /> })
                .collect_view()}
        </p>
        <p class="tie-meta">
            <span class="badge">{text(move || labels::status(i18n, status))}</span>
            " "
            <span class="badge">{text(move || labels::mode(i18n, mode))}</span>
            {tie.since.map(|year| view! { " " <span class="since">{text_owned(move || t_string!(i18n, profile.since, year).into_owned())}</span> })}
            {(!sectors.is_empty()).then(|| view! { " · " {move || terms.names(TermKind::Sector, &sectors)} })}
        </p>
        <Quote text=tie.summary source=tie.source />
    }
}

/// Opens the Match view for this city.
#[component]
pub fn FindPartners(id: String, name: String) -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    let target = Signal::derive(move || {
        let mut to = Route::with_view(View::Match(Some(id.clone())));
        to.embed = route.with(|r| r.embed);
        to
    });
    view! { <Link route=target class="button primary">{text_owned(move || t_string!(i18n, matching.find_partners_for, city = name.clone()).into_owned())}</Link> }
}

/// Opens the Workspace with a new proposal for this city.
#[component]
fn StartProposal(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    let target = Signal::derive(move || {
        let mut to = Route::with_view(View::NewProposal {
            cities: vec![id.clone()],
            from: "profile".into(),
        });
        to.embed = route.with(|r| r.embed);
        to
    });
    view! { <Link route=target class="button">{text(move || t_string!(i18n, profile.start_proposal))}</Link> }
}
