//! The dataset's terms by name, in the interface language (see [`crate::ui::context::Terms`]).

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::ui::context::use_terms;

/// A term's name in the interface language, following language changes.
#[component]
pub fn TermName(kind: TermKind, #[prop(into)] id: String) -> impl IntoView {
    let terms = use_terms();
    move || terms.name(kind, &id)
}
