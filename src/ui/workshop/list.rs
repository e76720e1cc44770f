//! The workshop sessions on this device: where they are kept, a new session, import of a
//! workshop file, and the list with each session's date, cities and plan.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address::{Address, Screen};
use crate::planner::Session;
use crate::ui::context::{use_address_bar, use_sessions};
use crate::ui::i18n::*;
use crate::ui::widgets::dates::LocalDate;
use crate::ui::widgets::link::AppLink;
use crate::ui::widgets::once_read::OnceRead;
use crate::ui::widgets::words::{text, text_owned};
use crate::ui::workshop::import::Import;
use crate::ui::workshop::state::{self, Keeping};

#[component]
pub fn SessionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let sessions = use_sessions();
    let bar = use_address_bar();
    let new_session = move |_| {
        spawn_local(async move {
            let session = state::create(sessions).await;
            bar.go(&Address::new(Screen::Session(session.id)));
        });
    };
    let listed = move || {
        let mut all = sessions.items.get();
        all.sort_by(|a, b| b.updated.cmp(&a.updated));
        all
    };
    view! {
        <div class="page workshop-page user-text">
            <h1>{text(move || t_string!(i18n, workshop.sessions_title))}</h1>
            <p class="lead">{text(move || t_string!(i18n, workshop.sessions_lead))}</p>
            <KeepingNotice />
            <div class="actions">
                <button type="button" class="button primary" on:click=new_session>{text(move || t_string!(i18n, workshop.create))}</button>
            </div>
            <Import />
            <section class="profile-section">
                <OnceRead keeping=sessions.keeping waiting=|i18n| t_string!(i18n, workshop.opening_all)>
                    <h2>{text_owned(move || t_string!(i18n, workshop.sessions_count, count = sessions.items.with(Vec::len)).into_owned())}</h2>
                    <ul class="session-list">
                        {move || listed().into_iter().map(|session| view! { <SessionCard session /> }).collect_view()}
                    </ul>
                </OnceRead>
            </section>
        </div>
    }
}

/// Where the sessions are kept, said plainly when it is not safe.
#[component]
pub(super) fn KeepingNotice() -> impl IntoView {
    let i18n = use_i18n();
    let sessions = use_sessions();
    move || match sessions.keeping.get() {
        Keeping::MemoryOnly => Some(view! {
            <p class="warning" role="alert">{text(move || t_string!(i18n, workshop.memory_only))}</p>
        }),
        _ => None,
    }
}

/// One session: its title as a link, when and how many cities, and whether it has a plan.
#[component]
fn SessionCard(session: Session) -> impl IntoView {
    let i18n = use_i18n();
    let title = {
        let session = session.clone();
        move || title_of(i18n, &session)
    };
    let to = Address::new(Screen::Session(session.id.clone()));
    let cities = session.cities.len();
    let planned = session.plan.is_some();
    let date = session.date.clone();
    view! {
        <li class="card">
            <h3 class="card-title"><AppLink to>{title}</AppLink></h3>
            <p class="card-subtitle">
                <LocalDate iso=date />" · "
                {text_owned(move || t_string!(i18n, workshop.city_count, count = cities).into_owned())}" · "
                {text(move || if planned { t_string!(i18n, workshop.planned) } else { t_string!(i18n, workshop.not_planned) })}
            </p>
        </li>
    }
}

/// The session's title, or a stand-in for an untitled one.
pub(super) fn title_of(i18n: crate::ui::context::I18n, session: &Session) -> String {
    if session.title.trim().is_empty() {
        t_string!(i18n, workshop.untitled).to_string()
    } else {
        session.title.clone()
    }
}
