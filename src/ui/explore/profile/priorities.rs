//! A city's priorities grouped by goal, then by stance, as Table A1 and chapter 3 state them.

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::data::{City, Stance};
use crate::id::VariantArray;
use crate::ui::context::use_data;
use crate::ui::i18n::*;
use crate::ui::widgets::city::StanceMark;
use crate::ui::widgets::quote::Quote;
use crate::ui::widgets::terms::TermName;
use crate::ui::widgets::words::{self, text};

/// Priorities grouped by goal, then by stance, as Table A1 and chapter 3 state them.
#[component]
pub fn Priorities(city: City) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let catalog = &data.catalog;
    let goals: Vec<_> = catalog
        .data()
        .goals
        .iter()
        .map(|goal| {
            let stances: Vec<(Stance, Vec<_>)> = Stance::VARIANTS
                .iter()
                .copied()
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
                                        <span class="hint">{text(move || words::stance_hint(i18n, stance))}</span>
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
