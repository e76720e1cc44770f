//! Writing an address as a query string and as a link from one of the pages.

use form_urlencoded::Serializer;

use super::screen::{Page, Screen};
use super::state::Address;
use crate::id::Id;
use crate::matching::{TiePolicy, Weights};

impl Address {
    /// The link to this address from `from`: the query alone on the same page, the other
    /// page's file with it otherwise.
    pub fn href(&self, from: Page) -> String {
        let query = self.to_query();
        let target = self.screen.page();
        match (target == from, query.as_str()) {
            (true, _) => query,
            (false, "?") => target.file().to_string(),
            (false, _) => format!("{}{query}", target.file()),
        }
    }

    /// A CSS selector for the links to this address in the main content of `from`, so that
    /// coming back to a screen can give the focus to the link the user followed. The query is
    /// percent-encoded: no quote or backslash to escape.
    pub fn link_selector(&self, from: Page) -> String {
        format!("main a[href=\"{}\"]", self.href(from))
    }

    /// The query string for this address, starting with `?`; defaults are left out.
    pub fn to_query(&self) -> String {
        let mut query = Serializer::for_suffix(String::from("?"), 1);
        if self.screen != Screen::List {
            query.append_pair("view", self.screen.id());
        }
        match &self.screen {
            Screen::City(id) | Screen::Match(Some(id)) | Screen::Map(Some(id)) => {
                query.append_pair("city", id);
            }
            Screen::Proposal(id) | Screen::Session(id) | Screen::Profile(id) => {
                query.append_pair("id", id);
            }
            Screen::EmbedCode(of) => {
                query.append_pair("of", of);
            }
            Screen::NewProposal { cities, from } => {
                query.append_pair("city", &cities.join(","));
                query.append_pair("from", from);
            }
            _ => {}
        }
        for (facet, values) in self.filter.selections() {
            let values: Vec<&str> = values.iter().map(String::as_str).collect();
            query.append_pair(facet.id(), &values.join(","));
        }
        if self.filter.share.is_set() {
            let bound = |b: Option<u8>| b.map(|v| v.to_string()).unwrap_or_default();
            let (min, max) = (bound(self.filter.share.min), bound(self.filter.share.max));
            query.append_pair("share", &format!("{min}-{max}"));
        }
        if !self.filter.query.trim().is_empty() {
            query.append_pair("q", &self.filter.query);
        }
        if self.sort != Default::default() {
            query.append_pair("sort", &self.sort.id());
        }
        let matching = &self.matching;
        if matching.ties != TiePolicy::default() {
            query.append_pair("ties", matching.ties.id());
        }
        if let Some(mode) = matching.mode {
            query.append_pair("mode", mode.id());
        }
        if matching.peers {
            query.append_pair("peers", "1");
        }
        if matching.cross_continental {
            query.append_pair("cross", "1");
        }
        if let Some(weights) = matching
            .weights
            .filter(|w| *w != Weights::for_mode(matching.mode))
        {
            let english = &crate::format::ENGLISH;
            let list = weights
                .to_list()
                .map(|w| crate::format::decimal(w, 3, english));
            query.append_pair("weights", &list.join(","));
        }
        if !self.statuses.is_empty() {
            let ids: Vec<&str> = self.statuses.iter().map(|s| s.id()).collect();
            query.append_pair("status", &ids.join(","));
        }
        if self.embed {
            query.append_pair("embed", "1");
        }
        query.finish()
    }
}
