//! The root: languages, the dataset load and what to show while it loads or when it fails.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use thiserror::Error;

use super::i18n::*;
use super::labels::{text, text_owned};
use super::language::RememberLanguage;
use super::location::Location;
use super::offline::{fingerprint, Updates};
use super::shell::Shell;
use super::terms::{use_terms, Terms};
use crate::data::{self, Catalog, DatasetError};
use crate::matching::MatchIndex;
use crate::route::{Page, View};
use crate::search::{SearchIndex, SearchIndexes};

/// Where the app fetches its data; relative, so the app works under any path.
const DATASET_URL: &str = "data/dataset.json";

/// The checked dataset and its search indexes, shared by every view.
pub struct AppData {
    /// A fingerprint of the dataset text, to tell whether the server has another one.
    pub fingerprint: u64,
    pub catalog: Catalog,
    pub search: SearchIndexes,
}

pub fn use_data() -> Arc<AppData> {
    expect_context::<Arc<AppData>>()
}

/// Builds the match-making index for the pages that match (Workspace, Visual); the Explore
/// page does without it, and without its code.
pub fn provide_matcher() {
    provide_context(Arc::new(MatchIndex::new(&use_data().catalog)));
}

pub fn use_matcher() -> Arc<MatchIndex> {
    expect_context::<Arc<MatchIndex>>()
}

impl AppData {
    /// The search index in the interface language, so that another language's names of
    /// countries and sectors are found too; reactive (follows the language).
    pub fn search_index(&self) -> Arc<SearchIndex> {
        use_terms().with_vocabulary(|vocabulary| self.search.get(&self.catalog, vocabulary))
    }
}

#[derive(Debug, Clone, Error)]
pub(super) enum LoadError {
    #[error("{0}")]
    Network(String),
    #[error("the server answered {status} for {url}")]
    Http { status: u16, url: String },
    #[error(transparent)]
    Dataset(#[from] DatasetError),
}

#[derive(Clone)]
enum LoadState {
    Loading,
    Failed(LoadError),
    Ready(Arc<AppData>),
}

/// The text of a file of the app's own origin.
pub(super) async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http {
            status: response.status(),
            url: url.to_string(),
        });
    }
    response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))
}

async fn fetch_dataset() -> Result<Arc<AppData>, LoadError> {
    let text = fetch_text(DATASET_URL).await?;
    let fingerprint = fingerprint(&text);
    let catalog = data::load(&text)?;
    Ok(Arc::new(AppData {
        fingerprint,
        catalog,
        search: SearchIndexes::default(),
    }))
}

/// Which page this is and how it renders its views, for the shell and the links.
#[derive(Clone, Copy)]
pub struct PageViews {
    pub page: Page,
    pub render: fn(View) -> AnyView,
    /// Provides what the page's views share (the Workspace's proposals).
    pub setup: fn(),
}

pub fn use_page() -> Page {
    expect_context::<PageViews>().page
}

#[component]
pub fn App(page: Page, views: fn(View) -> AnyView, setup: fn()) -> impl IntoView {
    provide_context(PageViews {
        page,
        render: views,
        setup,
    });
    view! {
        <I18nContextProvider>
            <RememberLanguage />
            <Loader />
        </I18nContextProvider>
    }
}

#[component]
fn Loader() -> impl IntoView {
    let state = RwSignal::new(LoadState::Loading);
    Terms::provide();
    let updates = Updates::install();
    let load = move || {
        state.set(LoadState::Loading);
        spawn_local(async move {
            state.set(match fetch_dataset().await {
                Ok(data) => {
                    updates.after_first_view(data.fingerprint);
                    LoadState::Ready(data)
                }
                Err(error) => LoadState::Failed(error),
            });
        });
    };
    load();
    Location::install();

    move || match state.get() {
        LoadState::Loading => view! { <LoadingScreen /> }.into_any(),
        LoadState::Failed(error) => view! { <LoadFailed error retry=load /> }.into_any(),
        LoadState::Ready(data) => {
            provide_context(data);
            view! { <Shell /> }.into_any()
        }
    }
}

#[component]
fn LoadingScreen() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <main class="status-screen" aria-busy="true">
            <p class="loading">{text(move || t_string!(i18n, load.loading))}</p>
        </main>
    }
}

/// A clear screen instead of a blank page: what failed, the located problems of a broken file,
/// and a way to try again.
#[component]
fn LoadFailed(error: LoadError, retry: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let is_network = matches!(error, LoadError::Network(_) | LoadError::Http { .. });
    let issues = match &error {
        LoadError::Dataset(e) => e.issues(),
        other => vec![other.to_string()],
    };
    let shown = issues.len().min(20);
    let more = issues.len() - shown;
    view! {
        <main class="status-screen" role="alert">
            <h1>{text(move || t_string!(i18n, load.failed_title))}</h1>
            <p>
                {move || {
                    if is_network {
                        t_string!(i18n, load.failed_network)
                    } else {
                        t_string!(i18n, load.failed_invalid)
                    }
                }}
            </p>
            <ul class="issues">
                {issues.into_iter().take(shown).map(|issue| view! { <li><code>{issue}</code></li> }).collect_view()}
            </ul>
            {(more > 0).then(|| view! { <p>{text_owned(move || t_string!(i18n, load.more_problems, count = more).into_owned())}</p> })}
            <button class="button primary" on:click=move |_| retry()>
                {text(move || t_string!(i18n, load.retry))}
            </button>
        </main>
    }
}
