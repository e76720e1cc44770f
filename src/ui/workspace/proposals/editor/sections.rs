//! The editor's sections over the dataset: cities and their contributions, sectors and mode,
//! funding, milestones.

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::data::Mode;
use crate::id::{Id, VariantArray};
use crate::proposals::{limits, Milestone};
use crate::ui::context::use_data;
use crate::ui::i18n::*;
use crate::ui::widgets::city::CityRef;
use crate::ui::widgets::terms::TermName;
use crate::ui::widgets::words::{self, text, text_owned};
use crate::ui::workspace::proposals::editor::fields::toggle;
use crate::ui::workspace::proposals::editor::session::Editing;

#[component]
pub(super) fn CitiesSection(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let mut choices: Vec<(String, String, bool)> = data
        .catalog
        .cities()
        .iter()
        .map(|c| (c.id.clone(), c.name.clone(), c.participant))
        .collect();
    crate::order::sort_by(&mut choices, |a, b| {
        b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1))
    });
    let name_of = {
        let data = data.clone();
        move |id: &str| {
            data.catalog
                .city(id)
                .map_or_else(|| id.to_string(), |c| c.name.clone())
        }
    };
    view! {
        <section class="profile-section">
            <h2>{text(move || t_string!(i18n, proposal.cities))}</h2>
            <ul class="participants">
                {move || {
                    editing
                        .draft
                        .with(|p| p.cities.clone())
                        .into_iter()
                        .enumerate()
                        .map(|(i, participant)| {
                            let name = name_of(&participant.city);
                            let remove_label = t_string!(i18n, proposal.remove_city, city = name.clone()).into_owned();
                            view! {
                                <li class="card">
                                    <p><CityRef id=participant.city.clone() /></p>
                                    <label class="field">
                                        <span>{text_owned(move || t_string!(i18n, proposal.contribution, city = name.clone()).into_owned())}</span>
                                        <textarea
                                            rows="2"
                                            maxlength=limits::TEXT
                                            dir="auto"
                                            prop:value=participant.contribution.clone()
                                            on:input=move |ev| {
                                                let value = event_target_value(&ev);
                                                editing.edit(move |p| if let Some(c) = p.cities.get_mut(i) { c.contribution = value });
                                            }
                                        ></textarea>
                                    </label>
                                    <button type="button" class="button" aria-label=remove_label on:click=move |_| editing.edit(move |p| {
                                        if i < p.cities.len() {
                                            p.cities.remove(i);
                                        }
                                    })>
                                        {text(move || t_string!(i18n, proposal.remove))}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <label class="field">
                <span>{text(move || t_string!(i18n, proposal.add_city))}</span>
                <select on:change=move |ev| {
                    let id = event_target_value(&ev);
                    if !id.is_empty() {
                        editing.edit(move |p| {
                            p.add_city(&id);
                        });
                    }
                }>
                    <option value="" selected=true>{text(move || t_string!(i18n, proposal.choose_city))}</option>
                    {choices.into_iter().map(|(id, name, _)| view! { <option value=id>{name}</option> }).collect_view()}
                </select>
            </label>
        </section>
    }
}

#[component]
pub(super) fn SectorsSection(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let sectors = data.catalog.sector_ids();
    view! {
        <fieldset class="facet">
            <legend>{text(move || t_string!(i18n, proposal.sectors))}</legend>
            <div class="chips">
                {sectors
                    .into_iter()
                    .map(|id| {
                        let name = id.clone();
                        let pressed = {
                            let id = id.clone();
                            move || editing.draft.with(|p| p.sectors.contains(&id)).to_string()
                        };
                        view! {
                            <button type="button" class="chip" aria-pressed=pressed on:click=move |_| {
                                let id = id.clone();
                                editing.edit(move |p| toggle(&mut p.sectors, &id));
                            }>
                                <TermName kind=TermKind::Sector id=name />
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
        <label class="field">
            <span>{text(move || t_string!(i18n, proposal.mode))}</span>
            <select on:change=move |ev| {
                let mode = Mode::from_id(&event_target_value(&ev));
                editing.edit(move |p| p.mode = mode);
            }>
                <option value="" selected=move || editing.draft.with(|p| p.mode.is_none())>{text(move || t_string!(i18n, proposal.no_mode))}</option>
                {Mode::VARIANTS
                    .iter()
                    .copied()
                    .map(|mode| view! {
                        <option value=mode.id() selected=move || editing.draft.with(|p| p.mode == Some(mode))>{text(move || words::mode(i18n, mode))}</option>
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

#[component]
pub(super) fn MilestonesSection(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="profile-section">
            <h2>{text(move || t_string!(i18n, proposal.milestones))}</h2>
            <ol class="milestones">
                {move || {
                    editing
                        .draft
                        .with(|p| p.milestones.clone())
                        .into_iter()
                        .enumerate()
                        .map(|(i, milestone)| {
                            let number = i + 1;
                            view! {
                                <li class="milestone">
                                    <label class="field">
                                        <span>{text_owned(move || t_string!(i18n, proposal.milestone_date, number).into_owned())}</span>
                                        <input type="date" min="1000-01-01" max="9999-12-31" prop:value=milestone.date.clone() on:change=move |ev| {
                                            let value = event_target_value(&ev);
                                            editing.edit(move |p| if let Some(m) = p.milestones.get_mut(i) { m.date = value });
                                        } />
                                    </label>
                                    <label class="field">
                                        <span>{text_owned(move || t_string!(i18n, proposal.milestone_text, number).into_owned())}</span>
                                        <input type="text" maxlength=limits::TEXT dir="auto" prop:value=milestone.text.clone() on:input=move |ev| {
                                            let value = event_target_value(&ev);
                                            editing.edit(move |p| if let Some(m) = p.milestones.get_mut(i) { m.text = value });
                                        } />
                                    </label>
                                    <label class="check">
                                        <input type="checkbox" prop:checked=milestone.done on:change=move |ev| {
                                            let done = event_target_checked(&ev);
                                            editing.edit(move |p| if let Some(m) = p.milestones.get_mut(i) { m.done = done });
                                        } />
                                        <span>{text(move || t_string!(i18n, proposal.done))}</span>
                                    </label>
                                    <button type="button" class="button" on:click=move |_| editing.edit(move |p| {
                                        if i < p.milestones.len() {
                                            p.milestones.remove(i);
                                        }
                                    })>
                                        {text(move || t_string!(i18n, proposal.remove))}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            <button type="button" class="button" on:click=move |_| editing.edit(|p| p.milestones.push(Milestone {
                date: String::new(),
                text: String::new(),
                done: false,
            }))>
                {text(move || t_string!(i18n, proposal.add_milestone))}
            </button>
        </section>
    }
}
