//! The URL query string as a signal: links push history entries, the back button pops them, and
//! the current [`Route`] is derived from it.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::app::{use_data, use_page};
use crate::route::{Page, Route, RouteError, View};

#[derive(Clone, Copy)]
pub struct Location {
    search: RwSignal<String>,
    page: Page,
}

fn current_search() -> String {
    window().location().search().unwrap_or_default()
}

impl Location {
    /// Starts following the address bar and provides the location to the views below.
    pub fn install() -> Location {
        let search = RwSignal::new(current_search());
        let _ = window_event_listener(leptos::ev::popstate, move |_| search.set(current_search()));
        let location = Location {
            search,
            page: use_page(),
        };
        provide_context(location);
        location
    }

    /// Opens `route` as a new history entry, at the top of the page; a view of the other page
    /// loads that page.
    pub fn go(&self, route: &Route) {
        if route.view.page() != self.page {
            let _ = window().location().assign(&route.href(self.page));
            return;
        }
        self.write(route, true);
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }

    /// Opens `route` as a new history entry without scrolling, for changes to the view the user
    /// is looking at (a filter toggled).
    pub fn push(&self, route: &Route) {
        self.write(route, true);
    }

    /// Replaces the current history entry, for changes that should not each be a step back
    /// (typing in the search box).
    pub fn replace(&self, route: &Route) {
        self.write(route, false);
    }

    fn write(&self, route: &Route, push: bool) {
        let query = route.to_query();
        // "?" alone would leave the old query in place: use the bare path instead.
        let url = if query == "?" {
            window()
                .location()
                .pathname()
                .unwrap_or_else(|_| "./".into())
        } else {
            query.clone()
        };
        if let Ok(history) = window().history() {
            let _ = if push {
                history.push_state_with_url(&JsValue::NULL, "", Some(&url))
            } else {
                history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
            };
        }
        self.search
            .set(if query == "?" { String::new() } else { query });
    }
}

pub fn use_location() -> Location {
    expect_context::<Location>()
}

/// The route of the current URL, or why it cannot be shown.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub Memo<Result<Route, RouteError>>);

impl CurrentRoute {
    pub fn install() -> CurrentRoute {
        let data = use_data();
        let location = use_location();
        let current = CurrentRoute(Memo::new(move |_| {
            Route::parse(&location.search.get(), &data.catalog)
        }));
        provide_context(current);
        current
    }
}

/// The current route when it is valid (views are only shown for valid routes).
pub fn use_route() -> Memo<Route> {
    let CurrentRoute(current) = expect_context::<CurrentRoute>();
    Memo::new(move |_| current.get().unwrap_or_default())
}

/// Changes the current route from event handlers, which run outside the component tree and so
/// cannot look up contexts themselves.
#[derive(Clone, Copy)]
pub struct Navigator {
    route: Memo<Route>,
    location: Location,
}

impl Navigator {
    pub fn new() -> Navigator {
        Navigator {
            route: use_route(),
            location: use_location(),
        }
    }

    /// Applies `change` to the current route as a new history entry.
    pub fn update(&self, change: impl FnOnce(&mut Route)) {
        let mut next = self.route.get_untracked();
        change(&mut next);
        self.location.push(&next);
    }

    /// Applies `change` in place of the current history entry.
    pub fn update_in_place(&self, change: impl FnOnce(&mut Route)) {
        let mut next = self.route.get_untracked();
        change(&mut next);
        self.location.replace(&next);
    }
}

/// A route to `view` that keeps the embed mode, and the filters when moving between the views
/// that share them (list, matrix, match, map, memberships).
pub fn route_to(current: &Route, view: View) -> Route {
    let keeps_filter = matches!(
        view,
        View::List | View::Matrix | View::Match(_) | View::Map(_) | View::Memberships
    );
    Route {
        filter: if keeps_filter {
            current.filter.clone()
        } else {
            Default::default()
        },
        sort: if keeps_filter {
            current.sort.clone()
        } else {
            Default::default()
        },
        matching: current.matching.clone(),
        statuses: current.statuses.clone(),
        embed: current.embed,
        view,
    }
}

/// An ordinary link that navigates in place on a plain click and still opens in a new tab on a
/// modified click.
#[component]
pub fn Link(
    #[prop(into)] route: Signal<Route>,
    #[prop(optional, into)] class: String,
    #[prop(optional, into)] current: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let location = use_location();
    let page = location.page;
    let on_click = move |ev: MouseEvent| {
        let modified =
            ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0;
        // Links to the other page are ordinary page loads.
        if !modified && route.with_untracked(|r| r.view.page() == page) {
            ev.prevent_default();
            location.go(&route.get_untracked());
        }
    };
    view! {
        <a
            href=move || route.with(|r| r.href(page))
            class=class
            aria-current=move || current.get().then_some("page")
            on:click=on_click
        >
            {children()}
        </a>
    }
}
