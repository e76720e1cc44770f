// After Trunk: makes dist/ ready to serve and to work offline.
//
// 1. Replaces Trunk's inline start-up script of each page with a file written from
//    sw/start.js (the Content Security Policy forbids inline scripts), which shows the page's
//    error screen when the app cannot load or start.
// 2. Draws the PNG app icons (no binary files in the repository).
// 3. Minifies the JSON data files (the repository copies stay readable for maintainers).
//
// The start script loses its whole-line comments on the way: every page downloads it.
// Then scripts/prerender.mjs writes the first views as HTML and scripts/worker.mjs the service
// worker.

import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { root, dist, hash, withoutComments } from './built.mjs';

// 1. Inline start-up scripts → the start script, with the page's glue and wasm.
const startTemplate = withoutComments(await readFile(join(root, 'sw', 'start.js'), 'utf8'));
for (const page of ['index.html', 'work.html', 'visual.html', 'workshop.html', 'contribute.html']) {
  const file = join(dist, page);
  let html = await readFile(file, 'utf8');
  const scripts = [];
  html = html.replace(/<script type="module">([\s\S]*?)<\/script>/g, (_, trunk) => {
    const glue = trunk.match(/from '\.\/([^']+\.js)'/)?.[1];
    const wasm = trunk.match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
    if (!glue || !wasm) throw new Error(`${page}: Trunk's start script names no glue or wasm`);
    const code = startTemplate.replace('__GLUE__', glue).replace('__WASM__', wasm);
    const name = `start-${hash(code)}.js`;
    scripts.push(writeFile(join(dist, name), code));
    return `<script type="module" src="./${name}"></script>`;
  });
  await Promise.all(scripts);
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error(`${page} still has an inline script`);
  await writeFile(file, html);
}

// 2. Icons: a footbridge (a passerelle) over water, white on the app's blue.
function crc32(bytes) {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function png(size, drawPixel) {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  const samples = 4;
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const [pr, pg, pb, pa] = drawPixel((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          r += pr * pa; g += pg * pa; b += pb * pa; a += pa;
        }
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const n = samples * samples;
      rows[o] = a ? Math.round(r / a) : 0;
      rows[o + 1] = a ? Math.round(g / a) : 0;
      rows[o + 2] = a ? Math.round(b / a) : 0;
      rows[o + 3] = Math.round((a / n) * 255);
    }
  }
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    data.copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BLUE = [11, 92, 122, 1];
const WHITE = [255, 255, 255, 1];
const CLEAR = [0, 0, 0, 0];

/** The drawing in a unit square; `inset` shrinks it into the maskable safe zone. */
function bridge(x, y, { rounded, inset }) {
  if (rounded) {
    const r = 0.19;
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  }
  const u = (x - 0.5) / (1 - 2 * inset) + 0.5;
  const v = (y - 0.5) / (1 - 2 * inset) + 0.5;
  // The deck: an arc from (0.15, 0.69) up to (0.5, 0.38) and down to (0.85, 0.69).
  const arc = 0.69 - 0.31 * (1 - ((u - 0.5) / 0.35) ** 2);
  if (u > 0.14 && u < 0.86 && Math.abs(v - arc) < 0.045) return WHITE;
  // Three piers.
  for (const px of [0.28, 0.5, 0.72]) {
    const top = 0.69 - 0.31 * (1 - ((px - 0.5) / 0.35) ** 2);
    if (Math.abs(u - px) < 0.032 && v > top && v < 0.73) return WHITE;
  }
  return BLUE;
}

await mkdir(join(dist, 'icons'), { recursive: true });
await writeFile(join(dist, 'icons', 'icon-192.png'), png(192, (x, y) => bridge(x, y, { rounded: true, inset: 0 })));
await writeFile(join(dist, 'icons', 'icon-512.png'), png(512, (x, y) => bridge(x, y, { rounded: true, inset: 0 })));
await writeFile(join(dist, 'icons', 'icon-maskable-512.png'), png(512, (x, y) => bridge(x, y, { rounded: false, inset: 0.1 })));

// 3. Data files without the indentation: about 0.8 kB less brotli for the dataset.
for (const dir of [join(dist, 'data'), join(dist, 'data', 'vocabulary')]) {
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json'))) {
    const file = join(dir, name);
    await writeFile(file, JSON.stringify(JSON.parse(await readFile(file, 'utf8'))));
  }
}
