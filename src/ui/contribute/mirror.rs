//! The dataset extended with this device's profiles ([`DeviceDataset`]), made once per change of
//! the saved profiles, and the copy of the profiles that the other pages add to their dataset
//! ([`Mirror`]), kept in step with it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::contributions::{with_profiles, Extended, Mirror, MIRROR_KEY};
use crate::ui::browser::records::state::Keeping;
use crate::ui::browser::settings::local_storage;
use crate::ui::context::{use_data, use_profiles, DeviceDataset};

/// Provides [`DeviceDataset`] (after [`crate::ui::context::ProfilesState`], step 7 of
/// [`crate::ui::context`]) and rewrites the copy whenever it changes.
pub fn provide() {
    let state = use_profiles();
    let data = use_data();
    // Made on what is saved (a quarter of a second after typing stops), not at each key.
    let extended = Memo::new(move |_| {
        let profiles: Vec<_> = state
            .items
            .with(|all| all.iter().map(|r| r.profile.clone()).collect());
        with_profiles(&data.catalog, &profiles).ok().map(Arc::new)
    });
    provide_context(DeviceDataset(extended));
    Effect::new(move |_| {
        // Until the stored profiles are read, an empty list says nothing of them.
        if state.keeping.get() == Keeping::Opening {
            return;
        }
        extended.with(|extended| mirror(extended.as_deref()));
    });
}

/// Leaves the profiles of `extended` where the other pages read them. A copy that cannot be
/// written (a full disk) only keeps them off those pages; the profiles themselves are in
/// IndexedDB.
fn mirror(extended: Option<&Extended>) {
    let Some(storage) = local_storage() else {
        return;
    };
    let text = extended
        .map(Mirror::of)
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
