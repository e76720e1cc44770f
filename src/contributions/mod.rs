//! Open the Dialogue: cities and partner organisations that the 2020 papers do not cover
//! describe themselves on their device, are matched at once, and hand their profiles and their
//! corrections of the dataset to its maintainers as a contribution file; drafts travel between
//! devices as links or QR codes. No browser API here: the UI stores profiles and draws codes.
//!
//! - [`Profile`]: what a city or organisation says about itself, in its own words, dated.
//! - [`with_profiles`]: the dataset extended with the device's profiles as cities, every fact
//!   citing the `self-described` document, for the match engine, the list and the map.
//! - [`parse`] / [`export`]: the contribution file (docs/contributions-format.md), checked in
//!   full with located, typed [`Problem`]s.
//! - [`merge`]: a contribution merged into the dataset, for `passerelle-cli contribution`.
//! - [`Mirror`]: the device's profiles as cities, for the pages that do not keep profiles.
//! - [`share`]: share links; [`qr_code`]: their QR codes.

mod base64url;
mod candidates;
mod check;
mod corrections;
mod file;
mod merge;
mod mirror;
mod problems;
mod profile;
mod qr;
mod record;
pub mod share;

pub use candidates::{self_described, with_profiles, Excluded, Extended, SelfDescribed};
pub use check::{check_profile, duplicate_of};
pub use corrections::{typed_value, Correction, FIELDS as CORRECTABLE_FIELDS};
pub use file::{export, parse, Contribution, ContributionError, FORMAT, MAX_FILE_BYTES, VERSION};
pub use merge::{merge, Change, Conflict, MergeError, Merged, OnConflict};
pub use mirror::{Mirror, MirrorError, MIRROR_KEY};
pub use problems::{Problem, ProblemKind, Problems, MAX_PROBLEMS};
pub use profile::{Location, NetworkRef, Profile, ProfileKind, StatedPriority, TableFacts};
pub use qr::{fits_qr, qr_code, QrError, QrMatrix, MAX_QR_BYTES, QUIET_ZONE};
pub use record::{profile_id, SavedProfile};
