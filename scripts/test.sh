#!/usr/bin/env bash
# Every check Passerelle has, in the order a failure is cheapest to find. `make test` and
# `.ci/run` run this.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
start=$(date +%s)

scripts/ensure-tools.sh

step "format"
cargo fmt --check

step "clippy (native and browser code, warnings denied)"
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bin passerelle --bin passerelle-work --bin passerelle-visual --bin passerelle-workshop --bin passerelle-contribute --locked -- -D warnings

step "native tests"
cargo test --release --locked

step "dataset"
cargo run --quiet --release --locked --bin passerelle-cli -- validate public/data/dataset.json
SEEDS=${PASSERELLE_SEEDS:-../shared/seeds}
if [ -f "$SEEDS/README.md" ]; then
  cargo run --quiet --release --locked --bin passerelle-cli -- quotes --seeds "$SEEDS"
else
  echo "source documents not found at $SEEDS: quotations not checked (set PASSERELLE_SEEDS)"
fi

step "release build"
scripts/build.sh

step "byte budget"
node scripts/budget.mjs

step "end-to-end tests in headless Chromium"
# The tests find things as a person does (role, label, text), not by CSS selectors.
node scripts/count-lookups.mjs
playwright test

echo
echo "all checks passed in $(( $(date +%s) - start ))s"
