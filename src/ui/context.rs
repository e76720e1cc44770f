//! Every context the views share, with its hook. The root ([`super::app::App`]) provides them in
//! this order, each needing only those above it:
//!
//! 1. [`PageViews`]: which page this is and how it renders its screens.
//! 2. The interface language ([`I18n`]), known before anything loads
//!    ([`starting_locale`](super::browser::settings::starting_locale)) and
//!    remembered on the device: [`provide_language`].
//! 3. [`Terms`]: the dataset's terms in the interface language; needs 2.
//! 4. [`Updates`]: new versions of the app and of its data, from the service worker.
//! 5. [`AppData`]: the checked dataset and its search indexes, loaded before the app mounts
//!    (on the Workspace, an empty one when it cannot be loaded), with this device's profiles
//!    among its cities on every page but Contribute.
//! 6. [`AddressBar`]: the address in the URL, parsed once for every view; needs 1 and 5.
//! 7. The page's own, from [`PageViews::setup`]: [`Matcher`] on the Workspace, Visual and
//!    Workshop pages (needs 5), [`ProposalsState`] on the Workspace, [`SessionsState`] on the
//!    Workshop, [`ProfilesState`] and then [`DeviceDataset`] on the Contribute page,
//!    [`ShownCards`] on the Explore page.
//!
//! A hook used before its context exists panics naming the missing type: the order above is the
//! contract, and `App` is the one place that keeps it.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_i18n::Locale as _;
use wasm_bindgen::{JsCast, JsValue};

use super::browser::fetch::fetch_bytes;
use super::browser::settings::remember_language;
use super::i18n::{use_i18n, Locale};
use crate::address::{Address, AddressError, Page, Screen};
use crate::contributions::{Extended, MirrorError, SelfDescribed};
use crate::data::vocabulary::{term_name, TermKind, Vocabulary, DATASET_LANGUAGE};
use crate::data::Catalog;
use crate::matching::MatchIndex;
use crate::search::{SearchIndex, SearchIndexes};

pub use super::browser::service_worker::Updates;
pub use super::contribute::state::ProfilesState;
pub use super::workshop::state::SessionsState;
pub use super::workspace::proposals::state::ProposalsState;

/// The interface language's context, as leptos_i18n provides it.
pub type I18n = leptos_i18n::I18nContext<Locale>;

/// (1) Which page this is (each page is its own WebAssembly module) and how it shows a screen.
#[derive(Clone, Copy)]
pub struct PageViews {
    pub page: Page,
    pub render: fn(Screen) -> AnyView,
    /// Provides the page's own contexts (step 7), once the dataset is there.
    pub setup: fn(),
}

pub fn use_page() -> Page {
    expect_context::<PageViews>().page
}

/// (2) Starts in `initial` ([`starting_locale`](super::browser::settings::starting_locale)); then keeps `<html lang dir>` and the
/// remembered choice in step with the language. The starting language is given to
/// leptos_i18n when the context is made, so nothing can override it later.
pub fn provide_language(initial: Locale) {
    let i18n: I18n = leptos_i18n::context::init_i18n_subcontext(Some(Signal::stored(initial)));
    provide_context(i18n);
    Effect::new(move |previous: Option<Locale>| {
        let locale = i18n.get_locale();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", locale.as_str());
            let _ = root.set_attribute("dir", locale.direction().as_str());
        }
        // Only a choice is remembered: a first visit keeps following the browser.
        if previous.is_some_and(|p| p != locale) {
            remember_language(locale);
        }
        locale
    });
}

/// (3) The dataset's terms (sectors, goals, challenges, opportunities, countries) in the
/// interface language. The dataset names them in its sources' language; another language's
/// names come from `data/vocabulary/<language>.bin` (packed from its `.json` by
/// `passerelle-cli pack`): the starting language's is loaded with the dataset, so the first
/// screen is whole; another is fetched when the user picks it (the service worker keeps it for
/// offline use), the dataset's own names showing until it arrives.
///
/// A signal filled by a task rather than a `LocalResource`: nothing waits for it under a
/// `Suspense`, and Leptos's async machinery costs the first page about 8 kB brotli (measured
/// with `node scripts/budget.mjs`).
#[derive(Clone, Copy)]
pub struct Terms {
    i18n: I18n,
    vocabulary: RwSignal<Option<Arc<Vocabulary>>>,
}

/// `initial` is the starting language's vocabulary, loaded with the dataset.
pub fn provide_terms(initial: Option<Arc<Vocabulary>>) {
    let i18n = use_i18n();
    let vocabulary = RwSignal::new(initial);
    Effect::new(move |_| {
        let language = i18n.get_locale().as_str();
        if vocabulary.with_untracked(|v| v.as_ref().is_some_and(|v| v.language == language)) {
            return;
        }
        leptos::task::spawn_local(async move {
            let loaded = load_vocabulary(language).await;
            // The user may have switched again while this was on its way.
            if i18n.get_locale_untracked().as_str() == language {
                vocabulary.set(loaded);
            }
        });
    });
    provide_context(Terms { i18n, vocabulary });
}

/// The vocabulary of `language`; none for the dataset's own language, or when it cannot be had
/// (said in the console: the dataset's names show instead).
pub async fn load_vocabulary(language: &'static str) -> Option<Arc<Vocabulary>> {
    if language == DATASET_LANGUAGE {
        return None;
    }
    let url = format!("data/vocabulary/{language}.bin");
    let loaded = fetch_bytes(&url)
        .await
        .map_err(|e| e.to_string())
        .and_then(|bytes| Vocabulary::unpack(&bytes).map_err(|e| e.to_string()));
    match loaded {
        Ok(vocabulary) => Some(Arc::new(vocabulary)),
        Err(error) => {
            let warning = format!("{url}: {error}; the dataset's own names are shown");
            web_sys::console::warn_1(&JsValue::from_str(&warning));
            None
        }
    }
}

pub fn use_terms() -> Terms {
    expect_context::<Terms>()
}

impl Terms {
    /// Runs `f` with the interface language's vocabulary (none for the dataset's language, or
    /// while the new one loads); reactive.
    pub fn with_vocabulary<T>(self, f: impl FnOnce(Option<&Vocabulary>) -> T) -> T {
        let language = self.i18n.get_locale().as_str();
        self.vocabulary
            .with(|loaded| f(loaded.as_deref().filter(|v| v.language == language)))
    }

    /// The name of a term in the interface language; reactive.
    pub fn name(self, kind: TermKind, id: &str) -> String {
        self.name_in(&use_data().catalog, kind, id)
    }

    /// The same, with the catalog at hand, for code that runs outside a component (an export
    /// started by a tap).
    pub fn name_in(self, catalog: &Catalog, kind: TermKind, id: &str) -> String {
        self.with_vocabulary(|v| term_name(catalog, v, kind, id))
    }

    /// Several terms' names, joined for a sentence.
    pub fn names(self, kind: TermKind, ids: &[String]) -> String {
        let names: Vec<String> = ids.iter().map(|id| self.name(kind, id)).collect();
        names.join(", ")
    }
}

/// (4) See [`Updates`]: new versions of the app and of its data.
pub fn use_updates() -> Updates {
    expect_context::<Updates>()
}

/// (5) The checked dataset and its search indexes, shared by every view.
pub struct AppData {
    /// A fingerprint of the dataset file, to tell whether the server has another one.
    pub fingerprint: u64,
    pub catalog: Catalog,
    pub search: SearchIndexes,
    /// False when the dataset could not be loaded and the page goes on without it (the
    /// Workspace, so that the user's proposals stay reachable): the catalog is then empty.
    pub available: bool,
    /// The profiles of this device among the catalog's cities (see `contributions::Mirror`).
    pub profiles: Vec<SelfDescribed>,
    /// Why this device's profiles are not among them, when they could not be added.
    pub profiles_problem: Option<MirrorError>,
}

impl AppData {
    /// In place of a dataset that could not be loaded.
    pub fn unavailable() -> AppData {
        AppData {
            fingerprint: 0,
            catalog: Catalog::empty(),
            search: SearchIndexes::default(),
            available: false,
            profiles: Vec::new(),
            profiles_problem: None,
        }
    }

    /// The catalog to check references against, if there is one.
    pub fn checked(&self) -> Option<&Catalog> {
        self.available.then_some(&self.catalog)
    }

    /// The search index in the interface language, so that another language's names of
    /// countries and sectors are found too; reactive (follows the language).
    pub fn search_index(&self) -> Arc<SearchIndex> {
        use_terms().with_vocabulary(|vocabulary| self.search.get(&self.catalog, vocabulary))
    }
}

pub fn use_data() -> Arc<AppData> {
    expect_context::<Arc<AppData>>()
}

/// (6) The address bar: the query string as a signal, parsed once into the [`Address`] every
/// view reads. Links push history entries, the back button pops them.
#[derive(Clone, Copy)]
pub struct AddressBar {
    page: Page,
    search: RwSignal<String>,
    /// The parsed address, or why it cannot be shown (the shell shows that instead of a view).
    pub parsed: Memo<Result<Address, AddressError>>,
    /// The address when it is valid (views exist only for valid addresses).
    pub current: Memo<Address>,
    /// Whether the app is embedded (`?embed=1`): the one part of the address every link
    /// follows, so that a keystroke in a search does not recompute every link on the page.
    pub embed: Memo<bool>,
}

fn current_search() -> String {
    window().location().search().unwrap_or_default()
}

pub fn provide_address_bar() {
    let data = use_data();
    let page = use_page();
    let search = RwSignal::new(current_search());
    let parsed =
        Memo::new(move |_| search.with(|query| Address::parse_on(page, query, &data.catalog)));
    let current = Memo::new(move |_| parsed.get().unwrap_or_default());
    let embed = Memo::new(move |_| current.with(|a| a.embed));
    let _ = window_event_listener(leptos::ev::popstate, move |ev| {
        let link = current.with_untracked(|left| left.link_selector(page));
        search.set(current_search());
        // An entry the user left by a link keeps where they were (see `AddressBar::go`).
        if let Some(y) = ev.state().as_f64() {
            request_animation_frame(move || return_to(y, &link));
        }
    });
    provide_context(AddressBar {
        page,
        search,
        parsed,
        current,
        embed,
    });
}

/// Back on a screen once it has rendered: the link the user followed from it takes the focus
/// again, and the page scrolls to where it was.
fn return_to(y: f64, link: &str) {
    if let Some(link) = document()
        .query_selector(link)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = link.focus();
    }
    window().scroll_to_with_x_and_y(0.0, y);
}

pub fn use_address_bar() -> AddressBar {
    expect_context::<AddressBar>()
}

/// The current address; the one memo every view shares.
pub fn use_address() -> Memo<Address> {
    use_address_bar().current
}

impl AddressBar {
    pub fn page(self) -> Page {
        self.page
    }

    /// Opens `address` as a new history entry, at the top of the page; a screen of another page
    /// loads that page. Back returns to the place left (see [`return_to`]).
    pub fn go(self, address: &Address) {
        if address.screen.page() != self.page {
            let _ = window().location().assign(&address.href(self.page));
            return;
        }
        // The entry left behind remembers how far down the user was, for Back.
        if let (Ok(history), Ok(y)) = (window().history(), window().scroll_y()) {
            let _ = history.replace_state(&JsValue::from_f64(y), "");
        }
        self.write(address, true);
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }

    /// Puts `address` in place of the current history entry (a screen that only forwards to
    /// another, so that Back skips it).
    pub fn replace(self, address: &Address) {
        self.write(address, false);
    }

    /// Applies `change` to the current address as a new history entry, without scrolling: for
    /// changes to what the user is looking at (a filter toggled).
    pub fn update(self, change: impl FnOnce(&mut Address)) {
        let mut next = self.current.get_untracked();
        change(&mut next);
        self.write(&next, true);
    }

    /// Applies `change` in place of the current history entry, for changes that should not each
    /// be a step back (typing in the search box, dragging a slider).
    pub fn update_in_place(self, change: impl FnOnce(&mut Address)) {
        let mut next = self.current.get_untracked();
        change(&mut next);
        self.write(&next, false);
    }

    fn write(self, address: &Address, push: bool) {
        let query = address.to_query();
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

/// (7) The match-making index, built once for the pages that match (Workspace, Visual,
/// Workshop); the
/// Explore page does without it, and without its code.
#[derive(Clone)]
pub struct Matcher(pub Arc<MatchIndex>);

pub fn provide_matcher() {
    provide_context(Matcher(Arc::new(MatchIndex::new(&use_data().catalog))));
}

pub fn use_matcher() -> Arc<MatchIndex> {
    expect_context::<Matcher>().0
}

/// (7) See [`ProposalsState`]: the Workspace's proposals in browser storage.
pub fn use_proposals() -> ProposalsState {
    expect_context::<ProposalsState>()
}

/// (7) See [`SessionsState`]: the Workshop's sessions in browser storage.
pub fn use_sessions() -> SessionsState {
    expect_context::<SessionsState>()
}

/// (7) See [`ProfilesState`]: the Contribute page's self-described profiles in browser storage.
pub fn use_profiles() -> ProfilesState {
    expect_context::<ProfilesState>()
}

/// (7) How many of the list's cards are shown, kept by the Explore page rather than the list:
/// back from a profile, the cards that were shown are there again, and so is the place left.
#[derive(Clone, Copy)]
pub struct ShownCards(pub RwSignal<usize>);

/// (7) See [`ShownCards`].
pub fn use_shown_cards() -> ShownCards {
    expect_context::<ShownCards>()
}

/// (7) The dataset extended with the Contribute page's profiles, made once each time the saved
/// profiles change: their partners and the copy for the other pages both read it.
#[derive(Clone, Copy)]
pub struct DeviceDataset(pub Memo<Option<Arc<Extended>>>);

/// (7) See [`DeviceDataset`].
pub fn use_device_dataset() -> Memo<Option<Arc<Extended>>> {
    expect_context::<DeviceDataset>().0
}
