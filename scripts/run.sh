#!/usr/bin/env bash
# Builds Passerelle and serves it on http://127.0.0.1:8080, rebuilding on change.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
scripts/ensure-tools.sh
exec trunk serve --release --offline --address 127.0.0.1 --port "${PORT:-8080}"
