//! The root: provides the contexts in the order [`super::context`] documents, then shows the
//! page's shell, or a clear screen when the dataset could not be used (the Workspace goes on
//! without it). Everything it needs was loaded before it mounted (see [`super::start`]).

use std::sync::Arc;

use leptos::prelude::*;

use crate::address::Page;

use super::browser::service_worker::Updates;
use super::chrome::shell::Shell;
use super::chrome::status::LoadFailed;
use super::context::{provide_address_bar, provide_language, provide_terms, AppData, PageViews};
use super::i18n::Locale;
use super::load::LoadError;
use crate::data::vocabulary::Vocabulary;

/// What the root starts from, loaded before it mounts.
pub struct Loaded {
    pub language: Locale,
    pub vocabulary: Option<Arc<Vocabulary>>,
    pub data: Result<Arc<AppData>, LoadError>,
}

#[component]
pub fn App(views: PageViews, loaded: Loaded) -> impl IntoView {
    provide_context(views);
    provide_language(loaded.language);
    provide_terms(loaded.vocabulary);
    let updates = Updates::provide();
    // The Workspace goes on without the dataset: the user's proposals are theirs.
    let data = match loaded.data {
        Ok(data) => data,
        Err(_) if views.page == Page::Workspace => Arc::new(AppData::unavailable()),
        Err(error) => return view! { <LoadFailed error /> }.into_any(),
    };
    updates.after_first_view(data.fingerprint);
    provide_context(data);
    provide_address_bar();
    (views.setup)();
    view! { <Shell /> }.into_any()
}
