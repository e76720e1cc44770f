//! A proposal started from a link (a profile, a match, another page).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address::{Address, Screen};
use crate::ui::context::{use_address, use_address_bar, use_proposals};
use crate::ui::i18n::*;
use crate::ui::widgets::words::text;
use crate::ui::workspace::proposals::state::{self, Keeping};

/// Starts a proposal from a link (a profile, another page) and opens it in place of the link,
/// so reloading or going back does not start another.
#[component]
pub fn NewProposal(cities: Vec<String>, from: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_proposals();
    let address = use_address();
    let bar = use_address_bar();
    let started = StoredValue::new(false);
    Effect::new(move |_| {
        if state.keeping.with(|k| *k == Keeping::Opening) || started.get_value() {
            return;
        }
        started.set_value(true);
        let (cities, from) = (cities.clone(), from.clone());
        let sectors: Vec<String> = address.with_untracked(|r| {
            r.filter
                .values(crate::filter::Facet::Sector)
                .iter()
                .cloned()
                .collect()
        });
        let embed = address.with_untracked(|r| r.embed);
        spawn_local(async move {
            let created = state::create(state, move |p| {
                for c in &cities {
                    p.add_city(c);
                }
                p.sectors = sectors;
                p.origin = Some(crate::proposals::Origin {
                    kind: from,
                    reasons: Vec::new(),
                });
            })
            .await;
            bar.replace(&Address::new(Screen::Proposal(created.id)).embedded(embed));
        });
    });
    view! { <p class="loading page">{text(move || t_string!(i18n, proposal.opening))}</p> }
}
