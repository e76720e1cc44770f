//! The proposal as a document, shown only when printing: the outline the Markdown export
//! writes ([`crate::proposals::document`]), status history and origin included.

use leptos::prelude::*;

use crate::proposals::document::{outline, Body, Heading, Item, Wording};
use crate::proposals::Proposal;
use crate::ui::context::use_data;
use crate::ui::workspace::proposals::wording::Words;

/// The proposal as a document, shown only when printing. All text is set as text.
#[component]
pub(super) fn PrintView(draft: RwSignal<Proposal>) -> impl IntoView {
    let data = use_data();
    let words = Words::current();
    view! {
        <article class="print-only user-text" aria-hidden="true">
            {move || {
                let document = outline(&draft.get(), &data.catalog, &words);
                let status = format!("{}: {}", words.heading(Heading::Status), document.status);
                let sections = document
                    .sections
                    .into_iter()
                    .map(|section| {
                        let body = match section.body {
                            Body::Text(text) => {
                                view! { <p class="print-text" dir="auto">{text}</p> }.into_any()
                            }
                            Body::List(items) => {
                                view! { <ul>{items.into_iter().map(item).collect_view()}</ul> }.into_any()
                            }
                        };
                        view! { <h2>{words.heading(section.heading)}</h2> {body} }
                    })
                    .collect_view();
                view! {
                    <h1 dir="auto">{document.title}</h1>
                    <p>{status}</p>
                    {sections}
                }
            }}
        </article>
    }
}

fn item(item: Item) -> impl IntoView {
    let lead = item.lead.map(|lead| {
        let colon = (!item.text.is_empty()).then_some(": ");
        view! { <strong dir="auto">{lead}</strong>{colon} }
    });
    view! { <li class="print-text">{lead}<span dir="auto">{item.text}</span></li> }
}
