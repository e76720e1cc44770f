//! The proposals on this device: where they are kept, progress, new proposals, export of all,
//! import, and the list.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address::{Address, Screen};
use crate::proposals::exchange;
use crate::proposals::list::{progress, recent_changes};
use crate::proposals::markdown::to_markdown;
use crate::ui::browser::dates::now;
use crate::ui::browser::files::download;
use crate::ui::chrome::embed::EmbedStorageNote;
use crate::ui::context::{use_address, use_address_bar, use_data, use_proposals};
use crate::ui::i18n::*;
use crate::ui::widgets::dates::LocalDate;
use crate::ui::widgets::once_read::OnceRead;
use crate::ui::widgets::words::text;
use crate::ui::workspace::proposals::import::Import;
use crate::ui::workspace::proposals::incoming::Incoming;
use crate::ui::workspace::proposals::proposal_list::ProposalList;
use crate::ui::workspace::proposals::state::{self, Keeping};
use crate::ui::workspace::proposals::wording;
use crate::ui::workspace::proposals::wording::Words;

#[component]
pub fn ProposalsPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_proposals();
    let address = use_address();
    let bar = use_address_bar();
    let new_proposal = move |_| {
        spawn_local(async move {
            let p = state::create(state, |_| {}).await;
            bar.go(
                &Address::new(Screen::Proposal(p.id)).embedded(address.with_untracked(|a| a.embed))
            );
        });
    };
    view! {
        <div class="page proposals-page user-text">
            <h1>{text(move || t_string!(i18n, proposals.title))}</h1>
            <p class="lead">{text(move || t_string!(i18n, proposals.lead))}</p>
            <KeepingNotice />
            <EmbedStorageNote />
            <Incoming />
            <div class="actions">
                <button type="button" class="button primary" on:click=new_proposal>{text(move || t_string!(i18n, proposals.create))}</button>
                <ExportAll />
            </div>
            <Import />
            <OnceRead keeping=state.keeping waiting=|i18n| t_string!(i18n, proposal.opening)>
                <Progress />
                <ProposalList />
            </OnceRead>
        </div>
    }
}

/// Where the proposals are kept, said plainly when it is not safe.
#[component]
pub(super) fn KeepingNotice() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_proposals();
    move || {
        match state.keeping.get() {
        Keeping::MemoryOnly => view! {
            <p class="warning" role="alert">{text(move || t_string!(i18n, proposal.memory_only))}</p>
        }
        .into_any(),
        Keeping::Stored { persistent: Some(false) } => {
            view! { <p class="note">{text(move || t_string!(i18n, proposals.not_persistent))}</p> }.into_any()
        }
        Keeping::Stored { persistent: Some(true) } => {
            view! { <p class="note">{text(move || t_string!(i18n, proposals.persistent))}</p> }.into_any()
        }
        _ => ().into_any(),
    }
    }
}

#[component]
pub(super) fn ExportAll() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let state = use_proposals();
    let stamp = || now().get(..10).unwrap_or("export").to_string();
    let json = move |_| {
        let file = state
            .items
            .with_untracked(|all| exchange::export(all, &now()));
        let _ = download(
            &format!("passerelle-proposals-{}.json", stamp()),
            "application/json",
            &file,
        );
    };
    let words = Words::current();
    let markdown = move |_| {
        let text = state
            .items
            .with_untracked(|all| to_markdown(all, &data.catalog, &words));
        let _ = download(
            &format!("passerelle-proposals-{}.md", stamp()),
            "text/markdown",
            &text,
        );
    };
    let empty = move || state.items.with(Vec::is_empty);
    view! {
        <button type="button" class="button" disabled=empty on:click=json>{text(move || t_string!(i18n, proposals.export_all_json))}</button>
        <button type="button" class="button" disabled=empty on:click=markdown>{text(move || t_string!(i18n, proposals.export_all_markdown))}</button>
    }
}

/// How many proposals are at each status, and what changed recently.
#[component]
pub(super) fn Progress() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_proposals();
    view! {
        <section class="profile-section two-columns">
            <div>
                <h2>{text(move || t_string!(i18n, proposals.progress))}</h2>
                <dl class="progress">
                    {move || state.items.with(|all| progress(all)).into_iter().map(|(status, n)| view! {
                        <div><dt>{text(move || wording::status(i18n, status))}</dt><dd>{n}</dd></div>
                    }).collect_view()}
                </dl>
            </div>
            <div>
                <h2 id="recent-changes">{text(move || t_string!(i18n, proposals.recent))}</h2>
                <ol class="history" aria-labelledby="recent-changes">
                    {move || state.items.with(|all| recent_changes(all, 6)).into_iter().map(|change| {
                        let title = if change.title.trim().is_empty() { t_string!(i18n, proposal.untitled).to_string() } else { change.title.clone() };
                        view! { <li><LocalDate iso=change.at.clone() />" · "<bdi>{title}</bdi>" → "{text(move || wording::status(i18n, change.status))}</li> }
                    }).collect_view()}
                </ol>
            </div>
        </section>
    }
}
