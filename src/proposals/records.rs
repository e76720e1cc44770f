//! How records of the first storage layout (database version 1) are read into the current one.

use super::model::Proposal;

/// A version-1 draft (no `revision`, no `updated`) as a current record: revision 1, updated
/// when it was created. `None` if it is not a readable draft.
pub fn migrate_draft(json: &str) -> Option<String> {
    let mut value: serde_json::Value = serde_json::from_str(json).ok()?;
    let object = value.as_object_mut()?;
    let created = object.get("created")?.clone();
    object.entry("revision").or_insert(1.into());
    object.entry("updated").or_insert(created);
    crate::records::from_json::<Proposal>(&value)?;
    serde_json::to_string(&value).ok()
}
