//! The editor's generic fields: a text field and checkboxes over a fixed vocabulary.

use leptos::prelude::*;

use crate::proposals::limits::Text;
use crate::proposals::Proposal;
use crate::ui::context::I18n;
use crate::ui::i18n::*;
use crate::ui::widgets::words::text;
use crate::ui::workspace::proposals::editor::session::Editing;

pub(super) type Label = fn(I18n) -> &'static str;

/// A text field of the draft, one line or several, within its limit; every keystroke goes
/// through `edit`.
#[component]
pub(super) fn TextField(
    editing: Editing,
    label: Label,
    field: Text,
    #[prop(optional)] multiline: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let value = move || editing.draft.with(|p| field.get(p).to_string());
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        editing.edit(move |p| field.set(p, value));
    };
    // The browser stops typing at the limit; the model cuts what a paste or a drop brings.
    let limit = field.limit();
    let field = if multiline {
        view! { <textarea rows="4" maxlength=limit dir="auto" prop:value=value on:input=on_input></textarea> }.into_any()
    } else {
        view! { <input type="text" maxlength=limit dir="auto" prop:value=value on:input=on_input /> }.into_any()
    };
    view! {
        <label class="field">
            <span>{text(move || label(i18n))}</span>
            {field}
        </label>
    }
}

pub(super) fn toggle(list: &mut Vec<String>, id: &str) {
    if let Some(i) = list.iter().position(|x| x == id) {
        list.remove(i);
    } else {
        list.push(id.to_string());
    }
}

/// Checkboxes over a fixed vocabulary.
#[component]
pub(super) fn TagsSection(
    editing: Editing,
    title: Label,
    ids: &'static [&'static str],
    name: fn(I18n, &str) -> &'static str,
    get: fn(&Proposal) -> &Vec<String>,
    set: fn(&mut Proposal) -> &mut Vec<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="facet">
            <legend>{text(move || title(i18n))}</legend>
            {ids
                .iter()
                .map(|&id| {
                    view! {
                        <label class="check">
                            <input
                                type="checkbox"
                                prop:checked=move || editing.draft.with(|p| get(p).iter().any(|x| x == id))
                                on:change=move |_| editing.edit(move |p| toggle(set(p), id))
                            />
                            <span>{text(move || name(i18n, id))}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
