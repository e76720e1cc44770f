//! The profiles of this device: the records of `browser::records`, of kind [`SavedProfile`].

use leptos::prelude::*;

use crate::contributions::{ProfileKind, SavedProfile};
use crate::data::Catalog;
use crate::records::{Record, Stored};
use crate::ui::browser::dates::now;
use crate::ui::browser::ids::fresh_id;
use crate::ui::browser::records::session::Session;
use crate::ui::browser::records::state::Records;

pub type ProfilesState = Records<SavedProfile>;

/// The edit session of one profile.
pub type Editing = Session<SavedProfile>;

/// Opens the profiles of this device for the page (step 7 of [`crate::ui::context`]).
pub fn provide() {
    provide_context(ProfilesState::open(fresh_id()));
}

/// The ids a new profile must not take: the dataset's cities, and every profile stored here,
/// deleted ones included (a save on a deletion is refused as a conflict).
pub fn taken_ids(state: ProfilesState, catalog: &Catalog) -> Vec<String> {
    let mut taken: Vec<String> = catalog.cities().iter().map(|c| c.id.clone()).collect();
    taken.extend(state.everything().iter().map(|s| match s {
        Stored::Live(r) => r.id().to_string(),
        Stored::Deleted(t) => t.id.clone(),
    }));
    taken.extend(
        state
            .items
            .with_untracked(|all| all.iter().map(|r| r.id().to_string()).collect::<Vec<_>>()),
    );
    taken
}

/// A random number for the id of a profile whose name has no Latin letter.
pub fn random() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// Creates and stores a profile named `name` (see [`Records::create`]).
pub async fn create(
    state: ProfilesState,
    catalog: &Catalog,
    name: &str,
    kind: ProfileKind,
) -> SavedProfile {
    let taken = taken_ids(state, catalog);
    let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
    let record = SavedProfile::new(name, kind, &taken, random(), &now());
    state.create(record).await
}
