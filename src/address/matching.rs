//! What an address asks of the match-making engine: the sector facet says what to match on, the
//! list's other filters which cities may be partners.

use super::state::Address;
use crate::data::Catalog;
use crate::filter::{self, CityFilter, Facet};
use crate::matching::MatchQuery;
use crate::search::SearchIndex;

impl Address {
    /// The list's filters without sector and stance: those say what to match on, not who.
    pub fn candidate_filter(&self) -> CityFilter {
        let mut candidates = self.filter.clone();
        candidates.set(Facet::Sector, []);
        candidates.set(Facet::Stance, []);
        candidates
    }

    /// The query for partners of `city` under this address's sectors, settings and filters.
    pub fn match_query(&self, city: &str, catalog: &Catalog, index: &SearchIndex) -> MatchQuery {
        let candidates = self.candidate_filter();
        let settings = &self.matching;
        MatchQuery {
            city: city.to_string(),
            sectors: self.filter.values(Facet::Sector).clone(),
            mode: settings.mode,
            ties: settings.ties,
            peers: settings.peers,
            cross_continental: settings.cross_continental,
            weights: settings.weights(),
            blind: false,
            candidates: (!candidates.is_empty()).then(|| {
                filter::apply(catalog, index, &candidates)
                    .cities
                    .into_iter()
                    .collect()
            }),
        }
    }
}
