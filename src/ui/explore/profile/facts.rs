//! The quoted facts of a profile: challenges and opportunities under the names of their kinds,
//! mobility facts, initiatives and Covid-19 responses.

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::data::{City, Fact};
use crate::ui::context::I18n;
use crate::ui::i18n::*;
use crate::ui::widgets::quote::Quote;
use crate::ui::widgets::terms::TermName;
use crate::ui::widgets::words::{text, text_owned};

/// Challenges and opportunities, each under the name of its kind from chapter 2.
#[component]
pub fn TaggedFacts(city: City) -> impl IntoView {
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
pub fn FactList(
    title: fn(I18n) -> &'static str,
    empty: fn(I18n) -> &'static str,
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
pub fn Initiatives(city: City) -> impl IntoView {
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
