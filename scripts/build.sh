#!/usr/bin/env bash
# Release build of both pages into dist/: the Explore page (index.html, bin passerelle) and the
# Workspace page (work.html, bin passerelle-work). Trunk builds one page at a time and replaces
# its output folder, so each page is built into its own folder and the two are merged.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# work.html is index.html with the other entry point; generated so the two never drift apart.
sed -e 's/data-bin="passerelle"/data-bin="passerelle-work"/' index.html > work.html

out=target/pages
rm -rf "$out" dist
trunk build index.html --release --offline --dist "$out/explore"
trunk build work.html --release --offline --dist "$out/work"
mkdir -p dist
cp -r "$out/explore/." dist/
# Trunk names every page index.html: the Workspace page becomes work.html.
cp "$out/work/index.html" dist/work.html
find "$out/work" -maxdepth 1 -type f ! -name index.html -exec cp {} dist/ \;
node scripts/postbuild.mjs
