//! What a ranking as a whole rests on, as typed values the UI words in the user's language
//! ([`super::describe_warning`] is the English).

use serde::Serialize;

use super::evidence::STANCES;
use super::index::MatchIndex;
use super::query::{MatchError, MatchQuery};
use crate::data::Catalog;

/// Something the user should know about a whole ranking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Warning {
    /// The focus city states no priority in the sources: the suggestions rest only on shared
    /// networks, languages and what the other cities state.
    FocusHasNoPriorities { city: String },
    /// The focus city states no stance in a sector asked for, so the sector was read as "the
    /// city wants to work on this": cities with expertise there rank on it, and so do cities that
    /// need or invest in it (co-development).
    SectorWithoutStance { city: String, sector: String },
}

/// The warnings of a query's ranking, in a fixed order.
pub fn warnings(
    catalog: &Catalog,
    index: &MatchIndex,
    query: &MatchQuery,
) -> Result<Vec<Warning>, MatchError> {
    let focus = catalog
        .city_index(&query.city)
        .ok_or_else(|| MatchError::UnknownCity(query.city.clone()))?;
    let asked = index.sector_positions(&query.sectors)?;
    let city = query.city.clone();
    let mut warnings = Vec::new();
    if catalog.cities()[focus].priorities.is_empty() {
        warnings.push(Warning::FocusHasNoPriorities { city: city.clone() });
    }
    warnings.extend(
        asked
            .into_iter()
            .filter(|&s| index.cell(focus, s).bits & STANCES == 0)
            .map(|s| Warning::SectorWithoutStance {
                city: city.clone(),
                sector: index.sector_id(s).to_string(),
            }),
    );
    Ok(warnings)
}
