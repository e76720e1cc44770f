#!/usr/bin/env bash
# Builds Passerelle and serves it on http://127.0.0.1:8080 (PORT to change).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-tools.sh
scripts/build.sh
exec node scripts/serve.mjs
