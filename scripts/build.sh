#!/usr/bin/env bash
# Release build of the four pages into dist/: Explore (index.html, bin passerelle), Workspace
# (work.html, bin passerelle-work), Visual (visual.html, bin passerelle-visual), Workshop
# (workshop.html, bin passerelle-workshop) and Contribute (contribute.html, bin
# passerelle-contribute). Trunk builds
# one page at a time and replaces its output folder, so each page is built into its own folder
# and the results are merged; then the basemap is drawn, the first views are written out as HTML
# (scripts/prerender.mjs, in Chromium) and the service worker is written.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

out=target/pages
rm -rf "$out" dist
# The app loads the dataset packed (src/data/pack.rs); packing checks it first and refuses a
# dataset with any problem. Trunk copies public/data/ into each page.
cargo run --quiet --release --locked --bin passerelle-cli -- pack public/data/dataset.json
trunk build index.html --release --offline --dist "$out/explore"
mkdir -p dist
cp -r "$out/explore/." dist/
for page in work:passerelle-work visual:passerelle-visual workshop:passerelle-workshop contribute:passerelle-contribute; do
  name=${page%%:*}
  bin=${page#*:}
  # Each page is index.html with another entry point (and the Visual, Workshop and Contribute pages
  # their own styles); generated so they never drift apart.
  extra_css=""
  [ "$name" != work ] && extra_css="<link data-trunk rel=\"css\" href=\"style/$name.css\" />"
  sed -e "s/data-bin=\"passerelle\"/data-bin=\"$bin\"/" \
      -e "s|<link data-trunk rel=\"css\" href=\"style/main.css\" />|&$extra_css|" index.html > "$name.html"
  trunk build "$name.html" --release --offline --dist "$out/$name"
  # Trunk names every page index.html.
  cp "$out/$name/index.html" "dist/$name.html"
  find "$out/$name" -maxdepth 1 -type f ! -name index.html -exec cp {} dist/ \;
done
node scripts/basemap.mjs
node scripts/postbuild.mjs
node scripts/prerender.mjs
node scripts/worker.mjs
