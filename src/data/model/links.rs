//! Networks, partnerships, funding and notes: how the cities are linked, what funds them, and
//! what the dataset says about its own readings.

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

#[cfg(schema)]
use super::formats::{FIRST_YEAR, LAST_YEAR, SLUG};
use super::sources::SourceRef;
use super::terms::{Continent, Mode, NetworkType, PartnershipStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum Scope {
    Global,
    Africa,
    Europe,
    Mediterranean,
    AfricaEurope,
    National,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[cfg_attr(schema, schemars(deny_unknown_fields, transform = super::formats::always_written))]
pub struct Network {
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub network_type: Option<NetworkType>,
    /// The passage of the second paper that names this network as an example of its type;
    /// `None` when the type is the dataset's own reading.
    pub type_source: Option<SourceRef>,
    pub scope: Scope,
    /// Member cities, as far as the sources name them.
    #[cfg_attr(schema, schemars(inner(pattern(SLUG))))]
    pub members: Vec<String>,
    #[cfg_attr(schema, schemars(range(min = FIRST_YEAR, max = LAST_YEAR)))]
    pub founded: Option<i32>,
    /// The size as the source states it ("50 local government members").
    pub size_text: Option<String>,
    #[cfg_attr(schema, schemars(inner(pattern(SLUG))))]
    pub sectors: Vec<String>,
    pub in_figure_1: bool,
    pub text: String,
    pub source: SourceRef,
    pub also_in: Vec<SourceRef>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PartnershipKind {
    Twinning,
    SisterCity,
    Bilateral,
    MultiCity,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[cfg_attr(schema, schemars(deny_unknown_fields, transform = super::formats::always_written))]
pub struct Partnership {
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub id: String,
    #[cfg_attr(schema, schemars(length(min = 2), inner(pattern(SLUG))))]
    pub cities: Vec<String>,
    #[cfg_attr(schema, schemars(inner(pattern(SLUG))))]
    pub sectors: Vec<String>,
    pub mode: Mode,
    #[cfg_attr(schema, schemars(range(min = FIRST_YEAR, max = LAST_YEAR)))]
    pub since: Option<i32>,
    pub status: PartnershipStatus,
    pub kind: PartnershipKind,
    /// The network the tie runs through, where the source names one.
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub network: Option<String>,
    #[cfg_attr(schema, schemars(inner(pattern(SLUG))))]
    pub funding: Vec<String>,
    pub summary: String,
    pub source: SourceRef,
    pub also_in: Vec<SourceRef>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FundingKind {
    /// A named fund, facility or programme.
    Instrument,
    /// An organisation that funds city work.
    Funder,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[cfg_attr(schema, schemars(deny_unknown_fields, transform = super::formats::always_written))]
pub struct Funding {
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub id: String,
    pub name: String,
    pub kind: FundingKind,
    pub provider: String,
    pub funds: String,
    pub for_whom: String,
    #[cfg_attr(schema, schemars(inner(pattern(SLUG))))]
    pub sectors: Vec<String>,
    /// Which cities it funds, as fields match-making can use, each backed by a quotation; empty
    /// where the sources do not say (`for_whom` is then the only description).
    #[serde(default)]
    pub eligibility: Vec<Eligibility>,
    #[cfg_attr(schema, schemars(range(min = FIRST_YEAR, max = LAST_YEAR)))]
    pub since: Option<i32>,
    pub text: String,
    pub source: SourceRef,
    pub also_in: Vec<SourceRef>,
}

/// A quoted passage showing which cities a funding entry funds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema), schemars(deny_unknown_fields, transform = super::formats::eligibility))]
pub struct Eligibility {
    /// Continents of the cities it funds.
    pub continents: Vec<Continent>,
    /// Networks whose member cities it funds.
    #[cfg_attr(schema, schemars(inner(pattern(SLUG))))]
    pub networks: Vec<String>,
    pub text: String,
    pub source: SourceRef,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum NoteKind {
    /// The two documents, or two passages, say different things.
    Disagreement,
    /// The text rendering of a source is wrong and the dataset corrects it.
    Correction,
    /// A reading the dataset makes (stances, modes, types).
    Editorial,
    /// Background a reader needs to interpret a value.
    Context,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct Note {
    #[cfg_attr(schema, schemars(pattern(SLUG)))]
    pub id: String,
    pub kind: NoteKind,
    pub text: String,
    pub sources: Vec<SourceRef>,
}
