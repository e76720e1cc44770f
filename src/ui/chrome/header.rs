//! The header with the skip link, the navigation between screens and the language switch, and
//! the footer. The header stays one short row on every screen: on a phone the navigation folds
//! into a menu, on a tablet it is one strip that scrolls sideways on its own.

use leptos::prelude::*;

use super::language::LanguageSwitch;
use crate::address::{Address, Screen};
use crate::ui::context::{use_address, I18n};
use crate::ui::i18n::*;
use crate::ui::widgets::disclosure::ToggleButton;
use crate::ui::widgets::link::AppLink;
use crate::ui::widgets::words::text;

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let address = use_address();
    let menu_open = RwSignal::new(false);
    // Moving to another screen closes the menu.
    Effect::new(move |_| {
        address.with(|a| std::mem::discriminant(&a.screen));
        menu_open.set(false);
    });
    let nav_item = move |screen: Screen, label: fn(I18n) -> &'static str| {
        let is_current = {
            let screen = screen.clone();
            Signal::derive(move || {
                address
                    .with(|a| std::mem::discriminant(&a.screen) == std::mem::discriminant(&screen))
            })
        };
        let to = Signal::derive(move || address.with(|a| a.moved_to(screen.clone())));
        view! {
            <li>
                <AppLink to current=is_current class="nav-link">
                    {move || label(i18n)}
                </AppLink>
            </li>
        }
    };
    view! {
        <a class="skip-link" href="#main">{text(move || t_string!(i18n, nav.skip))}</a>
        <header class="site-header">
            <AppLink to=Address::default() class="brand-link">
                <span class="brand-name">"Passerelle"</span>
            </AppLink>
            <nav class="site-nav" aria-label=move || t_string!(i18n, nav.main)>
                <ToggleButton open=menu_open controls="site-menu" class="button menu-button">
                    <span aria-hidden="true">"\u{2630} "</span>
                    {text(move || t_string!(i18n, nav.menu))}
                </ToggleButton>
                <ul id="site-menu" class="nav-list" class:open=menu_open>
                    {nav_item(Screen::List, |i18n| t_string!(i18n, nav.cities))}
                    {nav_item(Screen::Match(None), |i18n| t_string!(i18n, nav.matching))}
                    {nav_item(Screen::Proposals, |i18n| t_string!(i18n, nav.proposals))}
                    {nav_item(Screen::Sessions, |i18n| t_string!(i18n, nav.workshop))}
                    {nav_item(Screen::Map(None), |i18n| t_string!(i18n, nav.map))}
                    {nav_item(Screen::Matrix, |i18n| t_string!(i18n, nav.matrix))}
                    {nav_item(Screen::Networks, |i18n| t_string!(i18n, nav.networks))}
                    {nav_item(Screen::Memberships, |i18n| t_string!(i18n, nav.memberships))}
                    {nav_item(Screen::Contribute, |i18n| t_string!(i18n, nav.contribute))}
                    {nav_item(Screen::Sources, |i18n| t_string!(i18n, nav.sources))}
                </ul>
            </nav>
            <LanguageSwitch />
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    let address = use_address();
    // The Embed page for the screen on view.
    let embed_this =
        Signal::derive(move || Address::new(Screen::EmbedCode(address.with(Address::to_query))));
    view! {
        <footer class="site-footer">
            <p>{text(move || t_string!(i18n, nav.tagline))}" · "{text(move || t_string!(i18n, footer.data))}</p>
            <p>
                <AppLink to=Address::new(Screen::Sources)>{text(move || t_string!(i18n, footer.about_data))}</AppLink>
                " · "
                <AppLink to=embed_this>{text(move || t_string!(i18n, embed.this_view))}</AppLink>
            </p>
        </footer>
    }
}
