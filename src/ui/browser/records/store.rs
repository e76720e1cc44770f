//! Records in IndexedDB, through `indexed_db_futures`: one object store per kind of record,
//! keyed by id, holding each record (or its tombstone) as JSON, and the store `unsaved` of the
//! unsaved copies (see [`super::journal`]). Every write runs [`crate::records::apply`] on what
//! is stored inside one transaction, all or none, with strict durability: a save from a stale
//! copy comes back as a conflict, never as an overwrite.
//!
//! Database versions:
//! 1. store `drafts`: proposals as JSON without `revision` and `updated` (the first layout);
//! 2. store `proposals`: proposals as JSON with both;
//! 3. adds the store `unsaved`; `proposals` also holds tombstones of deleted proposals;
//! 4. adds the stores `sessions` (workshop sessions) and `profiles` (self-described profiles);
//!    the other stores are left as they are.
//!
//! A new kind of record adds its name to [`crate::records::KINDS`] and bumps [`DB_VERSION`]:
//! opening creates every missing store.

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{
    Transaction, TransactionDurability, TransactionMode, TransactionOptions,
};
use thiserror::Error;
use wasm_bindgen::JsCast;

use crate::proposals::records::migrate_draft;
use crate::records::{apply, decode, encode, Change, Record, Stored, KINDS};

const DB_NAME: &str = "passerelle";
const DB_VERSION: u8 = 4;
/// Unsaved copies, by journal key.
pub const UNSAVED: &str = "unsaved";
const LEGACY_STORE: &str = "drafts";

#[derive(Debug, Clone, PartialEq, Error)]
pub enum StorageError {
    /// IndexedDB cannot be used at all (private browsing in some browsers, disabled storage).
    #[error("this browser does not let Passerelle store data ({0})")]
    Unavailable(String),
    #[error("the device has no storage space left for Passerelle")]
    QuotaExceeded,
    #[error("storage error: {0}")]
    Other(String),
}

impl From<indexed_db_futures::error::Error> for StorageError {
    fn from(error: indexed_db_futures::error::Error) -> Self {
        use indexed_db_futures::error::{Error, UnexpectedDataError};
        match error {
            Error::DomException(e)
                if web_sys::DomException::from(e.clone()).name() == "QuotaExceededError" =>
            {
                StorageError::QuotaExceeded
            }
            // A write the browser aborts after accepting it: storage past its quota is the
            // cause on a store without constraints, which is what the user needs to know.
            Error::MissingData(UnexpectedDataError::TransactionAborted) => {
                StorageError::QuotaExceeded
            }
            other => StorageError::Other(other.to_string()),
        }
    }
}

/// Why a write was not stored.
#[derive(Debug, Clone, PartialEq)]
pub enum WriteError<R> {
    /// The record changed since this copy was made (another tab saved or deleted it, or an
    /// import replaced it): what is stored now.
    Conflict(Stored<R>),
    Storage(StorageError),
}

impl<R> From<StorageError> for WriteError<R> {
    fn from(error: StorageError) -> Self {
        WriteError::Storage(error)
    }
}

impl<R> From<indexed_db_futures::error::Error> for WriteError<R> {
    fn from(error: indexed_db_futures::error::Error) -> Self {
        WriteError::Storage(error.into())
    }
}

/// The id a change is about.
pub fn change_id<R: Record>(change: &Change<R>) -> &str {
    match change {
        Change::Save(record) => record.id(),
        Change::Delete { id, .. } => id,
    }
}

/// The open database.
#[derive(Clone)]
pub struct Store {
    db: Database,
}

impl Store {
    pub async fn open() -> Result<Store, StorageError> {
        let db = Database::open(DB_NAME)
            .with_version(DB_VERSION)
            .with_on_upgrade_needed_fut(|event, db| async move {
                let existing: Vec<String> = db.object_store_names().collect();
                let mut created = Vec::new();
                for name in KINDS.iter().chain([&UNSAVED]) {
                    if !existing.iter().any(|e| e == name) {
                        created.push(db.create_object_store(*name).build()?);
                    }
                }
                // Version 1 had none of them: the first created is the proposals' store (the
                // first of `KINDS`). From 2 or 3 only the stores added since are created.
                if let (1, Some(store)) = (event.old_version() as u64, created.first()) {
                    let legacy = store.transaction().object_store(LEGACY_STORE)?;
                    let keys: Vec<String> = legacy
                        .get_all_keys()
                        .primitive()?
                        .await?
                        .collect::<Result<_, _>>()?;
                    let values: Vec<String> = legacy
                        .get_all()
                        .primitive()?
                        .await?
                        .collect::<Result<_, _>>()?;
                    for (key, json) in keys.into_iter().zip(values) {
                        if let Some(migrated) = migrate_draft(&json) {
                            store.put(migrated).with_key(key).primitive()?.await?;
                        }
                    }
                    db.delete_object_store(LEGACY_STORE)?;
                }
                Ok(())
            })
            .await
            .map_err(|e| StorageError::Unavailable(e.to_string()))?;
        Ok(Store { db })
    }

    /// What is stored of kind `R`, live or deleted; records that cannot be read are skipped
    /// (and kept in storage).
    pub async fn all<R: Record>(&self) -> Result<Vec<Stored<R>>, StorageError> {
        let tx = self.db.transaction(R::KIND).build()?;
        let values: Vec<String> = tx
            .object_store(R::KIND)?
            .get_all()
            .primitive()?
            .await?
            .collect::<Result<_, _>>()?;
        Ok(values.iter().filter_map(|json| decode(json)).collect())
    }

    /// A read-write transaction on `store`, written to disk before it reports success: rolled
    /// back unless committed.
    fn writing(&self, store: &str) -> Result<Transaction<'_>, StorageError> {
        let durable = TransactionOptions::new().with_durability(TransactionDurability::Strict);
        Ok(self
            .db
            .transaction(store)
            .with_mode(TransactionMode::Readwrite)
            .with_options(durable)
            .build()?)
    }

    /// Applies `changes` in one transaction, all or none; returns what is stored after each.
    pub async fn write<R: Record>(
        &self,
        changes: Vec<Change<R>>,
    ) -> Result<Vec<Stored<R>>, WriteError<R>> {
        let tx = self.writing(R::KIND)?;
        let store = tx.object_store(R::KIND)?;
        let mut written = Vec::with_capacity(changes.len());
        for change in changes {
            let id = change_id(&change).to_string();
            let current: Option<String> = store.get(id.as_str()).primitive()?.await?;
            let next = apply(current.as_deref().and_then(decode::<R>), change)
                .map_err(WriteError::Conflict)?;
            store.put(encode(&next)).with_key(id.as_str()).primitive()?;
            written.push(next);
        }
        tx.commit().await?;
        Ok(written)
    }

    /// Keeps an unsaved copy; relaxed durability: it must outlive the tab and the browser
    /// process, which a write handed to the system does, at typing speed.
    pub async fn keep_unsaved(&self, key: &str, json: &str) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction(UNSAVED)
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        tx.object_store(UNSAVED)?
            .put(json)
            .with_key(key)
            .primitive()?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn drop_unsaved(&self, key: &str) -> Result<(), StorageError> {
        let tx = self.writing(UNSAVED)?;
        tx.object_store(UNSAVED)?.delete(key).primitive()?;
        tx.commit().await?;
        Ok(())
    }

    /// Every unsaved copy, as (key, JSON).
    pub async fn unsaved(&self) -> Result<Vec<(String, String)>, StorageError> {
        let tx = self.db.transaction(UNSAVED).build()?;
        let store = tx.object_store(UNSAVED)?;
        let keys: Vec<String> = store
            .get_all_keys()
            .primitive()?
            .await?
            .collect::<Result<_, _>>()?;
        let values: Vec<String> = store
            .get_all()
            .primitive()?
            .await?
            .collect::<Result<_, _>>()?;
        Ok(keys.into_iter().zip(values).collect())
    }
}

/// Asks the browser to keep Passerelle's data under storage pressure. Returns whether it will.
pub async fn request_persistence() -> bool {
    let Ok(manager) =
        js_sys::Reflect::get(&leptos::prelude::window().navigator(), &"storage".into())
    else {
        return false;
    };
    let Ok(persist) = js_sys::Reflect::get(&manager, &"persist".into()) else {
        return false;
    };
    let Ok(function) = persist.dyn_into::<js_sys::Function>() else {
        return false;
    };
    let Ok(promise) = function.call0(&manager) else {
        return false;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|granted| granted.as_bool() == Some(true))
        .unwrap_or(false)
}
