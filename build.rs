//! Generates the `i18n` module from `locales/*.json` (leptos_i18n). Every file in `locales/` is
//! a language: adding one needs no code. Missing or surplus keys are reported here as cargo
//! warnings and fail `tests/locales.rs`.
//!
//! Sets `cfg(schema)` on native builds, where the dataset model derives its JSON Schema
//! (`src/data/schema.rs`); schemars is a dependency there only (Cargo.toml), so the browser
//! build compiles none of it. Sets `MODEL_FINGERPRINT` for the packed dataset and vocabularies
//! (`src/data/pack.rs`).

use std::error::Error;
use std::path::PathBuf;

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};

const DEFAULT_LOCALE: &str = "en";

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rustc-check-cfg=cfg(schema)");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32") {
        println!("cargo::rustc-cfg=schema");
    }
    model_fingerprint()?;
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?).join("i18n");

    let mut locales: Vec<String> = std::fs::read_dir("locales")?
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            entry
                .file_name()
                .to_str()?
                .strip_suffix(".json")
                .map(String::from)
        })
        .filter(|locale| locale != DEFAULT_LOCALE)
        .collect();
    locales.sort();
    let mut config = Config::new(DEFAULT_LOCALE)?
        .parse_options(ParseOptions::default().interpolate_display(true));
    for locale in &locales {
        config = config.add_locale(locale)?;
    }
    let translations = TranslationsInfos::parse(config)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(out)?;
    Ok(())
}

/// The packed vocabularies' model (`Vocabulary::pack`): its five maps have the same type, so a
/// change of their order would still decode, with the kinds swapped.
const VOCABULARY: &str = "src/data/vocabulary.rs";

/// Sets `MODEL_FINGERPRINT`, a hash of the code lines of `src/data/model/` and [`VOCABULARY`]
/// (comments left out), which the packed dataset and vocabularies carry (`src/data/pack.rs`): a
/// file packed by another version of the model is refused instead of being misread, since the
/// packed form names no fields.
fn model_fingerprint() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=src/data/model");
    println!("cargo::rerun-if-changed={VOCABULARY}");
    let mut files: Vec<PathBuf> = std::fs::read_dir("src/data/model")?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    files.sort();
    files.push(PathBuf::from(VOCABULARY));
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in files {
        for line in std::fs::read_to_string(&file)?.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with("//") {
                continue;
            }
            for byte in line.bytes().chain([b'\n']) {
                hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
            }
        }
    }
    println!("cargo::rustc-env=MODEL_FINGERPRINT={hash:016x}");
    Ok(())
}
