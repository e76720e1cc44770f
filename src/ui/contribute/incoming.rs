//! A share link opened on this device: the profile it carries, checked like a file, shown as a
//! preview and imported only when the user confirms; a profile with the same id here is
//! replaced or kept beside it, as the user chooses. A hostile or broken link changes nothing.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;

use crate::address::{Address, Screen};
use crate::contributions::share::{decode_profile, ShareError};
use crate::contributions::{profile_id, Profile, SavedProfile};
use crate::records::{Change, Record, Stored};
use crate::ui::browser::dates::now;
use crate::ui::context::{use_address_bar, use_data};
use crate::ui::contribute::state::use_profiles;
use crate::ui::i18n::*;
use crate::ui::widgets::quote::SelfDescribedBadge;
use crate::ui::widgets::words::text;

use super::kind::kind_name;
use super::problems::{link_error, ProblemList};
use super::state::{random, taken_ids};

/// What the page's fragment carries.
#[derive(Clone)]
enum Opened {
    Profile(Profile),
    Proposal,
    Refused(ShareError),
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

#[component]
pub(super) fn Incoming() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let state = use_profiles();
    let bar = use_address_bar();
    let fragment = window().location().hash().unwrap_or_default();
    // A proposal's link belongs to the Workspace: this page does not carry the proposals' code.
    let opened = RwSignal::new((fragment.len() > 1).then(|| {
        if fragment.starts_with("#proposal.") {
            return Opened::Proposal;
        }
        match decode_profile(&fragment, &data.catalog) {
            Ok(p) => Opened::Profile(p),
            Err(e) => Opened::Refused(e),
        }
    }));
    let catalog = StoredValue::new(data.clone());
    let exists = move |id: &str| state.items.with(|all| all.iter().any(|r| r.id() == id));
    let import = move |replace: bool| {
        let Some(Opened::Profile(profile)) = opened.get_untracked() else {
            return;
        };
        let at = now();
        let mut record = SavedProfile {
            profile,
            revision: 0,
            created: at.clone(),
            updated: at,
        };
        let id = record.id().to_string();
        match state.stored(&id) {
            // A deleted profile comes back; a live one is replaced, or kept beside this one.
            Some(Stored::Deleted(t)) => record.revision = t.revision,
            Some(Stored::Live(mine)) if replace => record.revision = mine.revision,
            Some(Stored::Live(_)) => {
                let taken = catalog.with_value(|d| taken_ids(state, &d.catalog));
                let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
                record.profile.id = profile_id(&record.profile.name, &taken, random());
            }
            None => {}
        }
        spawn_local(async move {
            if let Ok(written) = state.write(vec![Change::Save(record)]).await {
                drop_fragment();
                opened.set(None);
                if let Some(saved) = written.into_iter().find_map(Stored::live) {
                    bar.go(&Address::new(Screen::Profile(saved.id().to_string())));
                }
            }
        });
    };
    let dismiss = move |_| {
        drop_fragment();
        opened.set(None);
    };
    move || {
        opened.get().map(|o| match o {
            Opened::Profile(profile) => {
                let id = profile.id.clone();
                let kind = profile.kind;
                view! {
                    <section class="card incoming" role="region" aria-labelledby="incoming-heading">
                        <h2 id="incoming-heading">{text(move || t_string!(i18n, contribute.incoming_title))}</h2>
                        <p class="card-title"><bdi>{profile.name.clone()}</bdi></p>
                        <p class="suggestion-meta"><SelfDescribedBadge /><span>{move || kind_name(i18n, kind)}</span>" · "<bdi>{profile.country.clone()}</bdi></p>
                        <ul class="quotes">
                            {profile.priorities.iter().map(|p| view! { <li><blockquote class="quote" dir="auto">{p.text.clone()}</blockquote></li> }).collect_view()}
                        </ul>
                        <Show
                            when=move || exists(&id)
                            fallback=move || view! {
                                <div class="actions">
                                    <button type="button" class="button primary" on:click=move |_| import(false)>{text(move || t_string!(i18n, contribute.incoming_import))}</button>
                                    <button type="button" class="button" on:click=dismiss>{text(move || t_string!(i18n, contribute.incoming_cancel))}</button>
                                </div>
                            }
                        >
                            <p>{text(move || t_string!(i18n, contribute.incoming_exists))}</p>
                            <div class="actions">
                                <button type="button" class="button primary" on:click=move |_| import(true)>{text(move || t_string!(i18n, contribute.incoming_replace))}</button>
                                <button type="button" class="button" on:click=move |_| import(false)>{text(move || t_string!(i18n, contribute.incoming_both))}</button>
                                <button type="button" class="button" on:click=dismiss>{text(move || t_string!(i18n, contribute.incoming_cancel))}</button>
                            </div>
                        </Show>
                    </section>
                }
                .into_any()
            }
            Opened::Proposal => view! {
                <p class="warning" role="alert">{text(move || t_string!(i18n, contribute.incoming_proposal))}</p>
            }
            .into_any(),
            Opened::Refused(error) => {
                let problems = match &error {
                    ShareError::Invalid(p) => p.clone(),
                    _ => Default::default(),
                };
                view! {
                    <div class="warning" role="alert">
                        <p>{move || link_error(i18n, &error)}</p>
                        <ProblemList problems />
                        <button type="button" class="button" on:click=dismiss>{text(move || t_string!(i18n, contribute.incoming_cancel))}</button>
                    </div>
                }
                .into_any()
            }
        })
    }
}
