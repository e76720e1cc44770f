//! A share link opened on this device: the profile it carries, checked like a file, shown as a
//! preview and imported only when the user confirms; a profile with the same id here is
//! replaced or kept beside it, as the user chooses. A hostile or broken link changes nothing.

use leptos::prelude::*;

use crate::address::{Page, Screen};
use crate::contributions::share::{decode_profile, ShareError};
use crate::contributions::{profile_id, SavedProfile};
use crate::records::{arriving, Record};
use crate::ui::browser::dates::now;
use crate::ui::context::{use_data, use_profiles};
use crate::ui::i18n::*;
use crate::ui::widgets::quote::SelfDescribedBadge;
use crate::ui::widgets::share::{
    arrival, forget, keep_arrival, link_error, Arrival, ArrivalChoice,
};
use crate::ui::widgets::words::text;

use super::kind::kind_name;
use super::problems::ProblemList;
use super::state::{random, taken_ids};

#[component]
pub(super) fn Incoming() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let state = use_profiles();
    let catalog = data.clone();
    let opened = arrival("#proposal.", Page::Workspace, move |fragment| {
        decode_profile(fragment, &catalog.catalog)
    });
    let catalog = StoredValue::new(data.clone());
    let import = move |replace: bool| {
        let Some(Arrival::Item(profile)) = opened.get_untracked() else {
            return;
        };
        let at = now();
        let incoming = SavedProfile {
            profile,
            revision: 0,
            created: at.clone(),
            updated: at.clone(),
        };
        let new_id = || {
            let taken = catalog.with_value(|d| taken_ids(state, &d.catalog));
            let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
            profile_id(&incoming.profile.name, &taken, random())
        };
        let stored = state.stored(incoming.id());
        let record = arriving(incoming.clone(), stored.as_ref(), replace, new_id, &at);
        keep_arrival(state, record, opened, Screen::Profile);
    };
    move || {
        opened.get().map(|o| match o {
            Arrival::Item(profile) => {
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
                        <ArrivalChoice
                            exists=Signal::derive(move || state.holds(&id))
                            same=|i18n| t_string!(i18n, contribute.incoming_exists)
                            import=Callback::new(import)
                            dismiss=Callback::new(move |()| forget(opened))
                        />
                    </section>
                }
                .into_any()
            }
            Arrival::Elsewhere(link) => view! {
                <p class="note" role="status"><a href=link>{text(move || t_string!(i18n, share.open_proposal))}</a></p>
            }
            .into_any(),
            Arrival::Refused(error) => {
                let problems = match &error {
                    ShareError::Invalid(p) => p.clone(),
                    _ => Default::default(),
                };
                view! {
                    <div class="warning" role="alert">
                        <p>{move || link_error(i18n, &error)}</p>
                        <ProblemList problems />
                        <button type="button" class="button" on:click=move |_| forget(opened)>{text(move || t_string!(i18n, share.cancel))}</button>
                    </div>
                }
                .into_any()
            }
        })
    }
}
