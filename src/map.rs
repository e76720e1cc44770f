//! What the map of collaborations draws: where each city goes, which partnerships become arcs
//! under the user's filters, and, in focus mode, one city's ties and its best suggested partners.
//!
//! Coordinates are in the basemap's units (scripts/basemap.mjs): degrees times ten, latitude
//! upwards negative, longitudes narrowed by [`X_SCALE`] so that Europe is not stretched too far
//! sideways. The basemap is placed with [`basemap_frame`], the view shows [`view_box`].

use std::collections::BTreeSet;

use crate::data::{Catalog, City, Partnership, PartnershipStatus};
use crate::filter::{CityFilter, Facet};
use crate::matching::{rank, MatchIndex, MatchQuery};

/// Degrees of longitude per unit of latitude: the cosine of the map's middle latitude (about
/// 35 degrees), a compromise between Africa and Europe.
pub const X_SCALE: f64 = 0.82;
const UNITS_PER_DEGREE: f64 = 10.0;

/// The part of the world the map shows: Africa, Europe and the Middle East.
pub const WEST: f64 = -26.0;
pub const EAST: f64 = 60.0;
pub const SOUTH: f64 = -37.0;
pub const NORTH: f64 = 71.0;

/// How many suggested partners focus mode draws.
pub const FOCUS_SUGGESTIONS: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// Where a place goes on the map, or `None` outside the part the map shows.
pub fn project(lat: f64, lon: f64) -> Option<Point> {
    ((WEST..=EAST).contains(&lon) && (SOUTH..=NORTH).contains(&lat)).then(|| Point {
        x: lon * X_SCALE * UNITS_PER_DEGREE,
        y: -lat * UNITS_PER_DEGREE,
    })
}

/// The SVG `viewBox` of the map.
pub fn view_box() -> String {
    let x = WEST * X_SCALE * UNITS_PER_DEGREE;
    let y = -NORTH * UNITS_PER_DEGREE;
    let width = (EAST - WEST) * X_SCALE * UNITS_PER_DEGREE;
    let height = (NORTH - SOUTH) * UNITS_PER_DEGREE;
    format!("{x:.0} {y:.0} {width:.0} {height:.0}")
}

/// Where the whole-world basemap image goes: `(x, y, width, height)`.
pub fn basemap_frame() -> (f64, f64, f64, f64) {
    (
        -180.0 * X_SCALE * UNITS_PER_DEGREE,
        -90.0 * UNITS_PER_DEGREE,
        360.0 * X_SCALE * UNITS_PER_DEGREE,
        180.0 * UNITS_PER_DEGREE,
    )
}

/// A curved line from `from` to `to`, bowed to one side so that arcs between the same
/// cities in both directions, and arcs along one line, stay apart.
pub fn arc_path(from: Point, to: Point) -> String {
    let (dx, dy) = (to.x - from.x, to.y - from.y);
    let bow = 0.2;
    let control = Point {
        x: (from.x + to.x) / 2.0 - dy * bow,
        y: (from.y + to.y) / 2.0 + dx * bow,
    };
    format!(
        "M{:.1} {:.1}Q{:.1} {:.1} {:.1} {:.1}",
        from.x, from.y, control.x, control.y, to.x, to.y
    )
}

/// What the user chose to see.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MapQuery {
    /// The list's filters: sector and network also narrow the arcs.
    pub filter: CityFilter,
    /// Partnership statuses to draw; empty draws all.
    pub statuses: BTreeSet<PartnershipStatus>,
    /// Focus mode: only this city's ties, and its best suggested partners.
    pub focus: Option<String>,
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
    pub path: String,
}

/// A suggested partner of the focus city, drawn as a dashed line.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggested {
    pub city: usize,
    pub path: String,
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

fn position(city: &City) -> Option<Point> {
    project(city.lat, city.lon)
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
        let mut model = MapModel::default();
        let mut ends = BTreeSet::new();
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
                let cities = catalog.cities();
                if let (Some(a), Some(b)) = (position(&cities[lead]), position(&cities[other])) {
                    ends.extend([lead, other]);
                    model.arcs.push(Arc {
                        partnership: p,
                        from: lead,
                        to: other,
                        path: arc_path(a, b),
                    });
                }
            }
        }
        if let Some(focus) = focus {
            let mut ask = MatchQuery::new(catalog.cities()[focus].id.clone());
            ask.sectors = query.filter.values(Facet::Sector).clone();
            let from = position(&catalog.cities()[focus]);
            let suggestions = rank(catalog, matcher, &ask).unwrap_or_default();
            for suggestion in suggestions.into_iter().take(FOCUS_SUGGESTIONS) {
                let to = position(&catalog.cities()[suggestion.city]);
                if let (Some(a), Some(b)) = (from, to) {
                    ends.extend([focus, suggestion.city]);
                    model.suggestions.push(Suggested {
                        city: suggestion.city,
                        path: arc_path(a, b),
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
        for (i, city) in catalog.cities().iter().enumerate() {
            if !listed.contains(&i) && !ends.contains(&i) {
                continue;
            }
            match position(city) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_inside_the_frame_are_projected_and_others_are_not() {
        let dakar = project(14.7, -17.4).expect("Dakar is on the map");
        let zurich = project(47.4, 8.5).expect("Zürich is on the map");
        assert!(
            dakar.x < zurich.x && dakar.y > zurich.y,
            "west and south of Zürich"
        );
        assert_eq!(project(43.1, -89.4), None, "Madison is off the map");
    }

    #[test]
    fn an_arc_bows_to_the_side_and_ends_at_both_cities() {
        let path = arc_path(Point { x: 0.0, y: 0.0 }, Point { x: 100.0, y: 0.0 });
        assert_eq!(path, "M0.0 0.0Q50.0 20.0 100.0 0.0");
    }
}
