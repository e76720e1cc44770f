//! The checks of the links between cities: networks, partnerships and the funding behind them.

use std::collections::BTreeSet;

use super::checker::Checker;
use crate::data::model::{Eligibility, Funding, Network, Partnership};

impl Checker<'_> {
    pub(super) fn check_network(&mut self, i: usize, network: &Network) {
        let path = format!("networks[{i}]");
        self.text(&path, "name", &network.name);
        self.text(&path, "text", &network.text);
        self.optional_text(&path, "size_text", network.size_text.as_deref());
        self.city_refs(&format!("{path}.members"), &network.members);
        self.sector_refs(&path, &network.sectors);
        self.year(&format!("{path}.founded"), network.founded);
        if let Some(type_source) = &network.type_source {
            if network.network_type.is_none() {
                self.issue(format!("{path}.type_source"), "a type_source needs a type");
            }
            self.source(&format!("{path}.type_source"), type_source);
        }
        self.source(&format!("{path}.source"), &network.source);
        self.sources(&format!("{path}.also_in"), &network.also_in);
    }

    pub(super) fn check_partnership(&mut self, i: usize, partnership: &Partnership) {
        let path = format!("partnerships[{i}]");
        let distinct: BTreeSet<&str> = partnership.cities.iter().map(String::as_str).collect();
        if distinct.len() < 2 {
            self.issue(
                format!("{path}.cities"),
                "a partnership links at least two different cities",
            );
        }
        self.city_refs(&format!("{path}.cities"), &partnership.cities);
        self.sector_refs(&path, &partnership.sectors);
        self.year(&format!("{path}.since"), partnership.since);
        if let Some(network) = &partnership.network {
            if !self.networks.contains(network.as_str()) {
                self.issue(
                    format!("{path}.network"),
                    format!("unknown network '{network}'"),
                );
            }
        }
        for (j, funding) in partnership.funding.iter().enumerate() {
            if !self.funding.contains(funding.as_str()) {
                self.issue(
                    format!("{path}.funding[{j}]"),
                    format!("unknown funding '{funding}'"),
                );
            }
        }
        self.text(&path, "summary", &partnership.summary);
        self.source(&format!("{path}.source"), &partnership.source);
        self.sources(&format!("{path}.also_in"), &partnership.also_in);
    }

    pub(super) fn check_eligibility(&mut self, path: &str, eligibility: &Eligibility) {
        if eligibility.continents.is_empty() && eligibility.networks.is_empty() {
            self.issue(path, "name at least one continent or network");
        }
        for (k, network) in eligibility.networks.iter().enumerate() {
            if !self.networks.contains(network.as_str()) {
                self.issue(
                    format!("{path}.networks[{k}]"),
                    format!("unknown network '{network}'"),
                );
            }
        }
        self.text(path, "text", &eligibility.text);
        self.source(&format!("{path}.source"), &eligibility.source);
    }

    pub(super) fn check_funding(&mut self, i: usize, funding: &Funding) {
        let path = format!("funding[{i}]");
        self.text(&path, "name", &funding.name);
        self.text(&path, "text", &funding.text);
        self.text(&path, "funds", &funding.funds);
        self.text(&path, "for_whom", &funding.for_whom);
        self.text(&path, "provider", &funding.provider);
        self.sector_refs(&path, &funding.sectors);
        for (j, eligibility) in funding.eligibility.iter().enumerate() {
            self.check_eligibility(&format!("{path}.eligibility[{j}]"), eligibility);
        }
        self.year(&format!("{path}.since"), funding.since);
        self.source(&format!("{path}.source"), &funding.source);
        self.sources(&format!("{path}.also_in"), &funding.also_in);
    }
}
