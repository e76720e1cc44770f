//! The root: provides the contexts in the order [`super::context`] documents, loads the
//! dataset, and shows the page's shell once it is there, a clear screen while it loads or when
//! it fails (the Workspace goes on without it).

use std::sync::Arc;

use leptos::prelude::*;

use crate::address::Page;

use super::browser::service_worker::Updates;
use super::chrome::shell::Shell;
use super::chrome::status::{LoadFailed, LoadingScreen};
use super::context::{provide_address_bar, provide_language, provide_terms, AppData, PageViews};
use super::load::{load_dataset, LoadError};

#[component]
pub fn App(views: PageViews) -> impl IntoView {
    provide_context(views);
    provide_language();
    provide_terms();
    let updates = Updates::provide();
    let dataset = LocalResource::new(load_dataset);
    let retry = move || dataset.refetch();
    // A Transition, not a Suspense: a later wait (the vocabulary of a newly chosen language)
    // keeps the screen in place instead of blanking it.
    view! {
        <Transition fallback=LoadingScreen>
            <ErrorBoundary fallback=move |errors| view! { <LoadFailed errors retry /> }>
                {move || Suspend::new(async move {
                    // The Workspace goes on without the dataset: the user's proposals are theirs.
                    let data = match dataset.await {
                        Ok(data) => data,
                        Err(_) if views.page == Page::Workspace => Arc::new(AppData::unavailable()),
                        Err(error) => return Err(error),
                    };
                    updates.after_first_view(data.fingerprint);
                    provide_context(data);
                    provide_address_bar();
                    (views.setup)();
                    Ok::<_, LoadError>(view! { <Shell /> })
                })}
            </ErrorBoundary>
        </Transition>
    }
}
