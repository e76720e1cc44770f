//! Links between screens.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::address::{Address, Screen};
use crate::ui::context::use_address_bar;

/// An ordinary link that moves in place on a plain click and still opens in a new tab on a
/// modified click; links to another page are ordinary page loads.
#[component]
pub fn AppLink(
    #[prop(into)] to: Signal<Address>,
    #[prop(optional, into)] class: String,
    #[prop(optional, into)] current: Signal<bool>,
    /// "-1" for a link that the keys of a grid reach rather than Tab.
    #[prop(optional_no_strip)]
    tabindex: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let bar = use_address_bar();
    let page = bar.page();
    let on_click = move |ev: MouseEvent| {
        let modified =
            ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0;
        if !modified && to.with_untracked(|a| a.screen.page() == page) {
            ev.prevent_default();
            bar.go(&to.get_untracked());
        }
    };
    view! {
        <a
            href=move || to.with(|a| a.href(page))
            class=class
            tabindex=tabindex
            aria-current=move || current.get().then_some("page")
            on:click=on_click
        >
            {children()}
        </a>
    }
}

/// The address of `screen` in the current embed mode, for links that leave the filters behind.
pub fn embedded_address(screen: Screen) -> Signal<Address> {
    let embed = use_address_bar().embed;
    Signal::derive(move || Address::new(screen.clone()).embedded(embed.get()))
}
