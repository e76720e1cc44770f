//! The frame around every view: skip link, header with navigation and language, the view for
//! the current route, footer. In embed mode only the view and a link out remain.

use leptos::prelude::*;

use super::app::PageViews;
use super::embed::ReportHeight;
use super::i18n::*;
use super::labels::text;
use super::labels::I18n;
use super::language::LanguageSwitch;
use super::location::{route_to, use_route, CurrentRoute, Link};
use super::not_found::NotFound;
use super::offline::UpdateNotices;
use crate::route::{Route, View};

#[component]
pub fn Shell() -> impl IntoView {
    let PageViews {
        page,
        render,
        setup,
    } = expect_context::<PageViews>();
    setup();
    let CurrentRoute(current) = CurrentRoute::install();
    let route = use_route();
    let embed = Memo::new(move |_| route.with(|r| r.embed));
    // Views re-render only when the kind of view changes, not on every filter change, so the
    // search box keeps its focus while the user types.
    let shown = Memo::new(move |_| {
        current.with(|r| r.as_ref().map(|r| r.view.clone()).map_err(Clone::clone))
    });

    view! {
        <div class="app" class:embed=embed>
            <Show when=move || !embed.get() fallback=|| view! { <EmbedBar /> }>
                <Header />
            </Show>
            <ReportHeight />
            <UpdateNotices />
            <main id="main" tabindex="-1">
                {move || match shown.get() {
                    // A view of the other page (an old link, the back button across pages).
                    Ok(view) if view.page() != page => {
                        let href = current.with_untracked(|r| r.as_ref().map(|r| r.href(page)).unwrap_or_default());
                        let _ = window().location().replace(&href);
                        ().into_any()
                    }
                    Ok(view) => render(view),
                    Err(error) => view! { <NotFound error /> }.into_any(),
                }}
            </main>
            <Show when=move || !embed.get()>
                <Footer />
            </Show>
        </div>
    }
}

#[component]
fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    let nav_item = move |view: View, label: fn(I18n) -> &'static str| {
        let is_current = {
            let view = view.clone();
            Signal::derive(move || {
                route.with(|r| std::mem::discriminant(&r.view) == std::mem::discriminant(&view))
            })
        };
        let target = Signal::derive(move || route.with(|r| route_to(r, view.clone())));
        view! {
            <li>
                <Link route=target current=is_current class="nav-link">
                    {move || label(i18n)}
                </Link>
            </li>
        }
    };
    view! {
        <a class="skip-link" href="#main">{text(move || t_string!(i18n, nav.skip))}</a>
        <header class="site-header">
            <div class="brand">
                <Link route=Route::default() class="brand-link">
                    <span class="brand-name">"Passerelle"</span>
                </Link>
                <span class="brand-tagline">{text(move || t_string!(i18n, nav.tagline))}</span>
            </div>
            <nav aria-label=move || t_string!(i18n, nav.main)>
                <ul class="nav-list">
                    {nav_item(View::List, |i18n| t_string!(i18n, nav.cities))}
                    {nav_item(View::Matrix, |i18n| t_string!(i18n, nav.matrix))}
                    {nav_item(View::Match(None), |i18n| t_string!(i18n, nav.matching))}
                    {nav_item(View::Proposals, |i18n| t_string!(i18n, nav.proposals))}
                    {nav_item(View::Map(None), |i18n| t_string!(i18n, nav.map))}
                    {nav_item(View::Networks, |i18n| t_string!(i18n, nav.networks))}
                    {nav_item(View::Memberships, |i18n| t_string!(i18n, nav.memberships))}
                    {nav_item(View::Sources, |i18n| t_string!(i18n, nav.sources))}
                </ul>
            </nav>
            <LanguageSwitch />
        </header>
    }
}

/// In embed mode: the name of the app and a link to the same view in the full app, opening in
/// a new tab so the host page is left alone.
#[component]
fn EmbedBar() -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    let full_app = move || {
        let mut full = route.get();
        full.embed = false;
        full.to_query()
    };
    view! {
        <div class="embed-bar">
            <span class="brand-name">"Passerelle"</span>
            <a href=full_app target="_blank" rel="noopener">
                {text(move || t_string!(i18n, embed.open_full))}
            </a>
        </div>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    // The Embed page for the view on screen.
    let embed_this =
        Signal::derive(move || Route::with_view(View::EmbedCode(route.with(Route::to_query))));
    view! {
        <footer class="site-footer">
            <p>{text(move || t_string!(i18n, footer.data))}</p>
            <p>
                <Link route=Route::with_view(View::Sources)>{text(move || t_string!(i18n, footer.about_data))}</Link>
                " · "
                <Link route=embed_this>{text(move || t_string!(i18n, embed.this_view))}</Link>
            </p>
        </footer>
    }
}
