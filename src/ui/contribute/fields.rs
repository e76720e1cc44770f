//! The profile's form: who it is, where, its languages, networks and Table 1 facts. Each input
//! edits the session's draft; numbers and lists are read when the input is left, so that a
//! half-typed value is not rewritten under the user's fingers.

use leptos::prelude::*;
use strum::VariantArray;

use crate::contributions::{NetworkRef, Profile, TableFacts};
use crate::data::Continent;
use crate::ui::context::{use_data, I18n};
use crate::ui::i18n::*;
use crate::ui::widgets::words::{self, text};

use super::kind::KindSelect;
use super::place::LocationField;
use super::state::Editing;

/// A one-line text input bound to a text of the profile.
#[component]
fn TextInput(
    editing: Editing,
    label: fn(I18n) -> &'static str,
    get: fn(&Profile) -> &String,
    set: fn(&mut Profile, String),
    #[prop(optional)] maxlength: Option<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class="field">
            <span>{text(move || label(i18n))}</span>
            <input
                type="text"
                dir="auto"
                maxlength=maxlength.unwrap_or(200)
                prop:value=move || editing.draft.with(|r| get(&r.profile).clone())
                on:input=move |ev| editing.edit(|r| set(&mut r.profile, event_target_value(&ev)))
            />
        </label>
    }
}

/// Name, kind, country, continent and location.
#[component]
pub(super) fn IdentityFields(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let draft = editing.draft;
    view! {
        <section class="profile-section form-grid" aria-labelledby="identity-heading">
            <h2 id="identity-heading">{text(move || t_string!(i18n, contribute.identity))}</h2>
            <TextInput editing label=|i18n| t_string!(i18n, contribute.name) get=|p| &p.name set=|p, v| p.name = v />
            <KindSelect value=Signal::derive(move || draft.with(|r| r.profile.kind)) on_pick=move |k| editing.edit(|r| r.profile.kind = k) />
            <TextInput editing label=|i18n| t_string!(i18n, contribute.country) get=|p| &p.country set=|p, v| p.country = v />
            <TextInput editing maxlength=2 label=|i18n| t_string!(i18n, contribute.country_code) get=|p| &p.country_code set=|p, v| p.country_code = v.trim().to_uppercase() />
            <label class="field">
                <span>{text(move || t_string!(i18n, contribute.continent))}</span>
                <select on:change=move |ev| {
                    let picked = event_target_value(&ev);
                    if let Some(c) = Continent::VARIANTS.iter().find(|c| <&str>::from(**c) == picked) {
                        editing.edit(|r| r.profile.continent = *c);
                    }
                }>
                    {Continent::VARIANTS.iter().map(|c| {
                        let c = *c;
                        let id: &'static str = c.into();
                        view! { <option value=id selected=move || draft.with(|r| r.profile.continent == c)>{move || words::continent(i18n, c)}</option> }
                    }).collect_view()}
                </select>
            </label>
            <LocationField editing />
        </section>
    }
}

/// The profile's working languages, as ISO 639 codes.
#[component]
pub(super) fn LanguagesField(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let typed = RwSignal::new(
        editing
            .draft
            .with_untracked(|r| r.profile.languages.join(", ")),
    );
    let read = move |_| {
        let mut codes: Vec<String> = Vec::new();
        let typed = typed.get_untracked().to_lowercase();
        for code in typed.split(|c: char| c == ',' || c.is_whitespace()) {
            if !code.is_empty() && !codes.iter().any(|c| c == code) {
                codes.push(code.to_string());
            }
        }
        editing.edit(|r| r.profile.languages = codes);
    };
    let named = move || {
        editing.draft.with(|r| {
            r.profile
                .languages
                .iter()
                .map(|code| words::language_name(i18n, code))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    view! {
        <section class="profile-section">
            <label class="field">
                <span>{text(move || t_string!(i18n, contribute.languages))}</span>
                <input type="text" autocapitalize="none" prop:value=typed on:input=move |ev| typed.set(event_target_value(&ev)) on:change=read />
            </label>
            <p class="hint">{text(move || t_string!(i18n, contribute.languages_hint))}" "<span>{named}</span></p>
        </section>
    }
}

/// Networks of the dataset it belongs to, and networks the dataset does not know, by name.
#[component]
pub(super) fn NetworksField(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let new_name = RwSignal::new(String::new());
    let has = move |id: &str| {
        editing.draft.with(|r| {
            r.profile
                .networks
                .iter()
                .any(|n| matches!(n, NetworkRef::Dataset(d) if d == id))
        })
    };
    let add_new = move |_| {
        let name = new_name.get_untracked().trim().to_string();
        if !name.is_empty() {
            editing.edit(|r| r.profile.networks.push(NetworkRef::New(name)));
            new_name.set(String::new());
        }
    };
    let new_ones = move || {
        editing.draft.with(|r| {
            r.profile
                .networks
                .iter()
                .enumerate()
                .filter_map(|(i, n)| match n {
                    NetworkRef::New(name) => Some((i, name.clone())),
                    NetworkRef::Dataset(_) => None,
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <fieldset class="profile-section">
            <legend>{text(move || t_string!(i18n, contribute.networks))}</legend>
            <ul class="checks">
                {data.catalog.networks().iter().map(|network| {
                    let id = network.id.clone();
                    let toggle_id = id.clone();
                    view! {
                        <li><label class="check">
                            <input type="checkbox" prop:checked=move || has(&id) on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                let id = toggle_id.clone();
                                editing.edit(|r| {
                                    r.profile.networks.retain(|n| !matches!(n, NetworkRef::Dataset(d) if *d == id));
                                    if on { r.profile.networks.push(NetworkRef::Dataset(id)); }
                                });
                            } />
                            <span>{network.name.clone()}</span>
                        </label></li>
                    }
                }).collect_view()}
            </ul>
            <ul class="chips">
                {move || new_ones().into_iter().map(|(i, name)| view! {
                    <li class="chip"><bdi>{name.clone()}</bdi>" "
                        <button type="button" class="button" aria-label=move || t_string!(i18n, contribute.remove_network, name = name.clone()).into_owned()
                            on:click=move |_| editing.edit(|r| { if i < r.profile.networks.len() { r.profile.networks.remove(i); } })>"\u{d7}"</button>
                    </li>
                }).collect_view()}
            </ul>
            <label class="field">
                <span>{text(move || t_string!(i18n, contribute.new_network))}</span>
                <input type="text" dir="auto" maxlength="200" prop:value=new_name on:input=move |ev| new_name.set(event_target_value(&ev)) />
            </label>
            <button type="button" class="button" on:click=add_new>{text(move || t_string!(i18n, contribute.add_network))}</button>
        </fieldset>
    }
}

/// Table 1 facts, optional, for a city or a region.
#[component]
pub(super) fn FactsFields(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let draft = editing.draft;
    let applies = move || draft.with(|r| r.profile.kind.has_table_facts());
    let given = move || draft.with(|r| r.profile.facts.is_some());
    let toggle = move |ev| {
        let on = event_target_checked(&ev);
        editing.edit(|r| {
            r.profile.facts = on.then(|| TableFacts {
                population: 0,
                migrant_share_pct: 0.0,
                mayor: String::new(),
                mayor_since: None,
                as_of: String::new(),
            });
        });
    };
    let number = move |label: fn(I18n) -> &'static str,
                       get: fn(&TableFacts) -> String,
                       set: fn(&mut TableFacts, &str)| {
        view! {
            <label class="field">
                <span>{text(move || label(i18n))}</span>
                <input type="text" dir="auto"
                    prop:value=move || draft.with(|r| r.profile.facts.as_ref().map(get).unwrap_or_default())
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        editing.edit(|r| if let Some(f) = r.profile.facts.as_mut() { set(f, value.trim()) });
                    } />
            </label>
        }
    };
    view! {
        <Show when=applies>
            <section class="profile-section form-grid">
                <label class="check">
                    <input type="checkbox" prop:checked=given on:change=toggle />
                    <span>{text(move || t_string!(i18n, contribute.facts))}</span>
                </label>
                <Show when=given>
                    {number(|i18n| t_string!(i18n, contribute.population), |f| f.population.to_string(), |f, v| f.population = v.parse().unwrap_or(0))}
                    {number(|i18n| t_string!(i18n, contribute.migrant_share), |f| f.migrant_share_pct.to_string(), |f, v| f.migrant_share_pct = v.replace(',', ".").parse().unwrap_or(-1.0))}
                    {number(|i18n| t_string!(i18n, contribute.mayor), |f| f.mayor.clone(), |f, v| f.mayor = v.to_string())}
                    {number(|i18n| t_string!(i18n, contribute.mayor_since), |f| f.mayor_since.map(|y| y.to_string()).unwrap_or_default(), |f, v| f.mayor_since = v.parse().ok())}
                    {number(|i18n| t_string!(i18n, contribute.as_of), |f| f.as_of.clone(), |f, v| f.as_of = v.to_string())}
                </Show>
            </section>
        </Show>
    }
}
