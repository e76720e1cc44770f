//! Starting a proposal from a suggestion or a group.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address::{Address, Screen};
use crate::filter::Facet;
use crate::proposals::Origin;
use std::sync::Arc;

use crate::matching::Reason;
use crate::ui::context::{
    use_address_bar, use_data, use_proposals, use_terms, AddressBar, AppData, I18n, ProposalsState,
    Terms,
};
use crate::ui::i18n::use_i18n;
use crate::ui::workspace::matching::reasons::reason_record;
use crate::ui::workspace::proposals::state as proposals;

/// What starting a proposal from a match needs, gathered while rendering (event handlers cannot
/// look up contexts).
#[derive(Clone, Copy)]
pub(super) struct ProposalStarter {
    state: ProposalsState,
    bar: AddressBar,
    i18n: I18n,
    terms: Terms,
    data: StoredValue<Arc<AppData>>,
}

impl ProposalStarter {
    pub(super) fn new() -> Self {
        ProposalStarter {
            state: use_proposals(),
            bar: use_address_bar(),
            i18n: use_i18n(),
            terms: use_terms(),
            data: StoredValue::new(use_data()),
        }
    }

    /// Starts a proposal with `cities` and the address's sectors and mode, keeping the reasons
    /// in the interface language as context, and opens it.
    pub(super) fn start(self, cities: Vec<String>, kind: &'static str, reasons: &[Reason]) {
        let reasons: Vec<String> = reasons
            .iter()
            .map(|r| {
                self.data
                    .with_value(|data| reason_record(self.i18n, data, self.terms, r))
            })
            .collect();
        let (state, bar) = (self.state, self.bar);
        let (sectors, mode, embed) = bar.current.with_untracked(|a| {
            let sectors: Vec<String> = a.filter.values(Facet::Sector).iter().cloned().collect();
            (sectors, a.matching.mode, a.embed)
        });
        spawn_local(async move {
            let created = proposals::create(state, move |p| {
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
            bar.go(&Address::new(Screen::Proposal(created.id)).embedded(embed));
        });
    }
}
