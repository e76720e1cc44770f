//! What the user asks of the engine: the sectors, the collaboration mode, how existing ties count,
//! peers and cross-continental preferences, and the weight of each component. All in the address.

use leptos::prelude::*;

use crate::address::MatchSettings;
use crate::data::vocabulary::TermKind;
use crate::data::Mode;
use crate::filter::Facet;
use crate::format;
use crate::id::{Id, VariantArray};
use crate::matching::{TiePolicy, Weights};
use crate::ui::context::{use_address, use_address_bar, use_data, I18n};
use crate::ui::i18n::*;
use crate::ui::widgets::terms::TermName;
use crate::ui::widgets::words::{self, number_format, text};

/// The sectors to match on: the sector facet of the URL, shared with the list and the matrix.
#[component]
pub(super) fn SectorChoice() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let address = use_address();
    let bar = use_address_bar();
    let sectors = data.catalog.sector_ids();
    view! {
        <fieldset class="facet">
            <legend>{text(move || t_string!(i18n, matching.sectors))}</legend>
            <p class="hint">{text(move || t_string!(i18n, matching.sectors_hint))}</p>
            <div class="chips">
                {sectors
                    .into_iter()
                    .map(|id| {
                        let name = id.clone();
                        let selected = {
                            let id = id.clone();
                            move || address.with(|r| r.filter.is_selected(Facet::Sector, &id)).to_string()
                        };
                        view! {
                            <button
                                type="button"
                                class="chip"
                                aria-pressed=selected
                                on:click=move |_| bar.update(|r| r.filter.toggle(Facet::Sector, &id))
                            >
                                <TermName kind=TermKind::Sector id=name />
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// How the user wants existing partnerships treated, in words.
pub(super) fn tie_label(i18n: I18n, ties: TiePolicy) -> &'static str {
    match ties {
        TiePolicy::Boost => t_string!(i18n, matching.ties_boost),
        TiePolicy::Neutral => t_string!(i18n, matching.ties_neutral),
        TiePolicy::Exclude => t_string!(i18n, matching.ties_exclude),
    }
}

/// Mode, treatment of existing ties, peers and cross-continental preferences.
#[component]
pub(super) fn Settings() -> impl IntoView {
    let i18n = use_i18n();
    let address = use_address();
    let bar = use_address_bar();
    view! {
        <fieldset class="facet">
            <legend>{text(move || t_string!(i18n, matching.ties))}</legend>
            <div class="chips">
                {TiePolicy::VARIANTS
                    .iter()
                    .copied()
                    .map(|ties| {
                        view! {
                            <button
                                type="button"
                                class="chip"
                                aria-pressed=move || address.with(|r| r.matching.ties == ties).to_string()
                                on:click=move |_| bar.update(|r| r.matching.ties = ties)
                            >
                                {text(move || tie_label(i18n, ties))}
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
                bar.update(|r| {
                    r.matching.mode = mode;
                    r.matching.weights = None;
                });
            }>
                <option value="" selected=move || address.with(|r| r.matching.mode.is_none())>
                    {text(move || t_string!(i18n, matching.any_mode))}
                </option>
                {Mode::VARIANTS
                    .iter()
                    .copied()
                    .map(|mode| {
                        view! {
                            <option value=mode.id() selected=move || address.with(|r| r.matching.mode == Some(mode))>
                                {text(move || words::mode(i18n, mode))}
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
pub(super) fn SettingCheck(
    label: fn(I18n) -> &'static str,
    get: fn(&MatchSettings) -> bool,
    set: fn(&mut MatchSettings, bool),
) -> impl IntoView {
    let i18n = use_i18n();
    let address = use_address();
    let bar = use_address_bar();
    view! {
        <label class="check">
            <input
                type="checkbox"
                prop:checked=move || address.with(|r| get(&r.matching))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    bar.update(|r| set(&mut r.matching, on));
                }
            />
            <span>{text(move || label(i18n))}</span>
        </label>
    }
}

/// The name of each weight, in the order of [`Weights::to_list`].
pub(super) fn weight_names(i18n: I18n) -> [&'static str; 7] {
    [
        t_string!(i18n, matching.w_complementarity),
        t_string!(i18n, matching.w_shared),
        t_string!(i18n, matching.w_networks),
        t_string!(i18n, matching.w_language),
        t_string!(i18n, matching.w_context),
        t_string!(i18n, matching.w_ties),
        t_string!(i18n, matching.w_wishes),
    ]
}

/// One slider per component. Moving one replaces the URL in place: a drag is not forty steps
/// back.
#[component]
pub(super) fn WeightSliders() -> impl IntoView {
    let i18n = use_i18n();
    let address = use_address();
    let bar = use_address_bar();
    view! {
        <fieldset class="facet weights">
            <legend>{text(move || t_string!(i18n, matching.weights_legend))}</legend>
            {(0..7)
                .map(|i| {
                    let value = move || address.with(|r| r.matching.weights().to_list()[i]);
                    let input_id = format!("weight-{i}");
                    view! {
                        <div class="slider">
                            <label for=input_id.clone()>{text(move || weight_names(i18n)[i])}</label>
                            <input
                                id=input_id
                                type="range"
                                min="0"
                                max="5"
                                step="0.5"
                                prop:value=move || format::decimal(value(), 3, &format::ENGLISH)
                                on:input=move |ev| {
                                    let Some(v) = format::read_decimal(&event_target_value(&ev)) else { return };
                                    bar.update_in_place(|r| {
                                        let mut list = r.matching.weights().to_list();
                                        list[i] = v;
                                        r.matching.weights = Weights::from_list(&list);
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
                on:click=move |_| bar.update(|r| r.matching.weights = None)
            >
                {text(move || t_string!(i18n, matching.reset_weights))}
            </button>
        </fieldset>
    }
}
