//! The root: provides the contexts in the order [`super::context`] documents, loads the
//! dataset, and shows the page's shell once it is there, a clear screen while it loads or when
//! it fails.

use leptos::prelude::*;

use super::browser::service_worker::Updates;
use super::chrome::shell::Shell;
use super::chrome::status::{LoadFailed, LoadingScreen};
use super::context::{provide_address_bar, provide_language, provide_terms, PageViews};
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
                    let data = dataset.await?;
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
