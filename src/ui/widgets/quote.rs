//! How a fact shows where it comes from: quotations in their source language with the
//! document and passage on demand, and values the sources do not give.

use leptos::prelude::*;

use crate::data::SourceRef;
use crate::ui::context::use_data;
use crate::ui::i18n::*;
use crate::ui::widgets::dates::LocalDate;
use crate::ui::widgets::words::{self, text};

/// The source of a fact, shown on demand: the document and the passage.
#[component]
pub fn SourceNote(source: SourceRef) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let detail = if source.is_reference() {
        None
    } else {
        let document = data.catalog.document(&source.doc);
        let title = document
            .and_then(|d| d.title.clone().or_else(|| d.description.clone()))
            .unwrap_or_else(|| source.doc.clone());
        let publisher = document.and_then(|d| d.publisher.clone());
        let date = document.and_then(|d| d.date.clone());
        Some((
            title,
            publisher,
            date,
            source.section.clone().unwrap_or_default(),
        ))
    };
    view! {
        <details class="source">
            <summary>{text(move || t_string!(i18n, source.label))}</summary>
            <p>
                {match detail {
                    None => view! { <span>{text(move || t_string!(i18n, source.reference))}</span> }.into_any(),
                    Some((title, publisher, date, section)) => view! {
                        <cite lang="en">{title}</cite>
                        {(publisher.is_some() || date.is_some()).then(|| {
                            let comma = (publisher.is_some() && date.is_some()).then_some(", ");
                            view! { " (" {publisher} {comma} {date.map(|iso| view! { <LocalDate iso /> })} ")" }
                        })}
                        " · "
                        <span>{text(move || t_string!(i18n, source.passage))}" "<span lang="en">{section}</span></span>
                    }
                    .into_any(),
                }}
            </p>
        </details>
    }
}

/// A text quoted from a source, in the source's language, with its source on demand. Words a
/// city or organisation wrote about itself are marked self-described, in whatever language
/// they were written.
#[component]
pub fn Quote(#[prop(into)] text: String, source: SourceRef) -> impl IntoView {
    let i18n = use_i18n();
    let own = source.is_contributed();
    view! {
        <div class="quote-block" class:self-described=own>
            <blockquote class="quote" lang=(!own).then_some("en") dir=own.then_some("auto")>{text}</blockquote>
            <p class="quote-meta">
                {own.then(|| view! { <SelfDescribedBadge /> })}
                <Show when=move || !own && i18n.get_locale() != Locale::en>
                    <span class="quote-language">{words::text(move || t_string!(i18n, source.quoted_in_english))}</span>
                </Show>
            </p>
            <SourceNote source />
        </div>
    }
}

/// Marks what a city or organisation says about itself, apart from facts quoted from the
/// sources: a badge with a mark and a word, never colour alone.
#[component]
pub fn SelfDescribedBadge() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class="badge badge-self">
            <span aria-hidden="true">"\u{270e} "</span>
            {text(move || t_string!(i18n, contribute.self_described))}
        </span>
    }
}

/// A value the sources do not give, said plainly; `short` where a card or a sentence has
/// little room ("Not in the sources").
#[component]
pub fn Unknown(#[prop(optional)] short: bool) -> impl IntoView {
    let i18n = use_i18n();
    let words = move || {
        if short {
            t_string!(i18n, value.unknown_short)
        } else {
            t_string!(i18n, value.unknown)
        }
    };
    view! { <span class="unknown">{text(words)}</span> }
}
