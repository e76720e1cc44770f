//! `passerelle-cli synthetic`: a seeded dataset of any size for the scale benchmark
//! (`scripts/scale.mjs`), checked like a real one before it is written.

use std::path::{Path, PathBuf};

use clap::Args;
use passerelle::data::{self, synthetic};

use super::dataset::problems;
use super::options::DataFile;
use super::Failure;

#[derive(Args)]
pub struct SyntheticArgs {
    /// How many cities to generate
    #[arg(long, value_name = "N", default_value_t = 1_000)]
    cities: usize,
    /// The seed of the generator: the same seed gives the same dataset
    #[arg(long, value_name = "N", default_value_t = 42)]
    seed: u64,
    /// Where the packed dataset goes
    #[arg(long, value_name = "FILE", default_value = "target/synthetic.bin")]
    out: PathBuf,
    /// Also write the dataset as JSON here
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    // The template: the dataset whose vocabulary, sectors and funding the generated cities use.
    #[command(flatten)]
    data: DataFile,
}

/// Writes the packed dataset the app loads (`--out`) and, with `--json`, its JSON beside it.
pub fn run(args: &SyntheticArgs) -> Result<bool, Failure> {
    let (cities, seed, template_file) = (args.cities, args.seed, &args.data.path);
    let template = args.data.catalog()?;
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
    let out = &args.out;
    let packed = data::pack(&dataset).map_err(|e| Failure(format!("cannot pack: {e}")))?;
    write(out, &packed)?;
    if let Some(file) = &args.json {
        write(file, json.as_bytes())?;
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
