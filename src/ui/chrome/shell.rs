//! The frame around every screen: header with navigation and language, the screen for the
//! current address, footer. In embed mode only the screen and a link out remain. Escape closes
//! what is open anywhere in it.

use leptos::prelude::*;

use super::embed::{EmbedBar, ReportHeight};
use super::header::{Footer, Header};
use super::not_found::NotFound;
use super::status::NoData;
use super::updates::UpdateNotices;
use crate::ui::context::{use_address_bar, use_data, PageViews};
use crate::ui::i18n::*;
use crate::ui::widgets::disclosure::escape_closes;
use crate::ui::widgets::words::text;

#[component]
pub fn Shell() -> impl IntoView {
    let PageViews { page, render, .. } = expect_context::<PageViews>();
    let bar = use_address_bar();
    let i18n = use_i18n();
    let available = use_data().available;
    let embed = bar.embed;
    super::title::follow_screen();
    // Screens re-render only when the kind of screen changes, not on every filter change, so
    // the search box keeps its focus while the user types.
    let shown = Memo::new(move |_| {
        bar.parsed
            .with(|a| a.as_ref().map(|a| a.screen.clone()).map_err(Clone::clone))
    });
    // A screen of another page (an old link, the back button across pages) loads that page.
    Effect::new(move |_| {
        if let Ok(address) = bar.parsed.get() {
            if address.screen.page() != page {
                let _ = window().location().replace(&address.href(page));
            }
        }
    });

    view! {
        <div class="app" class:embed=embed on:keydown=escape_closes>
            <Show when=move || !embed.get() fallback=|| view! { <EmbedBar /> }>
                <Header />
            </Show>
            <ReportHeight />
            <UpdateNotices />
            <Show when=move || !available>
                <p class="warning page" role="alert">{text(move || t_string!(i18n, proposals.no_data))}</p>
            </Show>
            <main id="main" tabindex="-1">
                {move || match shown.get() {
                    Ok(screen) if screen.page() != page => ().into_any(),
                    Ok(screen) => render(screen),
                    // Without the dataset every city is unknown: the screen needs the data.
                    Err(_) if !available => view! { <NoData /> }.into_any(),
                    Err(error) => view! { <NotFound error /> }.into_any(),
                }}
            </main>
            <Show when=move || !embed.get()>
                <Footer />
            </Show>
        </div>
    }
}
