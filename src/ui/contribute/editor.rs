//! One profile, edited in place in a [`Session`]: every change kept as an unsaved copy at once
//! and saved shortly after, the save state always visible; then its partners and its share link.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address::{Address, Screen};
use crate::contributions::share::encode_profile;
use crate::contributions::{check_profile, duplicate_of, Problems, SavedProfile};
use crate::records::Record;
use crate::ui::browser::dates::now;
use crate::ui::context::{use_address_bar, use_data, use_profiles};
use crate::ui::i18n::*;
use crate::ui::widgets::dates::LocalDate;
use crate::ui::widgets::link::AppLink;
use crate::ui::widgets::once_read::OnceRead;
use crate::ui::widgets::quote::SelfDescribedBadge;
use crate::ui::widgets::save_state::SaveStatus;
use crate::ui::widgets::share::ShareSection;
use crate::ui::widgets::words::text;

use super::fields::{FactsFields, IdentityFields, LanguagesField, NetworksField};
use super::matches::Partners;
use super::priorities::PrioritiesField;
use super::problems::ProblemList;
use super::state::Editing;

#[component]
pub fn ProfileEditor(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_profiles();
    view! {
        <OnceRead keeping=state.keeping waiting=|i18n| t_string!(i18n, contribute.opening)>
            {
                let id = id.clone();
                move || match state.find(&id) {
                    Some(initial) => view! { <EditorFor initial /> }.into_any(),
                    None => view! {
                        <div class="page status-screen" role="alert">
                            <h1>{text(move || t_string!(i18n, contribute.missing))}</h1>
                            <p><AppLink to=Address::new(Screen::Contribute) class="button primary">{text(move || t_string!(i18n, contribute.back))}</AppLink></p>
                        </div>
                    }.into_any(),
                }
            }
        </OnceRead>
    }
}

#[component]
fn EditorFor(initial: SavedProfile) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let editing = Editing::open(initial, use_profiles());
    let draft = editing.draft;
    let problems = {
        let data = data.clone();
        Memo::new(move |_| {
            let mut found = Problems::default();
            draft.with(|r| check_profile(&r.profile, &data.catalog, "profile", &mut found));
            found
        })
    };
    let duplicate = Memo::new(move |_| {
        draft.with(|r| duplicate_of(&r.profile, &data.catalog).map(|c| c.name.clone()))
    });
    view! {
        <article class="page profile-editor user-text">
            <p><AppLink to=Address::new(Screen::Contribute)>{text(move || t_string!(i18n, contribute.back))}</AppLink></p>
            <h1 dir="auto"><bdi>{move || draft.with(|r| r.profile.name.clone())}</bdi></h1>
            <p class="suggestion-meta">
                <SelfDescribedBadge />
                <span>{text(move || t_string!(i18n, contribute.described_on))}" "</span>
                {move || view! { <LocalDate iso=draft.with(|r| r.profile.date.clone()) /> }}
            </p>
            <p class="hint">{text(move || t_string!(i18n, contribute.self_described_note))}</p>
            <SaveStatus state=editing.save_state keeping=editing.records.keeping not_saved=|i18n, reason| t_string!(i18n, contribute.not_saved, reason).into_owned() />
            <ConflictChoice editing />
            {move || duplicate.get().map(|city| view! {
                <p class="warning" role="note">{t_string!(i18n, contribute.duplicate, city = city).into_owned()}</p>
            })}
            <IdentityFields editing />
            <LanguagesField editing />
            <NetworksField editing />
            <PrioritiesField editing />
            <FactsFields editing />
            <Show when=move || problems.with(|p| !p.is_empty())>
                <section class="card warning" aria-labelledby="gaps-heading">
                    <h2 id="gaps-heading">{text(move || t_string!(i18n, contribute.gaps_title))}</h2>
                    <ProblemList problems=Signal::derive(move || problems.get()) />
                </section>
            </Show>
            <Partners id=draft.with_untracked(|r| r.profile.id.clone()) />
            <ShareSection
                hint=|i18n| t_string!(i18n, contribute.share_hint)
                screen=Screen::Contribute
                encode=Callback::new(move |()| editing.draft.with(|r| encode_profile(&r.profile)))
                ready=Signal::derive(move || problems.with(Problems::is_empty))
                not_ready=|i18n| t_string!(i18n, contribute.share_incomplete)
            />
            <DeleteProfile editing />
        </article>
    }
}

/// After another tab saved or deleted this profile: keep this version or take the other.
#[component]
fn ConflictChoice(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let bar = use_address_bar();
    let take_theirs = move |_| {
        if editing.take_theirs().is_none() {
            bar.go(&Address::new(Screen::Contribute));
        }
    };
    view! {
        <Show when=move || editing.conflict.with(Option::is_some)>
            <section class="card conflict" role="alertdialog" aria-labelledby="conflict-title">
                <h2 id="conflict-title">{text(move || t_string!(i18n, contribute.conflict_title))}</h2>
                <div class="actions">
                    <button type="button" class="button primary" on:click=move |_| editing.keep_mine()>{text(move || t_string!(i18n, proposal.keep_mine))}</button>
                    <button type="button" class="button" on:click=take_theirs>{text(move || t_string!(i18n, proposal.take_theirs))}</button>
                </div>
            </section>
        </Show>
    }
}

/// Deletes the profile from this device, after a confirmation.
#[component]
fn DeleteProfile(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let bar = use_address_bar();
    let asking = RwSignal::new(false);
    let delete = move |_| {
        let (id, base) = editing
            .draft
            .with_untracked(|r| (r.id().to_string(), r.revision()));
        spawn_local(async move {
            if editing.records.delete(&id, base, &now()).await.is_ok() {
                bar.go(&Address::new(Screen::Contribute));
            }
        });
    };
    view! {
        <section class="profile-section">
            <Show
                when=move || asking.get()
                fallback=move || view! { <button type="button" class="button" on:click=move |_| asking.set(true)>{text(move || t_string!(i18n, contribute.delete))}</button> }
            >
                <p role="alert">{text(move || t_string!(i18n, contribute.delete_confirm))}</p>
                <div class="actions">
                    <button type="button" class="button danger" on:click=delete>{text(move || t_string!(i18n, contribute.delete_yes))}</button>
                    <button type="button" class="button" on:click=move |_| asking.set(false)>{text(move || t_string!(i18n, contribute.delete_no))}</button>
                </div>
            </Show>
        </section>
    }
}
