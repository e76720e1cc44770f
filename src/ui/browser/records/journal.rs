//! Unsaved copies: each tab writes the record it edits at every change, under a key of its own
//! (`passerelle.unsaved.<kind>.<id>.<tab>`), so that two tabs never clear each other's copy. A
//! copy lives until its tab saves it or its user chooses in a conflict; the copy of a closed or
//! crashed tab is an orphan, which the next editor of that record takes over.
//!
//! Measured in Chromium (a browser SIGKILLed after a write, then started again): localStorage
//! is written to disk about five seconds late, so a copy there is lost with the browser within
//! that time; an IndexedDB write survives as soon as it has completed (about 2 ms). So each
//! copy is written twice: to IndexedDB, which survives a killed browser, and to localStorage,
//! synchronously, which survives a full disk (it has its own quota) and a tab closed mid-write.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::store::Store;
use crate::records::{Record, Stored};
use crate::ui::browser::settings::local_storage;

const PREFIX: &str = "passerelle.unsaved.";
const TAB_LOCK: &str = "passerelle.tab.";

/// An unsaved copy left by a tab that is gone.
#[derive(Debug, Clone)]
pub struct Orphan<R> {
    pub key: String,
    pub record: R,
}

/// This tab's unsaved copies.
#[derive(Clone)]
pub struct Journal {
    tab: String,
    store: Option<Store>,
}

impl Journal {
    /// The journal of this tab, named by `tab` (fresh for each page load); holds a Web Lock of
    /// that name for as long as the page lives, by which other tabs know it is alive.
    pub fn new(tab: String, store: Option<Store>) -> Journal {
        hold_lock(&format!("{TAB_LOCK}{tab}"));
        Journal { tab, store }
    }

    fn key<R: Record>(&self, id: &str) -> String {
        format!("{PREFIX}{}.{id}.{}", R::KIND, self.tab)
    }

    pub fn write<R: Record>(&self, record: &R) {
        let (key, json) = (self.key::<R>(record.id()), serde_json::to_string(record));
        let Ok(json) = json else { return };
        if let Some(storage) = local_storage() {
            let _ = storage.set_item(&key, &json);
        }
        if let Some(store) = self.store.clone() {
            spawn_local(async move {
                let _ = store.keep_unsaved(&key, &json).await;
            });
        }
    }

    pub fn clear<R: Record>(&self, id: &str) {
        self.forget(self.key::<R>(id));
    }

    /// Takes over an orphan: it becomes this tab's copy of its record.
    pub fn adopt<R: Record>(&self, orphan: &Orphan<R>) {
        self.write(&orphan.record);
        self.forget(orphan.key.clone());
    }

    fn forget(&self, key: String) {
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(&key);
        }
        if let Some(store) = self.store.clone() {
            spawn_local(async move {
                let _ = store.drop_unsaved(&key).await;
            });
        }
    }

    /// The copies of kind `R` whose tab is gone (one per key; of two copies of one key, the
    /// later). Keys of the first journal (`passerelle.unsaved.<id>`) are orphans too.
    pub async fn orphans<R: Record>(&self) -> Vec<Orphan<R>> {
        let mut found: Vec<(String, String)> = Vec::new();
        if let Some(store) = &self.store {
            found.extend(store.unsaved().await.unwrap_or_default());
        }
        if let Some(storage) = local_storage() {
            let count = storage.length().unwrap_or(0);
            let keys: Vec<String> = (0..count)
                .filter_map(|i| storage.key(i).ok().flatten())
                .collect();
            for key in keys.into_iter().filter(|k| k.starts_with(PREFIX)) {
                if let Ok(Some(json)) = storage.get_item(&key) {
                    found.push((key, json));
                }
            }
        }
        let alive = alive_tabs().await;
        let mut orphans: Vec<Orphan<R>> = Vec::new();
        for (key, json) in found {
            let rest = &key[PREFIX.len().min(key.len())..];
            let tab = match rest.split('.').collect::<Vec<_>>()[..] {
                [kind, _, tab] if kind == R::KIND => Some(tab),
                [_] => None,
                _ => continue,
            };
            if tab == Some(self.tab.as_str()) || tab.is_some_and(|t| alive.contains(t)) {
                continue;
            }
            let Some(record) = serde_json::from_str(&json)
                .ok()
                .and_then(|value| R::from_stored(&value))
            else {
                continue;
            };
            match orphans.iter_mut().find(|o| o.key == key) {
                Some(known) if known.record.updated() < record.updated() => known.record = record,
                Some(_) => {}
                None => orphans.push(Orphan { key, record }),
            }
        }
        orphans
    }
}

/// Of several orphans of one record, the latest; the others are offered on a later opening.
pub fn latest_for<'a, R: Record>(orphans: &'a [Orphan<R>], id: &str) -> Option<&'a Orphan<R>> {
    orphans
        .iter()
        .filter(|o| o.record.id() == id)
        .max_by(|a, b| a.record.updated().cmp(b.record.updated()))
}

/// Whether an orphan differs from what is stored, so that it needs saving or a choice.
pub fn differs<R: Record>(orphan: &R, stored: Option<&Stored<R>>) -> bool {
    match stored {
        Some(Stored::Live(record)) => record != orphan,
        _ => true,
    }
}

fn locks() -> Option<JsValue> {
    js_sys::Reflect::get(&window().navigator(), &"locks".into())
        .ok()
        .filter(|l| !l.is_undefined())
}

/// Holds the Web Lock `name` until the page goes away.
fn hold_lock(name: &str) {
    let Some(locks) = locks() else { return };
    let Ok(request) = js_sys::Reflect::get(&locks, &"request".into()) else {
        return;
    };
    let Ok(request) = request.dyn_into::<js_sys::Function>() else {
        return;
    };
    let forever = Closure::once_into_js(|| js_sys::Promise::new(&mut |_, _| {}));
    let Ok(held) = request.call2(&locks, &name.into(), &forever) else {
        return;
    };
    // A frame on a partner's site may be denied locks ("The request was denied"); then this
    // tab is not known to be alive, which costs at most a question, never a loss.
    if let Ok(held) = held.dyn_into::<js_sys::Promise>() {
        let denied = Closure::<dyn FnMut(JsValue)>::new(|_| {});
        let _ = held.catch(&denied);
        denied.forget();
    }
}

/// The tabs that are alive, by the locks they hold. A browser without Web Locks gives none:
/// then every other tab's copy is taken for an orphan, which at worst asks its user to choose
/// between two versions, and never loses one.
async fn alive_tabs() -> BTreeSet<String> {
    let mut alive = BTreeSet::new();
    let Some(locks) = locks() else { return alive };
    let query = js_sys::Reflect::get(&locks, &"query".into())
        .ok()
        .and_then(|q| q.dyn_into::<js_sys::Function>().ok())
        .and_then(|q| q.call0(&locks).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(query) = query else { return alive };
    let Ok(state) = JsFuture::from(query).await else {
        return alive;
    };
    let held = js_sys::Reflect::get(&state, &"held".into()).unwrap_or(JsValue::UNDEFINED);
    for lock in js_sys::Array::from(&held).iter() {
        let name = js_sys::Reflect::get(&lock, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        if let Some(tab) = name.strip_prefix(TAB_LOCK) {
            alive.insert(tab.to_string());
        }
    }
    alive
}
