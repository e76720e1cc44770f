//! The dataset's terms (sectors, goals, challenges, opportunities, countries) in the interface
//! language. The dataset names them in its sources' language; for another language the app
//! fetches `data/vocabulary/<language>.json` when the user picks it (the service worker keeps it
//! for offline use). Until it arrives, or if it cannot be had, the dataset's own names show.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::app::{fetch_text, use_data};
use super::i18n::*;
use crate::data::vocabulary::{term_name, TermKind, Vocabulary, DATASET_LANGUAGE};
use crate::data::Catalog;

#[derive(Clone, Copy)]
pub struct Terms {
    vocabulary: RwSignal<Option<Arc<Vocabulary>>>,
}

impl Terms {
    /// Follows the interface language, fetching its vocabulary when it is not the dataset's.
    pub fn provide() {
        let i18n = use_i18n();
        let vocabulary = RwSignal::new(None::<Arc<Vocabulary>>);
        Effect::new(move |_| {
            let language = i18n.get_locale().as_str();
            if language == DATASET_LANGUAGE {
                vocabulary.set(None);
                return;
            }
            if vocabulary.with_untracked(|v| v.as_ref().is_some_and(|v| v.language == language)) {
                return;
            }
            spawn_local(async move {
                let url = format!("data/vocabulary/{language}.json");
                let loaded = fetch_text(&url)
                    .await
                    .map_err(|e| e.to_string())
                    .and_then(|text| Vocabulary::parse(&text).map_err(|e| e.to_string()));
                match loaded {
                    // The user may have switched again while this was on its way.
                    Ok(loaded) if i18n.get_locale_untracked().as_str() == language => {
                        vocabulary.set(Some(Arc::new(loaded)));
                    }
                    Ok(_) => {}
                    Err(error) => web_sys::console::warn_1(
                        &format!("{url}: {error}; the dataset's own names are shown").into(),
                    ),
                }
            });
        });
        provide_context(Terms { vocabulary });
    }

    /// The name of a term in the interface language; reactive.
    pub fn name(self, kind: TermKind, id: &str) -> String {
        self.name_in(&use_data().catalog, kind, id)
    }

    /// The same, with the catalog at hand, for code that runs outside a component (an export
    /// started by a tap).
    pub fn name_in(self, catalog: &Catalog, kind: TermKind, id: &str) -> String {
        self.vocabulary
            .with(|v| term_name(catalog, v.as_deref(), kind, id))
    }

    /// Runs `f` with the current language's vocabulary (none for the dataset's language);
    /// reactive.
    pub fn with_vocabulary<T>(self, f: impl FnOnce(Option<&Vocabulary>) -> T) -> T {
        self.vocabulary.with(|v| f(v.as_deref()))
    }

    /// Several terms' names, joined for a sentence.
    pub fn names(self, kind: TermKind, ids: &[String]) -> String {
        ids.iter()
            .map(|id| self.name(kind, id))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

pub fn use_terms() -> Terms {
    expect_context::<Terms>()
}

/// A term's name in the interface language, following language changes.
#[component]
pub fn TermName(kind: TermKind, #[prop(into)] id: String) -> impl IntoView {
    let terms = use_terms();
    move || terms.name(kind, &id)
}
