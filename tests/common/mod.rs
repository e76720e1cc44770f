//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

pub fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

pub fn shipped_json() -> String {
    std::fs::read_to_string(repo_path("public/data/dataset.json"))
        .expect("public/data/dataset.json is readable")
}

/// The shipped dataset with one change applied, as JSON text.
pub fn mutate(change: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value =
        serde_json::from_str(&shipped_json()).expect("shipped dataset is JSON");
    change(&mut value);
    value.to_string()
}

/// The folder of the two source documents, when this checkout sits beside the project's
/// `shared/` folder (or `PASSERELLE_SEEDS` names it).
pub fn seeds_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("PASSERELLE_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_path("../shared/seeds"));
    dir.join("README.md").exists().then_some(dir)
}
