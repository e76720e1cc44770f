//! The Contribute page's first screen: a link opened from another device, a new profile, the
//! profiles of this device, the contribution file and corrections.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address::{Address, Screen};
use crate::contributions::{check_profile, Problems, ProfileKind};
use crate::records::Record;
use crate::ui::browser::records::state::Keeping;
use crate::ui::context::{use_address_bar, use_data, use_profiles};
use crate::ui::i18n::*;
use crate::ui::widgets::dates::LocalDate;
use crate::ui::widgets::link::AppLink;
use crate::ui::widgets::once_read::OnceRead;
use crate::ui::widgets::quote::SelfDescribedBadge;
use crate::ui::widgets::words::text;

use super::correction::CorrectionForm;
use super::exchange::{ExportFile, ImportFile};
use super::incoming::Incoming;
use super::kind::{kind_name, KindSelect};
use super::state;

#[component]
pub fn ContributePage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_profiles();
    let memory_only = move || state.keeping.with(|k| *k == Keeping::MemoryOnly);
    view! {
        <div class="page contribute-page user-text">
            <h1>{text(move || t_string!(i18n, contribute.title))}</h1>
            <p class="lead">{text(move || t_string!(i18n, contribute.lead))}</p>
            <Show when=memory_only>
                <p class="warning" role="alert">{text(move || t_string!(i18n, contribute.memory_only))}</p>
            </Show>
            <Incoming />
            <NewProfile />
            <ProfileList />
            <ExportFile />
            <ImportFile />
            <CorrectionForm />
        </div>
    }
}

/// Starts a profile from its name and kind, then opens its form.
#[component]
fn NewProfile() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_profiles();
    let data = use_data();
    let bar = use_address_bar();
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new(ProfileKind::City);
    let blank = move || name.with(|n| n.trim().is_empty());
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if blank() {
            return;
        }
        let data = data.clone();
        spawn_local(async move {
            let created = state::create(
                state,
                &data.catalog,
                &name.get_untracked(),
                kind.get_untracked(),
            )
            .await;
            bar.go(&Address::new(Screen::Profile(created.id().to_string())));
        });
    };
    view! {
        <section class="profile-section">
            <h2>{text(move || t_string!(i18n, contribute.new_title))}</h2>
            <form class="new-profile" on:submit=start>
                <label class="field">
                    <span>{text(move || t_string!(i18n, contribute.name))}</span>
                    <input type="text" dir="auto" maxlength="200" prop:value=name on:input=move |ev| name.set(event_target_value(&ev)) />
                </label>
                <KindSelect value=kind on_pick=move |k| kind.set(k) />
                <button type="submit" class="button primary" disabled=blank>{text(move || t_string!(i18n, contribute.create))}</button>
            </form>
        </section>
    }
}

/// The profiles described on this device, each with its badge, date and whether it is complete.
#[component]
fn ProfileList() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_profiles();
    let data = use_data();
    let rows = Memo::new(move |_| {
        state.items.with(|all| {
            all.iter()
                .map(|r| {
                    let mut problems = Problems::default();
                    check_profile(&r.profile, &data.catalog, "profile", &mut problems);
                    (r.profile.clone(), problems.is_empty())
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="profile-section" aria-labelledby="profiles-heading">
            <h2 id="profiles-heading">{text(move || t_string!(i18n, contribute.list_title))}</h2>
            <OnceRead keeping=state.keeping waiting=|i18n| t_string!(i18n, contribute.opening_all)>
                <Show when=move || rows.with(Vec::is_empty)>
                    <p class="hint">{text(move || t_string!(i18n, contribute.list_empty))}</p>
                </Show>
                <ul class="profile-list">
                    {move || rows.get().into_iter().map(|(profile, complete)| {
                        let to = Address::new(Screen::Profile(profile.id.clone()));
                        let kind = profile.kind;
                        view! {
                            <li class="card">
                                <h3 class="card-title"><AppLink to><bdi>{profile.name.clone()}</bdi></AppLink></h3>
                                <p class="suggestion-meta">
                                    <SelfDescribedBadge />
                                    <span>{move || kind_name(i18n, kind)}</span>
                                    " · "<LocalDate iso=profile.date.clone() />
                                    {(!complete).then(|| view! { <span class="badge badge-warning">{text(move || t_string!(i18n, contribute.incomplete))}</span> })}
                                </p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </OnceRead>
        </section>
    }
}
