//! The proposal's possible funding: the dataset's entries that fit its cities and sectors first,
//! each with why it fits, then the others, all to tick.

use leptos::prelude::*;

use crate::matching::funding_for_proposal;
use crate::ui::context::use_data;
use crate::ui::i18n::*;
use crate::ui::widgets::words::{text, text_owned};
use crate::ui::workspace::funding::FundingWhy;
use crate::ui::workspace::proposals::editor::fields::toggle;
use crate::ui::workspace::proposals::editor::session::Editing;

#[component]
pub(super) fn FundingSection(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let fits = {
        let data = data.clone();
        Memo::new(move |_| {
            editing
                .draft
                .with(|p| funding_for_proposal(&data.catalog, p))
        })
    };
    let others = {
        let data = data.clone();
        Memo::new(move |_| {
            fits.with(|fits| {
                (0..data.catalog.data().funding.len())
                    .filter(|i| fits.iter().all(|f| f.funding != *i))
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <fieldset class="facet funding-section">
            <legend>{text(move || t_string!(i18n, proposal.funding))}</legend>
            <p class="hint">{text(move || t_string!(i18n, proposal.funding_hint))}</p>
            <Show when=move || fits.with(Vec::is_empty)>
                <p class="empty">{text(move || t_string!(i18n, funding.none))}</p>
            </Show>
            <ul class="funding-choices">
                {move || fits.get().into_iter().map(|fit| {
                    let position = fit.funding;
                    view! {
                        <li>
                            <FundingCheck editing position />
                            <details class="funding-why">
                                <summary>{text(move || t_string!(i18n, proposal.funding_why))}</summary>
                                <FundingWhy fit />
                            </details>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <details class="funding-others">
                <summary>{text_owned(move || t_string!(i18n, proposal.funding_others, count = others.with(Vec::len)).into_owned())}</summary>
                {move || others.get().into_iter().map(|position| view! { <FundingCheck editing position /> }).collect_view()}
            </details>
        </fieldset>
    }
}

/// A funding entry of the dataset, by position, ticked or not for this proposal.
#[component]
fn FundingCheck(editing: Editing, position: usize) -> impl IntoView {
    let data = use_data();
    let Some(funding) = data.catalog.data().funding.get(position).cloned() else {
        return ().into_any();
    };
    let id = funding.id.clone();
    let checked = {
        let id = id.clone();
        move || editing.draft.with(|p| p.funding.contains(&id))
    };
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=checked on:change=move |_| {
                let id = id.clone();
                editing.edit(move |p| toggle(&mut p.funding, &id));
            } />
            <span lang="en">{funding.name}<span class="hint">" \u{2014} "{funding.provider}</span></span>
        </label>
    }
    .into_any()
}
