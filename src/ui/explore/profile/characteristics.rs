//! The characteristics of a city (Table 1 and public reference facts), each with its source and
//! every gap said plainly.

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::data::{City, SourceRef};
use crate::format;
use crate::ui::i18n::*;
use crate::ui::widgets::dates::LocalDate;
use crate::ui::widgets::quote::{SourceNote, Unknown};
use crate::ui::widgets::terms::TermName;
use crate::ui::widgets::words::{self, number_format, text, text_owned};

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
pub fn Characteristics(city: City) -> impl IntoView {
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
                    value=Some(view! { {move || languages.iter().map(|code| words::language_name(i18n, code)).collect::<Vec<_>>().join(", ")} }.into_any())
                    source=Some(city.sources.languages.clone())
                />
                <Fact
                    label=Signal::derive(move || t_string!(i18n, city.named_in))
                    value=Some(view! { {text(move || words::role(i18n, participant))} }.into_any())
                    source=Some(city.sources.named_in.clone())
                />
            </dl>
        </section>
    }
}
