//! The JSON Schema of the dataset file, generated from the model (native builds only). The
//! committed `public/data/dataset.schema.json` must equal it: `tests/schema.rs` fails on drift,
//! and `passerelle-cli schema --write` rewrites the file.

use schemars::generate::SchemaSettings;

use super::model::Dataset;

/// Where the schema is published, from the repository root.
pub const SCHEMA_PATH: &str = "public/data/dataset.schema.json";

/// The schema as the committed file holds it: pretty JSON and a final newline.
pub fn dataset_schema() -> String {
    let schema = SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<Dataset>();
    format!("{:#}\n", schema.as_value())
}
