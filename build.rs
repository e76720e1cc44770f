//! Generates the `i18n` module from `locales/*.json` (leptos_i18n). Every file in `locales/` is
//! a language: adding one needs no code. Missing or surplus keys are reported here as cargo
//! warnings and fail `tests/locales.rs`.
//!
//! Sets `cfg(schema)` on native builds, where the dataset model derives its JSON Schema
//! (`src/data/schema.rs`); schemars is a dependency there only (Cargo.toml), so the browser
//! build compiles none of it.

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
