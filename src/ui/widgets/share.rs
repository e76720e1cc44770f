//! Sharing without a server, for proposals (Workspace) and profiles (Contribute page): a link
//! that carries the item in its URL fragment, which browsers never send, shown with a copy
//! button and as a QR code drawn as SVG rects; and, on the receiving side, what a refused link
//! says and how the page forgets the fragment it was opened with.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;

use crate::address::{Address, Page, Screen};
use crate::contributions::share::ShareError;
use crate::contributions::{qr_code, QrMatrix, QUIET_ZONE};
use crate::records::{Change, Record, Stored};
use crate::ui::browser::records::state::Records;
use crate::ui::context::{use_address_bar, I18n};
use crate::ui::i18n::*;
use crate::ui::widgets::disclosure::ToggleButton;
use crate::ui::widgets::words::text;

/// The link that opens `fragment` on `screen` of this app, on any device.
pub fn link_to(screen: Screen, fragment: &str) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let folder = path.rsplit_once('/').map_or("", |(folder, _)| folder);
    let page = screen.page().file();
    let query = Address::new(screen).to_query();
    format!("{origin}{folder}/{page}{query}#{fragment}")
}

/// The Share section of an editor: a button that shows the link and QR code of what is on
/// screen ([`ShareLink`]), made again as it changes while open (the link carries what is on
/// screen). `encode` gives the link's fragment, which `screen` opens; until `ready`, the
/// section says `not_ready` instead.
#[component]
pub fn ShareSection(
    hint: fn(I18n) -> &'static str,
    screen: Screen,
    encode: Callback<(), String>,
    #[prop(optional, into)] ready: Option<Signal<bool>>,
    #[prop(optional)] not_ready: Option<fn(I18n) -> &'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let ready = move || ready.is_none_or(|r| r.get());
    let link = Memo::new(move |_| {
        (open.get() && ready()).then(|| link_to(screen.clone(), &encode.run(())))
    });
    view! {
        <section class="profile-section share" aria-labelledby="share-heading">
            <h2 id="share-heading">{text(move || t_string!(i18n, share.title))}</h2>
            <p class="hint">{text(move || hint(i18n))}</p>
            <Show
                when=ready
                fallback=move || not_ready.map(|words| view! { <p class="hint">{text(move || words(i18n))}</p> })
            >
                <ToggleButton open class="button primary">
                    {text(move || t_string!(i18n, share.share))}
                </ToggleButton>
            </Show>
            {move || link.get().map(|link| view! { <ShareLink link /> })}
        </section>
    }
}

/// What a share link opened on this page carries.
#[derive(Clone)]
pub enum Arrival<T> {
    /// What this page keeps (a proposal in the Workspace, a profile on the Contribute page).
    Item(T),
    /// A link the other page opens (a profile's in the Workspace, a proposal's on the
    /// Contribute page): the same link there. This page does not carry the other's code.
    Elsewhere(String),
    Refused(ShareError),
}

/// The page's link (its fragment, `#…`, when there is one) as `decode` reads it; a fragment
/// that starts with `other` is sent on to `other_page`. Read at once, and again when a link is
/// pasted into the address bar of this very page, which changes only the fragment and loads
/// nothing.
pub fn arrival<T: Send + Sync + 'static>(
    other: &'static str,
    other_page: Page,
    decode: impl Fn(&str) -> Result<T, ShareError> + 'static,
) -> RwSignal<Option<Arrival<T>>> {
    let read = move |fragment: &str| {
        if fragment.starts_with(other) {
            return Arrival::Elsewhere(elsewhere(other_page, fragment));
        }
        match decode(fragment) {
            Ok(item) => Arrival::Item(item),
            Err(error) => Arrival::Refused(error),
        }
    };
    let fragment = || window().location().hash().unwrap_or_default();
    let read = move |fragment: String| (fragment.len() > 1).then(|| read(&fragment));
    let opened = RwSignal::new(read(fragment()));
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        opened.set(read(fragment()));
    });
    on_cleanup(move || listener.remove());
    opened
}

/// The same link on the page that opens what it carries.
fn elsewhere(page: Page, fragment: &str) -> String {
    let screen = match page {
        Page::Contribute => Screen::Contribute,
        _ => Screen::Proposals,
    };
    link_to(screen, fragment.trim_start_matches('#'))
}

/// Stores what arrived by link, then forgets the link and opens the stored record: `screen`
/// names it by its id (which may be new: kept beside one of this device's).
pub fn keep_arrival<R: Record + Send + Sync + 'static, T: Send + Sync + 'static>(
    records: Records<R>,
    record: R,
    opened: RwSignal<Option<T>>,
    screen: fn(String) -> Screen,
) {
    let bar = use_address_bar();
    spawn_local(async move {
        if let Ok(written) = records.write(vec![Change::Save(record)]).await {
            forget(opened);
            if let Some(saved) = written.into_iter().find_map(Stored::live) {
                bar.go(&Address::new(screen(saved.id().to_string())));
            }
        }
    });
}

/// Closes the preview of what arrived by link, and forgets the link.
pub fn forget<T: Send + Sync + 'static>(opened: RwSignal<Option<T>>) {
    drop_fragment();
    opened.set(None);
}

/// Forgets the fragment, so that a reload does not offer the import again.
fn drop_fragment() {
    let location = window().location();
    let here = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&here));
    }
}

/// Why a share link was refused, in the user's language.
pub fn link_error(i18n: I18n, error: &ShareError) -> String {
    match error {
        ShareError::TooLong { chars } => {
            t_string!(i18n, share.l_too_long, chars = *chars).into_owned()
        }
        ShareError::Foreign => t_string!(i18n, share.l_foreign).to_string(),
        ShareError::NewerVersion(v) => {
            t_string!(i18n, share.l_newer, version = v.clone()).into_owned()
        }
        ShareError::Damaged(at) => t_string!(i18n, share.l_damaged, at = *at).into_owned(),
        ShareError::Truncated => t_string!(i18n, share.l_truncated).to_string(),
        ShareError::TooLarge => t_string!(i18n, share.l_too_large).to_string(),
        ShareError::Unreadable(_) => t_string!(i18n, share.l_unreadable).to_string(),
        ShareError::Invalid(problems) => t_string!(
            i18n,
            share.l_invalid,
            count = problems.list.len() + problems.more
        )
        .into_owned(),
    }
}

/// The choice under a shared item's preview: import it, or, when this device holds one with the
/// same id (`exists`, worded by `same`), replace it or keep both; or not import at all.
/// `import` gets whether to replace.
#[component]
pub fn ArrivalChoice(
    exists: Signal<bool>,
    same: fn(I18n) -> &'static str,
    import: Callback<bool>,
    dismiss: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let cancel = move || {
        view! {
            <button type="button" class="button" on:click=move |_| dismiss.run(())>{text(move || t_string!(i18n, share.cancel))}</button>
        }
    };
    view! {
        <Show
            when=move || exists.get()
            fallback=move || view! {
                <div class="actions">
                    <button type="button" class="button primary" on:click=move |_| import.run(false)>{text(move || t_string!(i18n, share.import))}</button>
                    {cancel()}
                </div>
            }
        >
            <p>{text(move || same(i18n))}</p>
            <div class="actions">
                <button type="button" class="button primary" on:click=move |_| import.run(true)>{text(move || t_string!(i18n, share.replace))}</button>
                <button type="button" class="button" on:click=move |_| import.run(false)>{text(move || t_string!(i18n, share.both))}</button>
                {cancel()}
            </div>
        </Show>
    }
}

/// The share link in a field that selects itself, a copy button, and its QR code, or why there
/// is none (a link too long for a QR code: the file says the same).
#[component]
pub fn ShareLink(link: String) -> impl IntoView {
    let i18n = use_i18n();
    let code = qr_code(&link);
    let copied = link.clone();
    let copy = move |_| {
        let _ = window().navigator().clipboard().write_text(&copied);
    };
    view! {
        <label class="field">
            <span>{text(move || t_string!(i18n, share.link))}</span>
            <input type="text" readonly prop:value=link on:focus=move |ev| {
                use wasm_bindgen::JsCast;
                if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { input.select(); }
            } />
        </label>
        <button type="button" class="button" on:click=copy>{text(move || t_string!(i18n, share.copy))}</button>
        {match code {
            Ok(matrix) => view! { <QrCode matrix /> }.into_any(),
            Err(_) => view! { <p class="warning" role="note">{text(move || t_string!(i18n, share.qr_too_long))}</p> }.into_any(),
        }}
    }
}

/// A QR code as SVG: one rect per run of dark modules, inside the quiet zone readers need.
#[component]
fn QrCode(matrix: QrMatrix) -> impl IntoView {
    let i18n = use_i18n();
    let side = matrix.width() + 2 * QUIET_ZONE;
    let view_box = format!("0 0 {side} {side}");
    view! {
        <svg class="qr-code" viewBox=view_box width="280" height="280" role="img" shape-rendering="crispEdges"
            aria-label=move || t_string!(i18n, share.qr_label)>
            <rect width=side height=side fill="#fff"></rect>
            {matrix.dark_runs().into_iter().map(|(x, y, length)| view! {
                <rect x=x + QUIET_ZONE y=y + QUIET_ZONE width=length height="1" fill="#000"></rect>
            }).collect_view()}
        </svg>
    }
}
