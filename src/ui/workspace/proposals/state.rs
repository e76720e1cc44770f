//! The Workspace's proposals: what storage holds, where it is kept, and news from other tabs.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::proposals::Proposal;
use crate::ui::browser::dates::now;
use crate::ui::browser::ids::fresh_id;
use crate::ui::browser::storage::{request_persistence, StorageError, Store};

const CHANNEL: &str = "passerelle-proposals";

/// Where proposals are kept on this device.
#[derive(Debug, Clone, PartialEq)]
pub enum Keeping {
    Opening,
    /// In IndexedDB; `persistent` once the browser has said whether it keeps the data under
    /// storage pressure.
    Stored {
        persistent: Option<bool>,
    },
    /// IndexedDB is not available: proposals live only as long as the tab (why is in the
    /// console; the user is told what it means).
    MemoryOnly,
}

#[derive(Clone, Copy)]
pub struct ProposalsState {
    pub items: RwSignal<Vec<Proposal>>,
    pub keeping: RwSignal<Keeping>,
    /// Bumped when another tab changes a proposal, with its id; views refresh on it.
    pub changed_elsewhere: RwSignal<Option<(String, u64)>>,
    store: StoredValue<Option<Store>, LocalStorage>,
    channel: StoredValue<Option<web_sys::BroadcastChannel>, LocalStorage>,
}

impl ProposalsState {
    /// Opens storage, loads the proposals and listens to the other tabs.
    pub fn provide() {
        let state = ProposalsState {
            items: RwSignal::new(Vec::new()),
            keeping: RwSignal::new(Keeping::Opening),
            changed_elsewhere: RwSignal::new(None),
            store: StoredValue::new_local(None),
            channel: StoredValue::new_local(web_sys::BroadcastChannel::new(CHANNEL).ok()),
        };
        provide_context(state);
        state.listen();
        spawn_local(async move {
            match Store::open().await {
                Ok(store) => {
                    state.store.set_value(Some(store));
                    // Views wait for `keeping` to leave Opening: load first.
                    state.reload().await;
                    state.keeping.set(Keeping::Stored { persistent: None });
                }
                Err(error) => {
                    web_sys::console::warn_1(&error.to_string().into());
                    state.keeping.set(Keeping::MemoryOnly);
                }
            }
        });
    }

    fn listen(self) {
        self.channel.with_value(|channel| {
            let Some(channel) = channel else { return };
            let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(
                move |event: web_sys::MessageEvent| {
                    let text = event.data().as_string().unwrap_or_default();
                    let (id, revision) = text.split_once(' ').unwrap_or((text.as_str(), "0"));
                    let change = (id.to_string(), revision.parse().unwrap_or(0));
                    spawn_local(async move {
                        self.reload().await;
                        self.changed_elsewhere.set(Some(change));
                    });
                },
            );
            channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            on_message.forget();
        });
    }

    fn tell_other_tabs(self, id: &str, revision: u64) {
        self.channel.with_value(|channel| {
            if let Some(channel) = channel {
                let _ = channel.post_message(&JsValue::from_str(&format!("{id} {revision}")));
            }
        });
    }

    pub async fn reload(self) {
        let Some(store) = self.store.get_value() else {
            return;
        };
        if let Ok(all) = store.all().await {
            self.items.set(all);
        }
    }

    pub fn find(self, id: &str) -> Option<Proposal> {
        self.items
            .with_untracked(|items| items.iter().find(|p| p.id == id).cloned())
    }

    fn remember(self, saved: &Proposal) {
        self.items
            .update(|items| match items.iter_mut().find(|p| p.id == saved.id) {
                Some(existing) => *existing = saved.clone(),
                None => items.push(saved.clone()),
            });
    }

    /// Saves `proposal` as the next revision; refused with the stored copy if that moved on.
    pub async fn save(self, proposal: &Proposal) -> Result<Proposal, StorageError> {
        let Some(store) = self.store.get_value() else {
            // Memory only: the same revision rule, kept in the tab.
            if let Some(current) = self
                .find(&proposal.id)
                .filter(|c| c.revision != proposal.revision)
            {
                return Err(StorageError::Conflict(Box::new(current)));
            }
            let saved = Proposal {
                revision: proposal.revision + 1,
                ..proposal.clone()
            };
            self.remember(&saved);
            return Ok(saved);
        };
        let first_save = self.items.with_untracked(Vec::is_empty);
        let saved = store.save(proposal).await?;
        self.remember(&saved);
        self.tell_other_tabs(&saved.id, saved.revision);
        if first_save {
            self.ask_persistence();
        }
        Ok(saved)
    }

    fn ask_persistence(self) {
        spawn_local(async move {
            let persistent = request_persistence().await;
            self.keeping.set(Keeping::Stored {
                persistent: Some(persistent),
            });
        });
    }

    /// Writes checked proposals as they are (imports), all or none.
    pub async fn put_all(self, proposals: Vec<Proposal>) -> Result<(), StorageError> {
        if let Some(store) = self.store.get_value() {
            store.put_all(&proposals).await?;
        }
        for p in &proposals {
            self.remember(p);
            self.tell_other_tabs(&p.id, p.revision);
        }
        Ok(())
    }

    pub async fn delete(self, id: &str) -> Result<(), StorageError> {
        if let Some(store) = self.store.get_value() {
            store.delete(id).await?;
        }
        self.items.update(|items| items.retain(|p| p.id != id));
        self.tell_other_tabs(id, 0);
        Ok(())
    }

    /// Creates a new proposal and stores it. If storage refuses (a full disk), the proposal is
    /// kept in the tab all the same, unsaved (revision 0): its editor keeps trying and says why.
    pub async fn create(self, build: impl FnOnce(&mut Proposal)) -> Proposal {
        let mut proposal = Proposal::new(fresh_id(), &now());
        build(&mut proposal);
        match self.save(&proposal).await {
            Ok(saved) => saved,
            Err(_) => {
                self.remember(&proposal);
                proposal
            }
        }
    }
}
