//! The copy of this device's profiles that the other pages add to their dataset
//! ([`Mirror`]), kept in step with the profiles as they are saved here.

use leptos::prelude::*;

use crate::contributions::{with_profiles, Mirror, Profile, MIRROR_KEY};
use crate::data::Catalog;
use crate::ui::browser::records::state::Keeping;
use crate::ui::browser::settings::local_storage;
use crate::ui::context::{use_data, use_profiles};

/// Rewrites the copy whenever the profiles change (after step 7 of [`crate::ui::context`]).
pub fn keep_in_step() {
    let state = use_profiles();
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
