//! About the data: the two source documents, how the dataset reads them, and every
//! disagreement or correction recorded in the file, so a reader can check what the app says.

use leptos::prelude::*;

use crate::data::NoteKind;
use crate::ui::context::use_data;
use crate::ui::i18n::*;
use crate::ui::widgets::dates::LocalDate;
use crate::ui::widgets::quote::SourceNote;
use crate::ui::widgets::words::text;

#[component]
pub fn Sources() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let dataset = data.catalog.data();
    let documents = dataset.sources.clone();
    let notes = dataset.notes.clone();
    let kind_label = move |kind: NoteKind| match kind {
        NoteKind::Disagreement => t_string!(i18n, sources.disagreement),
        NoteKind::Correction => t_string!(i18n, sources.correction),
        NoteKind::Editorial => t_string!(i18n, sources.editorial),
        NoteKind::Context => t_string!(i18n, sources.context),
    };
    view! {
        <div class="page sources-page">
            <h1>{text(move || t_string!(i18n, sources.title))}</h1>
            <p class="lead">{text(move || t_string!(i18n, sources.lead))}</p>
            <h2>{text(move || t_string!(i18n, sources.documents))}</h2>
            <ul class="document-list">
                {documents
                    .into_iter()
                    .map(|doc| {
                        let title = doc.title.clone().or(doc.description.clone()).unwrap_or_else(|| doc.id.clone());
                        let byline = [doc.authors.join(", "), doc.publisher.clone().unwrap_or_default()]
                            .into_iter()
                            .filter(|part| !part.is_empty())
                            .collect::<Vec<_>>()
                            .join(" · ");
                        let separator = (!byline.is_empty() && doc.date.is_some()).then_some(" · ");
                        view! {
                            <li class="card">
                                <h3 lang="en">{title}</h3>
                                {doc.subtitle.clone().map(|s| view! { <p lang="en">{s}</p> })}
                                <p>{byline}{separator}{doc.date.clone().map(|iso| view! { <LocalDate iso /> })}</p>
                                <p class="hint"><span lang="en">{doc.kind.clone()}</span>{doc.licence.clone().map(|l| format!(" · {l}"))}" · "<code>{doc.file.clone()}</code></p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h2>{text(move || t_string!(i18n, sources.reading))}</h2>
            <p>{text(move || t_string!(i18n, sources.reading_text))}</p>
            <p>
                <a href="data/dataset.json" download="passerelle-dataset.json">{text(move || t_string!(i18n, sources.download))}</a>
                " · "
                <a href="data/dataset.schema.json">{text(move || t_string!(i18n, sources.schema))}</a>
            </p>
            <h2>{text(move || t_string!(i18n, sources.notes))}</h2>
            <ul class="note-list">
                {notes
                    .into_iter()
                    .map(|note| {
                        let kind = note.kind;
                        view! {
                            <li class="card">
                                <p><span class="badge">{move || kind_label(kind)}</span></p>
                                <p lang="en">{note.text}</p>
                                {note.sources.into_iter().map(|source| view! { <SourceNote source /> }).collect_view()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
