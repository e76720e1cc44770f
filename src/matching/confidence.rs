//! How sure a suggestion is, as a typed value the UI words in the user's language.

use serde::Serialize;
use strum::{IntoStaticStr, VariantArray};

/// How much quoted evidence a suggestion rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
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
