//! The records of one kind in a page: what storage holds, where it is kept, the unsaved copies
//! left by closed tabs, and news from the other tabs.

use std::marker::PhantomData;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::journal::{Journal, Orphan};
use super::store::{change_id, request_persistence, Store, WriteError};
use crate::records::{apply, Change, Record, Stored};

/// Where records are kept on this device.
#[derive(Debug, Clone, PartialEq)]
pub enum Keeping {
    Opening,
    /// In IndexedDB; `persistent` once the browser has said whether it keeps the data under
    /// storage pressure.
    Stored {
        persistent: Option<bool>,
    },
    /// IndexedDB is not available: records live only as long as the tab (why is in the
    /// console; the user is told what it means).
    MemoryOnly,
}

/// Another tab changed a record: its id and what is stored now.
#[derive(Debug, Clone, PartialEq)]
pub struct News {
    pub id: String,
    pub revision: u64,
    pub deleted: bool,
}

/// This tab's reads of storage, numbered in the order they began. Reads overlap (the first one
/// of the page and the news from another tab, or two pieces of news) and may answer out of
/// order; the older answer must not replace the newer one (a proposal saved in another tab
/// while the page opened vanished from its list when the page's first read answered last).
#[derive(Debug, Clone, Copy, Default)]
struct Reads {
    begun: u64,
    applied: u64,
}

/// The records of kind `R`, shared by the views of a page.
pub struct Records<R: 'static> {
    /// Live records, and those only an orphan copy holds (never stored: a full disk).
    pub items: RwSignal<Vec<R>>,
    pub keeping: RwSignal<Keeping>,
    pub news: RwSignal<Option<News>>,
    /// Everything stored, tombstones included.
    stored: StoredValue<Vec<Stored<R>>, LocalStorage>,
    orphans: StoredValue<Vec<Orphan<R>>, LocalStorage>,
    /// Records made in this tab that storage refused (a full disk).
    refused: StoredValue<Vec<R>, LocalStorage>,
    store: StoredValue<Option<Store>, LocalStorage>,
    journal: StoredValue<Option<Journal>, LocalStorage>,
    channel: StoredValue<Option<web_sys::BroadcastChannel>, LocalStorage>,
    /// Settles once storage is open and read: a write waits for it, else it would go to memory
    /// only and the first read of storage would then wipe it from the list (an import made
    /// right after the page opened was shown as done, then lost).
    opened: StoredValue<js_sys::Promise, LocalStorage>,
    /// Counts this tab's writes, so that a read of storage knows whether one landed meanwhile.
    writes: StoredValue<u64, LocalStorage>,
    reads: StoredValue<Reads, LocalStorage>,
    kind: PhantomData<R>,
}

impl<R> Clone for Records<R> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<R> Copy for Records<R> {}

impl<R: Record + Send + Sync + 'static> Records<R> {
    /// Opens storage, loads the records and the orphan copies, and listens to the other tabs.
    /// `tab` names this page's unsaved copies.
    pub fn open(tab: String) -> Records<R> {
        let mut settle = None;
        let opened = js_sys::Promise::new(&mut |resolve, _| settle = Some(resolve));
        let records = Records {
            items: RwSignal::new(Vec::new()),
            keeping: RwSignal::new(Keeping::Opening),
            news: RwSignal::new(None),
            stored: StoredValue::new_local(Vec::new()),
            orphans: StoredValue::new_local(Vec::new()),
            refused: StoredValue::new_local(Vec::new()),
            store: StoredValue::new_local(None),
            journal: StoredValue::new_local(None),
            channel: StoredValue::new_local(
                web_sys::BroadcastChannel::new(&format!("passerelle-{}", R::KIND)).ok(),
            ),
            opened: StoredValue::new_local(opened),
            writes: StoredValue::new_local(0),
            reads: StoredValue::new_local(Reads::default()),
            kind: PhantomData,
        };
        records.listen();
        spawn_local(async move {
            let store = Store::open().await;
            if let Err(error) = &store {
                web_sys::console::warn_1(&error.to_string().into());
            }
            let store = store.ok();
            let journal = Journal::new(tab, store.clone());
            records.orphans.set_value(journal.orphans().await);
            records.journal.set_value(Some(journal));
            let kept = store.is_some();
            records.store.set_value(store);
            // Views wait for `keeping` to leave Opening: load first.
            records.reload().await;
            records.keeping.set(if kept {
                Keeping::Stored { persistent: None }
            } else {
                Keeping::MemoryOnly
            });
            if let Some(settle) = settle {
                let _ = settle.call0(&JsValue::NULL);
            }
        });
        records
    }

    fn listen(self) {
        self.channel.with_value(|channel| {
            let Some(channel) = channel else { return };
            let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(
                move |event: web_sys::MessageEvent| {
                    let text = event.data().as_string().unwrap_or_default();
                    let mut parts = text.split(' ');
                    let news = News {
                        id: parts.next().unwrap_or_default().to_string(),
                        revision: parts.next().and_then(|r| r.parse().ok()).unwrap_or(0),
                        deleted: parts.next() == Some("deleted"),
                    };
                    spawn_local(async move {
                        self.reload().await;
                        self.news.set(Some(news));
                    });
                },
            );
            channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            on_message.forget();
        });
    }

    fn tell_other_tabs(self, stored: &Stored<R>) {
        let (id, deleted) = match stored {
            Stored::Live(r) => (r.id(), ""),
            Stored::Deleted(t) => (t.id.as_str(), " deleted"),
        };
        let message = format!("{id} {}{deleted}", stored.revision());
        self.channel.with_value(|channel| {
            if let Some(channel) = channel {
                let _ = channel.post_message(&JsValue::from_str(&message));
            }
        });
    }

    /// Reads storage again; records only an orphan copy holds stay listed. A write of this tab
    /// that lands while storage is read may be missing from what the read returns: then it
    /// reads again, else the list would drop that record until the next read. An answer older
    /// than one already taken is dropped (see [`Reads`]).
    pub async fn reload(self) {
        if let Some(store) = self.store.get_value() {
            loop {
                let before = self.writes.get_value();
                let read = self.reads.with_value(|r| r.begun + 1);
                self.reads.update_value(|r| r.begun = read);
                let Ok(all) = store.all::<R>().await else {
                    return;
                };
                if self.reads.with_value(|r| r.applied > read) {
                    break;
                }
                if self.writes.get_value() == before {
                    self.reads.update_value(|r| r.applied = read);
                    self.stored.set_value(all);
                    break;
                }
            }
        }
        self.refresh();
    }

    fn refresh(self) {
        let mut items: Vec<R> = self
            .stored
            .with_value(|all| all.iter().cloned().filter_map(Stored::live).collect());
        let unstored: Vec<R> = self.orphans.with_value(|orphans| {
            let refused = self.refused.get_value();
            orphans
                .iter()
                .map(|o| o.record.clone())
                .chain(refused)
                .collect()
        });
        for record in unstored {
            let stored = self
                .stored
                .with_value(|s| s.iter().any(|s| id_of(s) == record.id()));
            if !stored && !items.iter().any(|r| r.id() == record.id()) {
                items.push(record);
            }
        }
        self.items.set(items);
    }

    /// A live or orphan-only record.
    pub fn find(self, id: &str) -> Option<R> {
        self.items
            .with_untracked(|items| items.iter().find(|r| r.id() == id).cloned())
    }

    /// Whether a live or orphan-only record has `id`; tracked, so a view follows the list.
    pub fn holds(self, id: &str) -> bool {
        self.items.with(|items| items.iter().any(|r| r.id() == id))
    }

    /// What storage holds under `id`.
    pub fn stored(self, id: &str) -> Option<Stored<R>> {
        self.stored
            .with_value(|all| all.iter().find(|s| id_of(s) == id).cloned())
    }

    /// Everything stored, for planning an import.
    pub fn everything(self) -> Vec<Stored<R>> {
        self.stored.get_value()
    }

    /// The latest unsaved copy of `id` left by a closed tab, taken over by this tab.
    pub fn adopt_orphan(self, id: &str) -> Option<R> {
        let orphan = self
            .orphans
            .with_value(|all| super::journal::latest_for(all, id).cloned())?;
        self.orphans
            .update_value(|all| all.retain(|o| o.key != orphan.key));
        self.journal.with_value(|j| {
            if let Some(journal) = j {
                journal.adopt(&orphan);
            }
        });
        Some(orphan.record)
    }

    pub fn journal(self) -> Option<Journal> {
        self.journal.get_value()
    }

    /// Applies `changes`, all or none, in storage or (without it) in the tab, by the same
    /// rules; tells the other tabs.
    pub async fn write(self, changes: Vec<Change<R>>) -> Result<Vec<Stored<R>>, WriteError<R>> {
        let _ = wasm_bindgen_futures::JsFuture::from(self.opened.get_value()).await;
        let written = match self.store.get_value() {
            Some(store) => store.write(changes).await?,
            None => self.write_in_memory(changes)?,
        };
        let first_save = self.stored.with_value(Vec::is_empty);
        self.writes.update_value(|n| *n += 1);
        self.stored.update_value(|all| {
            for next in &written {
                match all.iter_mut().find(|s| id_of(s) == id_of(next)) {
                    Some(slot) => *slot = next.clone(),
                    None => all.push(next.clone()),
                }
            }
        });
        self.refresh();
        for next in &written {
            self.tell_other_tabs(next);
        }
        if first_save && self.keeping.get_untracked() == (Keeping::Stored { persistent: None }) {
            spawn_local(async move {
                let persistent = request_persistence().await;
                self.keeping.set(Keeping::Stored {
                    persistent: Some(persistent),
                });
            });
        }
        Ok(written)
    }

    fn write_in_memory(self, changes: Vec<Change<R>>) -> Result<Vec<Stored<R>>, WriteError<R>> {
        let mut written = Vec::new();
        for change in changes {
            let current = self.stored(change_id(&change));
            written.push(apply(current, change).map_err(WriteError::Conflict)?);
        }
        Ok(written)
    }

    /// Stores a new record. If storage refuses (a full disk), the record is kept in the tab and
    /// in its unsaved copies all the same, unsaved (revision 0): its editor keeps trying and
    /// says why, and a reload finds it again.
    pub async fn create(self, record: R) -> R {
        match self.save(&record).await {
            Ok(saved) => saved,
            Err(_) => {
                if let Some(journal) = self.journal() {
                    journal.write(&record);
                }
                self.refused.update_value(|all| all.push(record.clone()));
                self.refresh();
                record
            }
        }
    }

    /// Deletes `id`, made from revision `base`: a tombstone stays, so that a tab still editing
    /// it is told instead of bringing it back.
    pub async fn delete(self, id: &str, base: u64, at: &str) -> Result<(), WriteError<R>> {
        let change = Change::Delete {
            id: id.to_string(),
            base,
            at: at.to_string(),
        };
        self.write(vec![change]).await?;
        self.refused
            .update_value(|all| all.retain(|r| r.id() != id));
        if let Some(journal) = self.journal() {
            journal.clear::<R>(id);
        }
        self.refresh();
        Ok(())
    }

    /// Saves `record` as the next revision of the one it was made from.
    pub async fn save(self, record: &R) -> Result<R, WriteError<R>> {
        let written = self.write(vec![Change::Save(record.clone())]).await?;
        Ok(written
            .into_iter()
            .find_map(Stored::live)
            .unwrap_or_else(|| record.clone()))
    }
}

fn id_of<R: Record>(stored: &Stored<R>) -> &str {
    match stored {
        Stored::Live(r) => r.id(),
        Stored::Deleted(t) => &t.id,
    }
}
