//! `passerelle-cli synthetic`: a seeded dataset of any size for the scale benchmark
//! (`scripts/scale.mjs`), checked like a real one before it is written.

use std::path::{Path, PathBuf};

use passerelle::data::{self, synthetic};

use super::dataset::problems;
use super::options::{read, DEFAULT_DATASET};
use super::{Failure, Options};

/// Writes the packed dataset the app loads (`--out`) and, with `--json`, its JSON beside it.
pub fn run(args: &[String]) -> Result<bool, Failure> {
    let options = Options::parse(args, &["cities", "seed", "out", "json", "data"], &[])?;
    let cities = options.number("cities", 1_000)?;
    let seed = options.number("seed", 42)? as u64;
    let template_file = PathBuf::from(options.value("data").unwrap_or(DEFAULT_DATASET));
    let template = data::load(&read(&template_file)?)
        .map_err(|e| Failure(format!("{}: {e}", template_file.display())))?;
    let dataset = synthetic::expand(template.data(), cities, seed);
    let json = serde_json::to_string(&dataset)?;
    let found = problems(&json, &template_file.with_file_name("dataset.schema.json"))?;
    if !found.is_empty() {
        return Err(Failure(format!(
            "the synthetic dataset breaks {} rule(s), first: {}",
            found.len(),
            found[0]
        )));
    }
    let out = PathBuf::from(options.value("out").unwrap_or("target/synthetic.bin"));
    let packed = data::pack(&dataset).map_err(|e| Failure(format!("cannot pack: {e}")))?;
    write(&out, &packed)?;
    if let Some(file) = options.value("json") {
        write(Path::new(file), json.as_bytes())?;
    }
    println!(
        "{cities} cities (seed {seed}): {} ({} bytes packed, {} bytes JSON)",
        out.display(),
        packed.len(),
        json.len()
    );
    Ok(true)
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    std::fs::write(path, bytes)
        .map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))
}
