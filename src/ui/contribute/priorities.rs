//! The profile's priorities: a sector of the dataset, a stance, and why in its own words.

use leptos::prelude::*;

use crate::contributions::StatedPriority;
use crate::data::vocabulary::TermKind;
use crate::data::Stance;
use crate::ui::context::{use_data, use_terms};
use crate::ui::i18n::*;
use crate::ui::widgets::words::{self, text, text_owned};

use super::state::Editing;

const STANCES: [Stance; 3] = [Stance::Need, Stance::Expertise, Stance::Investing];

fn stance_id(stance: Stance) -> &'static str {
    match stance {
        Stance::Need => "need",
        Stance::Expertise => "expertise",
        Stance::Investing => "investing",
    }
}

#[component]
pub(super) fn PrioritiesField(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let count = Memo::new(move |_| editing.draft.with(|r| r.profile.priorities.len()));
    let add = move |_| {
        let sector = data.catalog.sectors().first().map(|s| s.id.clone());
        editing.edit(|r| {
            r.profile.priorities.push(StatedPriority {
                sector: sector.unwrap_or_default(),
                stance: Stance::Need,
                text: String::new(),
            });
        });
    };
    view! {
        <section class="profile-section" aria-labelledby="priorities-heading">
            <h2 id="priorities-heading">{text(move || t_string!(i18n, contribute.priorities))}</h2>
            <p class="hint">{text(move || t_string!(i18n, contribute.priorities_hint))}</p>
            <ol class="priorities-form">
                {move || (0..count.get()).map(|i| view! { <PriorityItem editing i /> }).collect_view()}
            </ol>
            <button type="button" class="button" on:click=add>{text(move || t_string!(i18n, contribute.add_priority))}</button>
        </section>
    }
}

#[component]
fn PriorityItem(editing: Editing, i: usize) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let terms = use_terms();
    let draft = editing.draft;
    let get = move |f: fn(&StatedPriority) -> String| {
        draft.with(|r| r.profile.priorities.get(i).map(f).unwrap_or_default())
    };
    let set = move |change: Box<dyn FnOnce(&mut StatedPriority)>| {
        editing.edit(|r| {
            if let Some(p) = r.profile.priorities.get_mut(i) {
                change(p);
            }
        });
    };
    let number = i + 1;
    view! {
        <li class="card priority-form">
            <label class="field">
                <span>{text_owned(move || t_string!(i18n, contribute.sector, number = number).into_owned())}</span>
                <select on:change=move |ev| { let v = event_target_value(&ev); set(Box::new(move |p| p.sector = v)); }>
                    {data.catalog.sectors().iter().map(|s| {
                        let id = s.id.clone();
                        let selected = id.clone();
                        let name = id.clone();
                        view! { <option value=id selected=move || get(|p| p.sector.clone()) == selected>{move || terms.name(TermKind::Sector, &name)}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{text(move || t_string!(i18n, contribute.stance))}</span>
                <select on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(stance) = STANCES.iter().find(|s| stance_id(**s) == v) {
                        let stance = *stance;
                        set(Box::new(move |p| p.stance = stance));
                    }
                }>
                    {STANCES.iter().map(|s| {
                        let s = *s;
                        view! { <option value=stance_id(s) selected=move || draft.with(|r| r.profile.priorities.get(i).is_some_and(|p| p.stance == s))>{move || words::stance(i18n, s)}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{text(move || t_string!(i18n, contribute.own_words))}</span>
                <textarea dir="auto" rows="3" maxlength="2000"
                    prop:value=move || get(|p| p.text.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |p| p.text = v)); }
                ></textarea>
            </label>
            <button type="button" class="button" on:click=move |_| editing.edit(|r| { if i < r.profile.priorities.len() { r.profile.priorities.remove(i); } })>
                {text(move || t_string!(i18n, contribute.remove_priority))}
            </button>
        </li>
    }
}
