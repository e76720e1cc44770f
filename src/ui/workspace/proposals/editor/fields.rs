//! The editor's generic fields: a text field and checkboxes over a fixed vocabulary.

use leptos::prelude::*;

use crate::proposals::limits::Text;
use crate::proposals::{Proposal, ENTRY_POINTS, STAKEHOLDERS};
use crate::ui::context::I18n;
use crate::ui::i18n::*;
use crate::ui::widgets::words::text;
use crate::ui::workspace::proposals::editor::session::Editing;
use crate::ui::workspace::proposals::wording;

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

/// The editor's lists over a fixed vocabulary, each with a text field for what it lacks.
#[derive(Clone, Copy)]
pub(super) enum Tags {
    EntryPoints,
    Stakeholders,
}

impl Tags {
    fn title(self, i18n: I18n) -> &'static str {
        match self {
            Tags::EntryPoints => t_string!(i18n, proposal.entry_points),
            Tags::Stakeholders => t_string!(i18n, proposal.stakeholders),
        }
    }

    fn ids(self) -> &'static [&'static str] {
        match self {
            Tags::EntryPoints => &ENTRY_POINTS,
            Tags::Stakeholders => &STAKEHOLDERS,
        }
    }

    fn name(self, i18n: I18n, id: &str) -> &'static str {
        match self {
            Tags::EntryPoints => wording::entry_point(i18n, id),
            Tags::Stakeholders => wording::stakeholder(i18n, id),
        }
    }

    fn chosen(self, p: &mut Proposal) -> &mut Vec<String> {
        match self {
            Tags::EntryPoints => &mut p.entry_points,
            Tags::Stakeholders => &mut p.stakeholders,
        }
    }

    fn has(self, p: &Proposal, id: &str) -> bool {
        let chosen = match self {
            Tags::EntryPoints => &p.entry_points,
            Tags::Stakeholders => &p.stakeholders,
        };
        chosen.iter().any(|x| x == id)
    }

    fn other(self) -> (Label, Text) {
        match self {
            Tags::EntryPoints => (
                |i18n| t_string!(i18n, proposal.other_entry_points),
                Text::OtherEntryPoints,
            ),
            Tags::Stakeholders => (
                |i18n| t_string!(i18n, proposal.other_stakeholders),
                Text::OtherStakeholders,
            ),
        }
    }
}

/// Checkboxes over one of the fixed vocabularies, then the field for anything else.
#[component]
pub(super) fn TagsSection(editing: Editing, tags: Tags) -> impl IntoView {
    let i18n = use_i18n();
    let (other, field) = tags.other();
    view! {
        <fieldset class="facet">
            <legend>{text(move || tags.title(i18n))}</legend>
            {tags
                .ids()
                .iter()
                .map(|&id| {
                    view! {
                        <label class="check">
                            <input
                                type="checkbox"
                                prop:checked=move || editing.draft.with(|p| tags.has(p, id))
                                on:change=move |_| editing.edit(move |p| toggle(tags.chosen(p), id))
                            />
                            <span>{text(move || tags.name(i18n, id))}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
        <TextField editing label=other field />
    }
}
