//! How records of the first storage layout (database version 1) are read into the current one.

/// A version-1 draft (no `revision`, no `updated`) as a current record: revision 1, updated
/// when it was created. `None` if it is not a draft at all (not a JSON object with a creation
/// date). A draft this version cannot otherwise read is moved all the same, kept in storage
/// and skipped when read like any unreadable record, rather than dropped with the old store;
/// not reading it here also keeps the proposal's reader out of the pages that only upgrade
/// the database (Contribute, Workshop).
pub fn migrate_draft(json: &str) -> Option<String> {
    let mut value: serde_json::Value = serde_json::from_str(json).ok()?;
    let object = value.as_object_mut()?;
    let created = object.get("created")?.clone();
    object.entry("revision").or_insert(1.into());
    object.entry("updated").or_insert(created);
    serde_json::to_string(&value).ok()
}
