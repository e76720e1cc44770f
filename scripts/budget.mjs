// The byte budget: what each page downloads before it is usable, compressed as served
// (brotli, quality 11; gzip -9 shown for hosts without brotli), measured from dist/.
//
// The Explore page is the first view: its HTML, start-up script, JS glue, wasm, CSS, dataset,
// the largest vocabulary file (fetched at start when the interface is not in English), icon,
// manifest and service worker must stay under 280 kB (300 until the vocabularies were packed,
// which took JSON parsing out of every page; 290 until numbers in addresses were read without
// `f64::from_str`, `format::read_decimal`), plus the list its HTML carries. The other
// pages load only when the user goes there (and are precached in the background): each has its
// own budget of 420 kB (400 until the storage guarantees of issue 16 and the workshop's planner
// took the Workspace and Workshop pages to 400-404 kB; a page over it is split, as the Workshop
// and Contribute pages were from the Workspace). The Workspace has 450 kB: sharing a proposal by
// link and QR code (issue 12) needs deflate, inflate and the QR encoder there (miniz_oxide and
// qrcode, about 28 kB brotli, see Cargo.toml), and the proposal is the Workspace's own content,
// which no other page holds. The map's basemap, which only the Visual page draws, has a budget
// of its own.
// Exits 1 when a budget is exceeded.

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { dist, pageLoads } from './built.mjs';

const KB = 1000;
const PAGE_BUDGET = 420 * KB;
const BUDGETS = {
  // 280 for the code and data, and 5 for the list written out into the HTML (scripts/prerender.mjs,
  // 4.3 kB brotli): the first view reads seconds before the code has arrived.
  'index.html': 285 * KB,
  'work.html': 450 * KB,
  'visual.html': PAGE_BUDGET,
  'workshop.html': PAGE_BUDGET,
  'contribute.html': PAGE_BUDGET,
};
const BASEMAP = 'map/basemap.svg';
const BASEMAP_BUDGET = 15 * KB;

// The packed vocabularies the app fetches (`passerelle-cli pack`), not their JSON sources.
const vocabularies = (await readdir(join(dist, 'data', 'vocabulary'))).filter((f) => f.endsWith('.bin')).map((f) => `data/vocabulary/${f}`);
/** Fetched by every page at start, besides what the HTML links to. */
const ALWAYS = ['data/dataset.bin', 'sw.js'];

async function sizes(path) {
  const body = await readFile(join(dist, path));
  return {
    path,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** A page's first load: what it loads itself, and what every page fetches at start. */
async function firstLoad(page) {
  return [...new Set([page, ...(await pageLoads(page)), ...ALWAYS])].sort();
}

let failed = false;
const kb = (n) => (n / KB).toFixed(1).padStart(7);
const largestVocabulary = (await Promise.all(vocabularies.map(sizes))).sort((a, b) => b.brotli - a.brotli)[0];
for (const [page, budget] of Object.entries(BUDGETS)) {
  const parts = await Promise.all((await firstLoad(page)).map(sizes));
  if (largestVocabulary) parts.push(largestVocabulary);
  const total = parts.reduce((t, p) => ({ raw: t.raw + p.raw, gzip: t.gzip + p.gzip, brotli: t.brotli + p.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`\n${page}: first load, kB (1000 bytes)`);
  console.log(`${'file'.padEnd(44)} ${'raw'.padStart(7)} ${'gzip'.padStart(7)} ${'brotli'.padStart(7)}`);
  for (const p of parts) console.log(`${p.path.padEnd(44)} ${kb(p.raw)} ${kb(p.gzip)} ${kb(p.brotli)}`);
  console.log(`${'total'.padEnd(44)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}   budget ${kb(budget)} brotli`);
  if (total.brotli > budget) {
    console.error(`OVER BUDGET: ${page} needs ${kb(total.brotli)} kB brotli, the budget is ${kb(budget)} kB`);
    failed = true;
  }
}
const basemap = await sizes(BASEMAP);
console.log(`\n${BASEMAP} (after the Visual page's first view): ${kb(basemap.raw)} raw ${kb(basemap.gzip)} gzip ${kb(basemap.brotli)} brotli   budget ${kb(BASEMAP_BUDGET)} brotli`);
if (basemap.brotli > BASEMAP_BUDGET) {
  console.error(`OVER BUDGET: the basemap needs ${kb(basemap.brotli)} kB brotli, the budget is ${kb(BASEMAP_BUDGET)} kB`);
  failed = true;
}
process.exit(failed ? 1 : 0);
