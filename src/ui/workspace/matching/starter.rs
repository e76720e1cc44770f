//! Starting a proposal from a suggestion or a group.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address::{Address, Screen};
use crate::filter::Facet;
use crate::proposals::Origin;
use crate::ui::context::{use_address_bar, use_proposals, AddressBar, ProposalsState};
use crate::ui::workspace::proposals::state as proposals;

/// What starting a proposal from a match needs, gathered while rendering (event handlers cannot
/// look up contexts).
#[derive(Clone, Copy)]
pub(super) struct ProposalStarter {
    state: ProposalsState,
    bar: AddressBar,
}

impl ProposalStarter {
    pub(super) fn new() -> Self {
        ProposalStarter {
            state: use_proposals(),
            bar: use_address_bar(),
        }
    }

    /// Starts a proposal with `cities` and the address's sectors and mode, keeping the reasons
    /// as context, and opens it.
    pub(super) fn start(self, cities: Vec<String>, kind: &'static str, reasons: Vec<String>) {
        let (sectors, mode, embed) = self.bar.current.with_untracked(|a| {
            let sectors: Vec<String> = a.filter.values(Facet::Sector).iter().cloned().collect();
            (sectors, a.matching.mode, a.embed)
        });
        spawn_local(async move {
            let created = proposals::create(self.state, move |p| {
                for c in &cities {
                    p.add_city(c);
                }
                p.sectors = sectors;
                p.mode = mode;
                p.origin = Some(Origin {
                    kind: kind.to_string(),
                    reasons,
                });
            })
            .await;
            self.bar
                .go(&Address::new(Screen::Proposal(created.id)).embedded(embed));
        });
    }
}
