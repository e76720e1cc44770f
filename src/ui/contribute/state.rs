//! The profiles of this device: the records of `browser::records`, of kind [`SavedProfile`].

use leptos::prelude::*;

use crate::contributions::{with_profiles, Mirror, Profile, ProfileKind, SavedProfile, MIRROR_KEY};
use crate::data::Catalog;
use crate::records::{Record, Stored};
use crate::ui::browser::dates::now;
use crate::ui::browser::ids::fresh_id;
use crate::ui::browser::records::session::Session;
use crate::ui::browser::records::state::{Keeping, Records};
use crate::ui::context::{local_storage, use_data};

pub type ProfilesState = Records<SavedProfile>;

/// (7) The Contribute page's self-described profiles in browser storage; kept beside them
/// rather than in [`crate::ui::context`], which this module reads.
pub fn use_profiles() -> ProfilesState {
    expect_context::<ProfilesState>()
}

/// The edit session of one profile.
pub type Editing = Session<SavedProfile>;

/// Opens the profiles of this device for the page (step 7 of [`crate::ui::context`]), and keeps
/// their copy for the other pages ([`Mirror`]) in step with them.
pub fn provide() {
    let state = ProfilesState::open(fresh_id());
    provide_context(state);
    let data = use_data();
    Effect::new(move |_| {
        // Until the stored profiles are read, an empty list says nothing of them.
        if state.keeping.get() == Keeping::Opening {
            return;
        }
        let profiles: Vec<_> = state
            .items
            .with(|all| all.iter().map(|r| r.profile.clone()).collect());
        mirror(&data.catalog, &profiles);
    });
}

/// Leaves `profiles` where the other pages read them. A copy that cannot be written (a full
/// disk) only keeps them off those pages; the profiles themselves are in IndexedDB.
fn mirror(catalog: &Catalog, profiles: &[Profile]) {
    let Some(storage) = local_storage() else {
        return;
    };
    let text = with_profiles(catalog, profiles)
        .ok()
        .map(|extended| Mirror::of(&extended))
        .filter(|mirror| !mirror.is_empty())
        .and_then(|mirror| mirror.to_text().ok());
    let written = match text {
        Some(text) => storage.set_item(MIRROR_KEY, &text),
        None => storage.remove_item(MIRROR_KEY),
    };
    if let Err(error) = written {
        web_sys::console::warn_2(&"profiles not shown on the other pages:".into(), &error);
    }
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
