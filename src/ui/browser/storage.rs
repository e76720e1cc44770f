//! Proposals in IndexedDB, through `indexed_db_futures`: one record per proposal, keyed by its
//! id, holding the proposal as JSON. Each save checks the stored revision first, so a save from
//! a stale copy (another tab) is refused as a conflict instead of silently overwriting.
//!
//! Database versions:
//! 1. store `drafts`: proposals as JSON without `revision` and `updated` (the first layout);
//! 2. store `proposals`: proposals as JSON with both. Opening a version-1 database migrates its
//!    drafts into `proposals` and removes `drafts`.

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{Transaction, TransactionMode};
use thiserror::Error;
use wasm_bindgen::JsCast;

use crate::proposals::records::{decode, encode, migrate_draft};
use crate::proposals::Proposal;

const DB_NAME: &str = "passerelle";
const DB_VERSION: u8 = 2;
const STORE: &str = "proposals";
const LEGACY_STORE: &str = "drafts";

#[derive(Debug, Clone, PartialEq, Error)]
pub enum StorageError {
    /// IndexedDB cannot be used at all (private browsing in some browsers, disabled storage).
    #[error("this browser does not let Passerelle store data ({0})")]
    Unavailable(String),
    #[error("the device has no storage space left for Passerelle")]
    QuotaExceeded,
    /// The stored proposal changed since this copy was loaded (another tab saved it).
    #[error("this proposal was changed elsewhere since it was opened")]
    Conflict(Box<Proposal>),
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
                let old = event.old_version() as u64;
                let store = db.create_object_store(STORE).build()?;
                if old == 1 {
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

    /// Every stored proposal; records that cannot be read are skipped (and kept in storage).
    pub async fn all(&self) -> Result<Vec<Proposal>, StorageError> {
        let tx = self.db.transaction(STORE).build()?;
        let store = tx.object_store(STORE)?;
        let values: Vec<String> = store
            .get_all()
            .primitive()?
            .await?
            .collect::<Result<_, _>>()?;
        Ok(values.iter().filter_map(|json| decode(json)).collect())
    }

    /// A read-write transaction on the proposals: rolled back unless committed.
    fn writing(&self) -> Result<Transaction<'_>, StorageError> {
        Ok(self
            .db
            .transaction(STORE)
            .with_mode(TransactionMode::Readwrite)
            .build()?)
    }

    /// Saves `proposal` as the next revision of the stored one, or refuses with the stored copy
    /// if that has moved on. Returns what was stored.
    pub async fn save(&self, proposal: &Proposal) -> Result<Proposal, StorageError> {
        let tx = self.writing()?;
        let store = tx.object_store(STORE)?;
        let current: Option<String> = store.get(proposal.id.as_str()).primitive()?.await?;
        if let Some(current) = current.as_deref().and_then(decode) {
            if current.revision != proposal.revision {
                return Err(StorageError::Conflict(Box::new(current)));
            }
        }
        let saved = Proposal {
            revision: proposal.revision + 1,
            ..proposal.clone()
        };
        store
            .put(encode(&saved))
            .with_key(saved.id.as_str())
            .primitive()?;
        tx.commit().await?;
        Ok(saved)
    }

    /// Writes proposals as they are, all or none (imports).
    pub async fn put_all(&self, proposals: &[Proposal]) -> Result<(), StorageError> {
        let tx = self.writing()?;
        let store = tx.object_store(STORE)?;
        for p in proposals {
            store.put(encode(p)).with_key(p.id.as_str()).primitive()?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn delete(&self, id: &str) -> Result<(), StorageError> {
        let tx = self.writing()?;
        let store = tx.object_store(STORE)?;
        store.delete(id).primitive()?;
        tx.commit().await?;
        Ok(())
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
