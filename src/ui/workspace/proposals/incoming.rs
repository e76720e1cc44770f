//! A share link opened in the Workspace: the proposal it carries, checked like a file, shown as
//! a preview and imported only when the user confirms; a proposal with the same id here is
//! replaced or kept beside it, as the user chooses. A hostile or broken link changes nothing
//! and says why; a profile's link is sent on to the Contribute page.

use leptos::prelude::*;

use crate::address::{Page, Screen};
use crate::contributions::share::decode_proposal;
use crate::data::vocabulary::TermKind;
use crate::records::{arriving, Record};
use crate::ui::browser::dates::now;
use crate::ui::browser::ids::fresh_id;
use crate::ui::context::{use_data, use_proposals};
use crate::ui::i18n::*;
use crate::ui::widgets::share::{
    arrival, forget, keep_arrival, link_error, Arrival, ArrivalChoice,
};
use crate::ui::widgets::terms::TermName;
use crate::ui::widgets::words::text;
use crate::ui::workspace::proposals::wording;

#[component]
pub(super) fn Incoming() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let state = use_proposals();
    let catalog = data.clone();
    let opened = arrival("#profile.", Page::Contribute, move |fragment| {
        decode_proposal(fragment, &catalog.catalog).map(Box::new)
    });
    let import = move |replace: bool| {
        let Some(Arrival::Item(incoming)) = opened.get_untracked() else {
            return;
        };
        let stored = state.stored(incoming.id());
        let record = arriving(*incoming, stored.as_ref(), replace, fresh_id, &now());
        keep_arrival(state, record, opened, Screen::Proposal);
    };
    move || {
        opened.get().map(|o| match o {
            Arrival::Item(proposal) => {
                let id = proposal.id.clone();
                let status = proposal.status;
                let cities: Vec<String> = proposal
                    .cities
                    .iter()
                    .map(|c| data.catalog.city(&c.city).map_or_else(|| c.city.clone(), |city| city.name.clone()))
                    .collect();
                view! {
                    <section class="card incoming" role="region" aria-labelledby="incoming-heading">
                        <h2 id="incoming-heading">{text(move || t_string!(i18n, share.incoming_proposal))}</h2>
                        <p class="card-title"><bdi>{proposal.title.clone()}</bdi></p>
                        <p class="suggestion-meta">{text(move || wording::status(i18n, status))}" · "{cities.join(", ")}</p>
                        <p class="chips">
                            {proposal.sectors.iter().map(|s| view! { <span class="chip"><TermName kind=TermKind::Sector id=s.clone() /></span> }).collect_view()}
                        </p>
                        {(!proposal.goals.is_empty()).then(|| view! { <p dir="auto">{proposal.goals.clone()}</p> })}
                        <ArrivalChoice
                            exists=Signal::derive(move || state.holds(&id))
                            same=|i18n| t_string!(i18n, share.exists)
                            import=Callback::new(import)
                            dismiss=Callback::new(move |()| forget(opened))
                        />
                    </section>
                }
                .into_any()
            }
            Arrival::Elsewhere(link) => view! {
                <p class="note" role="status"><a href=link>{text(move || t_string!(i18n, share.open_profile))}</a></p>
            }
            .into_any(),
            Arrival::Refused(error) => view! {
                <div class="warning" role="alert">
                    <p>{move || link_error(i18n, &error)}</p>
                    <button type="button" class="button" on:click=move |_| forget(opened)>{text(move || t_string!(i18n, share.cancel))}</button>
                </div>
            }
            .into_any(),
        })
    }
}
