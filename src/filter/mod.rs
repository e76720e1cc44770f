//! Faceted filtering of cities, with the number of results each facet value would give.
//!
//! Values combine with OR inside a facet and facets combine with AND. Sector and stance apply to
//! the same priority: "waste management" and "need" finds cities that need help with waste
//! management, not cities that need anything and mention waste management somewhere.

mod apply;
mod at_once;
mod facets;
mod sort;

pub use apply::{apply, Outcome};
pub use at_once::at_once;
pub use facets::{
    facet_values, population_band, role, CityFilter, Facet, ShareRange, POPULATION_BANDS,
    POPULATION_UNKNOWN, ROLE_PARTICIPANT, ROLE_PARTNER,
};
pub use sort::{sort, sort_by_city, SortKey};
