//! What shows instead of a screen while the dataset loads, and when it cannot be used.

use leptos::prelude::*;

use crate::data::{DatasetError, PackError};
use crate::ui::browser::fetch::FetchError;
use crate::ui::i18n::*;
use crate::ui::load::LoadError;
use crate::ui::widgets::words::{text, text_owned};

/// How many located problems of a broken dataset are listed; the rest are counted.
const SHOWN_PROBLEMS: usize = 20;

#[component]
pub fn LoadingScreen() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <main class="status-screen" aria-busy="true">
            <p class="loading">{text(move || t_string!(i18n, load.loading))}</p>
        </main>
    }
}

/// A clear screen instead of a blank page: what failed, in the user's language, the located
/// problems of a broken file (for whoever maintains it), and a way to try again (a reload:
/// the page starts over, from the network or the service worker).
#[component]
pub fn LoadFailed(error: LoadError) -> impl IntoView {
    let i18n = use_i18n();
    let invalid = matches!(error, LoadError::Dataset(_));
    let explanation = {
        let error = error.clone();
        move || match &error {
            LoadError::Fetch(FetchError::Http { status, .. }) => {
                t_string!(i18n, load.failed_http, status = *status).into_owned()
            }
            LoadError::Dataset(DatasetError::Packed(PackError::OtherVersion)) => {
                t_string!(i18n, load.failed_version).to_string()
            }
            LoadError::Dataset(_) => t_string!(i18n, load.failed_invalid).to_string(),
            LoadError::Fetch(FetchError::Network(_)) => {
                t_string!(i18n, load.failed_network).to_string()
            }
        }
    };
    let problems: Vec<String> = match &error {
        LoadError::Dataset(DatasetError::Inconsistent(issues)) => {
            issues.iter().map(ToString::to_string).collect()
        }
        other => vec![other.to_string()],
    };
    let more = problems.len().saturating_sub(SHOWN_PROBLEMS);
    view! {
        <main class="status-screen" role="alert">
            <h1>{text(move || t_string!(i18n, load.failed_title))}</h1>
            <p>{text_owned(explanation)}</p>
            <details class="technical" open=invalid>
                <summary>{text(move || t_string!(i18n, load.technical))}</summary>
                <ul class="issues" lang="en">
                    {problems.into_iter().take(SHOWN_PROBLEMS).map(|p| view! { <li><code>{p}</code></li> }).collect_view()}
                </ul>
                {(more > 0).then(|| view! { <p>{text_owned(move || t_string!(i18n, load.more_problems, count = more).into_owned())}</p> })}
            </details>
            <button class="button primary" on:click=move |_| { let _ = window().location().reload(); }>
                {text(move || t_string!(i18n, load.retry))}
            </button>
        </main>
    }
}

/// In place of a screen that needs the dataset when it could not be loaded (match-making on
/// the Workspace).
#[component]
pub fn NoData() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page status-screen" role="alert">
            <p>{text(move || t_string!(i18n, matching.no_data))}</p>
        </div>
    }
}
