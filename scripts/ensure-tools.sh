#!/usr/bin/env bash
# Installs whatever is missing to build and test Passerelle, through the package registries
# only (crates.io, npm, Debian). Safe to run again: it checks versions before installing.
# What works on these machines and what breaks is recorded in ../shared/notes/toolchain.md.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "error: '$*' needs root; install it by hand or run as root" >&2; exit 1; fi
}

apt_install() {
  say "installing Debian packages: $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Rust: the machine's toolchain, plus the browser target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk 0.21 (0.22 needs a newer rustc than this machine has).
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 9 minutes on 2 cores)"
  cargo install "trunk@$TRUNK_VERSION" --locked
fi

# wasm-bindgen CLI: exactly the version of the wasm-bindgen crate in Cargo.lock. Not --locked:
# a locked dependency of it is missing from the registry mirror.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
if ! grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  echo "error: Trunk.toml pins a wasm_bindgen other than $WASM_BINDGEN_VERSION (Cargo.lock); update it" >&2
  exit 1
fi

# Node.js for the browser tooling (wasm-opt from npm's binaryen, @playwright/test, axe-core).
if ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi

# Debian's Chromium for the end-to-end tests (Playwright's own download is not reachable).
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium chromium-driver
fi

# Trunk runs cargo --offline: fetch the crates first.
cargo fetch --quiet
