//! How sure a suggestion is, and what a ranking as a whole rests on, as typed values the UI
//! words in the user's language ([`super::describe_warning`] is the English).

use serde::Serialize;

use super::evidence::STANCES;
use super::index::MatchIndex;
use super::{MatchError, MatchQuery};
use crate::data::Catalog;

/// How much quoted evidence a suggestion rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    /// Only networks, languages, wishes for a continent or the user's own preferences: no
    /// quotation of either city in the sectors at stake.
    Low,
    /// Some quoted evidence in the sectors at stake: one city's stance with the question's
    /// reading, a shared priority, an initiative, a challenge or a wish.
    Medium,
    /// Expertise of one meets a stated need or investment of the other, and at least three
    /// quotations back the pair in the sectors at stake.
    High,
}

impl Confidence {
    /// The quotations a High needs, offer and want included: one more that corroborates them.
    const HIGH_QUOTES: usize = 3;

    pub const ALL: [Confidence; 3] = [Confidence::High, Confidence::Medium, Confidence::Low];

    pub fn id(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        }
    }

    /// `strong`: some expertise meets a stated need or investment; `quoted`: how many
    /// quotations back the sectors the two engage in.
    pub(super) fn from_evidence(strong: bool, quoted: usize) -> Confidence {
        if strong && quoted >= Self::HIGH_QUOTES {
            Confidence::High
        } else if quoted > 0 {
            Confidence::Medium
        } else {
            Confidence::Low
        }
    }
}

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
