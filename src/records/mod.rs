//! What the app keeps on the device for the user (proposals and workshop sessions now; city
//! profiles later), with the same guarantees for every kind: each save counts a revision, so a
//! save from a stale copy (another tab, an import, a deletion) is refused as a conflict instead
//! of overwriting; a deletion leaves a tombstone so that a tab still typing cannot bring the
//! record back silently; files are checked in full, with typed, capped problems.
//!
//! A kind of record implements [`Record`]; the browser layer (`ui::browser::records`) keeps any
//! `Record` in IndexedDB with these rules.

pub mod checks;
pub mod exchange;
pub mod problems;
pub mod reader;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use problems::{Path, Problems};

/// Every kind of record the app keeps, each in its own store. A new kind adds its name here.
pub const KINDS: [&str; 3] = ["proposals", "sessions", "profiles"];

pub use checks::MAX_REVISION;

/// A record the user writes, kept on the device and moved between devices by file.
pub trait Record: Clone + PartialEq + Serialize + DeserializeOwned {
    /// The kind, in the plural (`proposals`): names its store, its unsaved copies, its news
    /// between tabs, and its list in export files.
    const KIND: &'static str;
    /// What the checks need besides the record (the dataset for references); without it the
    /// references are not checked.
    type Context;

    fn id(&self) -> &str;
    /// The revision this copy was made from (see [`apply`]).
    fn revision(&self) -> u64;
    fn set_revision(&mut self, revision: u64);
    /// When it was created and last changed, as `toISOString` writes them.
    fn created(&self) -> &str;
    fn updated(&self) -> &str;
    /// Records a change made `now`.
    fn touch(&mut self, now: String);
    /// A copy under `id`, as a new record (revision 0) created and updated `now`.
    fn copy_as(&self, id: &str, now: &str) -> Self;
    /// Every rule a stored record keeps, each problem located under `at`: those of the fields
    /// every record has, then the kind's own.
    fn check(&self, context: Option<&Self::Context>, at: &Path, problems: &mut Problems) {
        let dates = [("created", self.created()), ("updated", self.updated())];
        checks::common(at, self.id(), self.revision(), dates, problems);
        self.check_content(context, at, problems);
    }
    /// The rules of this kind's content (see [`Record::check`]).
    fn check_content(&self, context: Option<&Self::Context>, at: &Path, problems: &mut Problems);
    /// The record brought within its limits, as the editor keeps it.
    fn clamp(&mut self);
    /// The record from its stored JSON; `None` if it is not one. Through the records reader
    /// ([`from_json`]) unless a kind's model needs more than the reader takes.
    fn from_stored(value: &serde_json::Value) -> Option<Self> {
        from_json(value)
    }
}

/// The bookkeeping methods of [`Record`] for a model that keeps `revision`, `created` and
/// `updated` as fields of its own and its id at the field path given (`id`, `profile.id`):
/// written once here rather than once a kind.
macro_rules! stored_fields {
    ($($id:ident).+) => {
        fn id(&self) -> &str {
            &self.$($id).+
        }
        fn revision(&self) -> u64 {
            self.revision
        }
        fn set_revision(&mut self, revision: u64) {
            self.revision = revision;
        }
        fn created(&self) -> &str {
            &self.created
        }
        fn updated(&self) -> &str {
            &self.updated
        }
        fn copy_as(&self, id: &str, now: &str) -> Self {
            let mut copy = self.clone();
            copy.$($id).+ = id.to_string();
            copy.revision = 0;
            copy.created = now.to_string();
            copy.updated = now.to_string();
            copy
        }
    };
}
pub(crate) use stored_fields;

/// What remains of a deleted record: its id and the revision of the deletion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tombstone {
    pub id: String,
    pub revision: u64,
    /// When it was deleted.
    pub deleted: String,
}

/// What storage holds under an id.
#[derive(Debug, Clone, PartialEq)]
pub enum Stored<R> {
    Live(R),
    Deleted(Tombstone),
}

impl<R: Record> Stored<R> {
    pub fn revision(&self) -> u64 {
        match self {
            Stored::Live(r) => r.revision(),
            Stored::Deleted(t) => t.revision,
        }
    }

    pub fn live(self) -> Option<R> {
        match self {
            Stored::Live(r) => Some(r),
            Stored::Deleted(_) => None,
        }
    }
}

/// A change to storage. A saved record carries as its revision the revision it was made from.
#[derive(Debug, Clone, PartialEq)]
pub enum Change<R> {
    Save(R),
    Delete { id: String, base: u64, at: String },
}

/// The revision after `revision`; it stops at [`MAX_REVISION`] rather than wrap.
pub fn bump(revision: u64) -> u64 {
    revision.saturating_add(1).min(MAX_REVISION)
}

/// What storage holds after `change`, given what it holds now; or, when the change was made
/// from another revision than the stored one, a conflict with the stored state.
///
/// A save on nothing stored is a new record (or one whose storage was cleared). A save on a
/// tombstone is refused unless made from the tombstone's revision: the user chose to restore.
pub fn apply<R: Record>(
    current: Option<Stored<R>>,
    change: Change<R>,
) -> Result<Stored<R>, Stored<R>> {
    let base = match &change {
        Change::Save(record) => record.revision(),
        Change::Delete { base, .. } => *base,
    };
    match current {
        Some(current) if current.revision() != base => match (&current, &change) {
            // Already done: a deletion twice, or the same text saved by two tabs (a closing tab
            // and the one that recovered its unsaved copy).
            (Stored::Deleted(_), Change::Delete { .. }) => Ok(current),
            (Stored::Live(stored), Change::Save(record)) if same_content(stored, record) => {
                Ok(current)
            }
            _ => Err(current),
        },
        _ => Ok(match change {
            Change::Save(mut record) => {
                record.set_revision(bump(base));
                Stored::Live(record)
            }
            Change::Delete { id, base, at } => Stored::Deleted(Tombstone {
                id,
                revision: bump(base),
                deleted: at,
            }),
        }),
    }
}

/// Equal apart from the revision, which only says which copy a record was made from.
pub fn same_content<R: Record>(a: &R, b: &R) -> bool {
    let (mut a, mut b) = (a.clone(), b.clone());
    a.set_revision(0);
    b.set_revision(0);
    a == b
}

/// The stored form: the record's JSON, or the tombstone's (their fields never overlap).
pub fn encode<R: Record>(stored: &Stored<R>) -> String {
    match stored {
        Stored::Live(record) => serde_json::to_string(record),
        Stored::Deleted(tombstone) => serde_json::to_string(tombstone),
    }
    .unwrap_or_default()
}

/// A stored value; `None` for one this version cannot read (it is left in storage).
pub fn decode<R: Record>(json: &str) -> Option<Stored<R>> {
    let value: serde_json::Value = serde_json::from_str(json).ok()?;
    from_json(&value)
        .map(Stored::Deleted)
        .or_else(|| R::from_stored(&value).map(Stored::Live))
}

/// `value` as a `T`, through the same reader as imports: one deserializer per type keeps the
/// Workspace's wasm about 10 kB smaller than serde_json's own beside it.
pub fn from_json<T: DeserializeOwned>(value: &serde_json::Value) -> Option<T> {
    reader::read(value, &Path::default()).ok()
}
