//! What the map of collaborations draws: where each city goes, which partnerships become arcs
//! under the user's filters, and, in focus mode, one city's ties and its best suggested partners.
//!
//! Coordinates are in the basemap's units (scripts/basemap.mjs), as [`geometry`] projects them.
//! The basemap is placed with [`basemap_frame`]; [`view`] says which part of [`frame`] the
//! picture shows, [`labels`] where the names go and [`curve`] which arc a tap hits.

pub mod curve;
pub mod geometry;
pub mod labels;
pub mod view;

pub use geometry::{basemap_frame, frame, project, unproject, Point, Rect};

/// The basemap drawn by scripts/basemap.mjs, beside the pages that show it.
pub const BASEMAP_URL: &str = "map/basemap.svg";

use std::collections::{BTreeMap, BTreeSet};

use crate::data::{Catalog, Partnership, PartnershipStatus};
use crate::filter::{CityFilter, Facet};
use crate::map::curve::Curve;
use crate::matching::{rank, MatchIndex, MatchQuery};

/// How many suggested partners focus mode draws.
pub const FOCUS_SUGGESTIONS: usize = 5;

/// What the user chose to see.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MapQuery {
    /// The list's filters: sector and network also narrow the arcs.
    pub filter: CityFilter,
    /// Partnership statuses to draw; empty draws all.
    pub statuses: BTreeSet<PartnershipStatus>,
    /// Focus mode: only this city's ties, and its best suggested partners.
    pub focus: Option<String>,
    /// Cities whose place is not known (profiles of this device that gave none): listed beside
    /// the map, never drawn at the coordinates they stand at.
    pub unlocated: BTreeSet<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// Position in [`Catalog::cities`].
    pub city: usize,
    pub at: Point,
    /// Outside the list's filters, shown only because a drawn arc ends there (never in focus
    /// mode, where every city shown is one of the focus city's ties or suggestions).
    pub faded: bool,
}

/// One line of a partnership: a partnership of more than two cities is drawn from its first
/// city to each of the others.
#[derive(Debug, Clone, PartialEq)]
pub struct Arc {
    /// Position in [`Catalog::partnerships`].
    pub partnership: usize,
    pub from: usize,
    pub to: usize,
    pub curve: Curve,
}

/// A suggested partner of the focus city, drawn as a dashed line.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggested {
    pub city: usize,
    pub curve: Curve,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct MapModel {
    pub markers: Vec<Marker>,
    pub arcs: Vec<Arc>,
    pub suggestions: Vec<Suggested>,
    /// Cities that match but lie outside the map (Madison): listed beside it.
    pub off_map: Vec<usize>,
    /// Partnerships drawn, in dataset order, for the legend and the text alternative.
    pub partnerships: Vec<usize>,
}

fn shows(
    partnership: &Partnership,
    filter: &CityFilter,
    statuses: &BTreeSet<PartnershipStatus>,
) -> bool {
    let sectors = filter.values(Facet::Sector);
    let networks = filter.values(Facet::Network);
    (statuses.is_empty() || statuses.contains(&partnership.status))
        && (sectors.is_empty() || partnership.sectors.iter().any(|s| sectors.contains(s)))
        && (networks.is_empty()
            || partnership
                .network
                .as_ref()
                .is_some_and(|n| networks.contains(n)))
}

impl MapModel {
    /// `listed` are the positions of the cities the list's filters keep.
    pub fn build(
        catalog: &Catalog,
        matcher: &MatchIndex,
        listed: &[usize],
        query: &MapQuery,
    ) -> MapModel {
        let focus = query.focus.as_deref().and_then(|id| catalog.city_index(id));
        let position = |c: usize| {
            let city = &catalog.cities()[c];
            project(city.lat, city.lon).filter(|_| !query.unlocated.contains(&c))
        };
        let mut model = MapModel::default();
        let mut ends = BTreeSet::new();
        // How many arcs already join each pair of cities: the next one bows further apart.
        let mut drawn: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        for (p, partnership) in catalog.partnerships().iter().enumerate() {
            let ids: Vec<usize> = catalog.members(partnership).collect();
            if !shows(partnership, &query.filter, &query.statuses)
                || focus.is_some_and(|f| !ids.contains(&f))
            {
                continue;
            }
            model.partnerships.push(p);
            let Some((&lead, others)) = ids.split_first() else {
                continue;
            };
            for &other in others {
                if let (Some(a), Some(b)) = (position(lead), position(other)) {
                    ends.extend([lead, other]);
                    let before = drawn.entry((lead.min(other), lead.max(other))).or_default();
                    model.arcs.push(Arc {
                        partnership: p,
                        from: lead,
                        to: other,
                        curve: Curve::between(a, b, *before),
                    });
                    *before += 1;
                }
            }
        }
        if let Some(focus) = focus {
            let mut ask = MatchQuery::new(catalog.cities()[focus].id.clone());
            ask.sectors = query.filter.values(Facet::Sector).clone();
            let from = position(focus);
            let suggestions = rank(catalog, matcher, &ask).unwrap_or_default();
            for suggestion in suggestions.into_iter().take(FOCUS_SUGGESTIONS) {
                let to = position(suggestion.city);
                if let (Some(a), Some(b)) = (from, to) {
                    ends.extend([focus, suggestion.city]);
                    model.suggestions.push(Suggested {
                        city: suggestion.city,
                        curve: Curve::between(a, b, 0),
                    });
                }
            }
            ends.insert(focus);
        }
        let listed: BTreeSet<usize> = match focus {
            // Focus mode shows the focus city's ties, not the whole list.
            Some(_) => BTreeSet::new(),
            None => listed.iter().copied().collect(),
        };
        for i in 0..catalog.cities().len() {
            if !listed.contains(&i) && !ends.contains(&i) {
                continue;
            }
            match position(i) {
                Some(at) => model.markers.push(Marker {
                    city: i,
                    at,
                    faded: focus.is_none() && !listed.contains(&i),
                }),
                None => model.off_map.push(i),
            }
        }
        model
    }
}
