//! The attending cities: picked from the dataset with a search that ignores accents, each
//! listed with a way to take it out (which drops its requests, absences and locks).

use leptos::prelude::*;

use crate::search::fold;
use crate::ui::context::use_data;
use crate::ui::i18n::*;
use crate::ui::widgets::words::{text, text_owned};
use crate::ui::workshop::editor::planning::Planning;
use crate::ui::workshop::wording::city_name;

/// How many matches the search offers at once: enough to pick from on a phone.
const SHOWN: usize = 8;

#[component]
pub(super) fn CitiesSection(planning: Planning) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let draft = planning.editing.draft;
    let query = RwSignal::new(String::new());
    let choices: Vec<(String, String, String)> = data
        .catalog
        .cities()
        .iter()
        .map(|c| (c.id.clone(), c.name.clone(), fold(&c.name)))
        .collect();
    let found = move || {
        let wanted = fold(query.get().trim());
        draft.with(|s| {
            choices
                .iter()
                .filter(|(id, _, folded)| !s.cities.contains(id) && folded.contains(&wanted))
                .take(SHOWN)
                .map(|(id, name, _)| (id.clone(), name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let attending = {
        let data = data.clone();
        move || {
            draft.with(|s| {
                s.cities
                    .iter()
                    .map(|id| (id.clone(), city_name(&data.catalog, id)))
                    .collect::<Vec<_>>()
            })
        }
    };
    view! {
        <section class="profile-section">
            <h2>{text_owned(move || t_string!(i18n, workshop.cities_count, count = draft.with(|s| s.cities.len())).into_owned())}</h2>
            <ul class="chips attending" aria-label=move || t_string!(i18n, workshop.cities)>
                {move || attending().into_iter().map(|(id, name)| {
                    let label = t_string!(i18n, proposal.remove_city, city = name.clone()).into_owned();
                    view! {
                        <li>
                            <button type="button" class="chip" aria-label=label on:click=move |_| {
                                let id = id.clone();
                                planning.change(move |s| s.cities.retain(|c| *c != id));
                            }>{name}" ×"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <label class="field">
                <span>{text(move || t_string!(i18n, workshop.find_city))}</span>
                <input type="search" autocomplete="off" prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev)) />
            </label>
            <ul class="chips" aria-label=move || t_string!(i18n, workshop.city_choices)>
                {move || found().into_iter().map(|(id, name)| {
                    let label = t_string!(i18n, workshop.add_city, city = name.clone()).into_owned();
                    view! {
                        <li>
                            <button type="button" class="chip" aria-label=label on:click=move |_| {
                                let id = id.clone();
                                planning.change(move |s| if !s.cities.contains(&id) { s.cities.push(id) });
                            }>"+ "{name}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
