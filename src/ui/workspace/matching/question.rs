//! The question the suggestions answer, in one line above them, and a sheet to refine it: the
//! sectors, the collaboration mode, existing ties, preferences, weights and which cities may be
//! partners. Everything is in the address, so a refined question can be shared.

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::filter::Facet;
use crate::matching::Weights;
use crate::ui::context::{use_address, use_data, use_terms};
use crate::ui::i18n::*;
use crate::ui::widgets::filters::FilterPanel;
use crate::ui::widgets::words::{self, text, text_owned};
use crate::ui::workspace::matching::controls::{tie_label, SectorChoice, Settings, WeightSliders};

/// The question in words ("Waste management · any mode · reinforcing existing partnerships"),
/// and the button that opens the sheet to change it.
#[component]
pub(super) fn Question() -> impl IntoView {
    let i18n = use_i18n();
    let address = use_address();
    let terms = use_terms();
    let sheet = NodeRef::<Dialog>::new();
    let summary = move || {
        address.with(|a| {
            let sectors: Vec<String> = a.filter.values(Facet::Sector).iter().cloned().collect();
            let mut parts = vec![if sectors.is_empty() {
                t_string!(i18n, matching.all_sectors).to_string()
            } else {
                terms.names(TermKind::Sector, &sectors)
            }];
            parts.push(match a.matching.mode {
                Some(mode) => words::mode(i18n, mode).to_string(),
                None => t_string!(i18n, matching.any_mode).to_string(),
            });
            parts.push(tie_label(i18n, a.matching.ties).to_string());
            if a.matching.peers {
                parts.push(t_string!(i18n, matching.peers_short).to_string());
            }
            if a.matching.cross_continental {
                parts.push(t_string!(i18n, matching.cross_short).to_string());
            }
            if a.matching
                .weights
                .is_some_and(|w| w != Weights::for_mode(a.matching.mode))
            {
                parts.push(t_string!(i18n, matching.weights_changed).to_string());
            }
            if !a.candidate_filter().is_empty() {
                parts.push(t_string!(i18n, matching.partners_limited).to_string());
            }
            parts.join(" \u{b7} ")
        })
    };
    let open = move |_| {
        if let Some(dialog) = sheet.get_untracked() {
            let _ = dialog.show_modal();
        }
    };
    view! {
        <div class="question">
            <p class="question-summary">
                <span class="question-label">{text(move || t_string!(i18n, matching.question))}</span>" "
                <span>{text_owned(summary)}</span>
            </p>
            <button type="button" class="button primary" aria-haspopup="dialog" on:click=open>
                {text(move || t_string!(i18n, matching.refine))}
            </button>
        </div>
        <RefineSheet sheet />
    }
}

/// The sheet itself, a modal dialog: the browser keeps focus inside it, Escape closes it and
/// focus goes back to the button that opened it. Every change applies at once, so "Done"
/// only closes.
#[component]
fn RefineSheet(sheet: NodeRef<Dialog>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let address = use_address();
    let outcome = Memo::new(move |_| {
        let index = data.search_index();
        address.with(|a| crate::filter::apply(&data.catalog, &index, &a.candidate_filter()))
    });
    let close = move |_| {
        if let Some(dialog) = sheet.get_untracked() {
            dialog.close();
        }
    };
    view! {
        <dialog node_ref=sheet class="sheet" aria-labelledby="refine-title">
            <div class="sheet-head">
                <h2 id="refine-title">{text(move || t_string!(i18n, matching.refine_title))}</h2>
                <button type="button" class="button primary" on:click=close>{text(move || t_string!(i18n, matching.done))}</button>
            </div>
            <SectorChoice />
            <Settings />
            <details class="sheet-part">
                <summary>{text(move || t_string!(i18n, matching.weights))}</summary>
                <WeightSliders />
            </details>
            <details class="sheet-part">
                <summary>{text(move || t_string!(i18n, matching.limit_partners))}</summary>
                <FilterPanel outcome facets=vec![Facet::Continent, Facet::Country, Facet::Network, Facet::Population, Facet::Role] />
            </details>
        </dialog>
    }
}
