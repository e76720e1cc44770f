// Writes dist/sw.js, last step of the build (scripts/build.sh), from sw/sw.js: the list of files
// this build precaches, the start of each file's SHA-256 (so the worker can check a new version
// before taking over), each file's size as served (brotli, so a user on data saver is told what
// the rest of the app costs) and a content version of the whole build.
//
// The views written out as HTML (scripts/prerender.mjs) are not precached, except each
// language's landing list: the others are reached by links before the app starts or without
// JavaScript, and precaching them all would cost about 300 kB for pages the app itself shows.
// Offline, the worker answers a page it does not hold with the landing list.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { root, dist, hash, withoutComments, filesOf } from './built.mjs';

const all = (await filesOf()).filter((f) => f !== 'sw.js' && !f.endsWith('.schema.json'));
const contents = await Promise.all(all.map((f) => readFile(join(dist, f))));
const version = hash(Buffer.concat(contents));

/** A written-out view other than a landing list: its <html> names a non-empty app address. */
const deepView = (file, body) => file.endsWith('.html') && /<html[^>]*\bdata-address="[^"]+"/.test(body.toString('utf8', 0, 512));
const served = (body) => brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
const precached = all.flatMap((f, i) => (deepView(f, contents[i]) ? [] : [[f, hash(contents[i]), served(contents[i])]]));
const front = precached.find(([f]) => f === 'index.html');
const template = withoutComments(await readFile(join(root, 'sw', 'sw.js'), 'utf8'));
const worker = template
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__FILES__', JSON.stringify([['./', ...front.slice(1)], ...precached]));
await writeFile(join(dist, 'sw.js'), worker);
const bytes = precached.reduce((n, [, , size]) => n + size, 0);
console.log(`service worker ${version}: ${precached.length + 1} of ${all.length + 1} files precached (${Math.round(bytes / 1000)} kB brotli)`);
