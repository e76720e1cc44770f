//! Running `passerelle-cli` from a test, in a scratch folder of its own.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::repo_path;

pub fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_passerelle-cli"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("passerelle-cli runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A scratch folder per test holding `dataset` as `dataset.json` beside a copy of the schema;
/// the path of the dataset file.
pub fn scratch(name: &str, dataset: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("passerelle-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    std::fs::copy(
        repo_path("public/data/dataset.schema.json"),
        dir.join("dataset.schema.json"),
    )
    .expect("schema copied");
    std::fs::write(dir.join("dataset.json"), dataset).expect("dataset written");
    dir.join("dataset.json")
}

pub fn path_arg(path: &Path) -> &str {
    path.to_str().expect("utf-8 temp path")
}
