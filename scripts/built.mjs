// What the build scripts after Trunk (and the checks of what they built) share: where the build
// is, and the helpers they name files, strip scripts and read a page's own files with.

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const dist = join(root, 'dist');

/** The start of a file's SHA-256, in hex: names files by content and lets the worker check them. */
export const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** A script without its whole-line comments and blank lines: every page downloads it. */
export const withoutComments = (code) =>
  code
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('//'))
    .join('\n') + '\n';

/** Every file under `dir`, as paths relative to dist/ with forward slashes, sorted. */
export async function filesOf(dir = dist) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesOf(path)));
    else out.push(relative(dist, path).split('\\').join('/'));
  }
  return out.sort();
}

/**
 * What `page` (an HTML file of dist/) loads itself: the local files its head links to, and the JS
 * glue and wasm its start script loads, as paths relative to dist/. The body's links and the
 * head's other languages (scripts/prerender.mjs) are pages a reader may open, not parts of it.
 */
export async function pageLoads(page) {
  const head = (await readFile(join(dist, page), 'utf8')).split('</head>')[0].replace(/<link rel="alternate"[^>]*>/g, '');
  const linked = [...head.matchAll(/(?:src|href)="\.?\/?([^"?#:]+)"/g)].map((m) => m[1]).filter((p) => !p.endsWith('/'));
  const loaded = [];
  for (const file of linked.filter((f) => f.endsWith('.js') && f.startsWith('start-'))) {
    const start = await readFile(join(dist, file), 'utf8');
    for (const m of start.matchAll(/['"]\.\/([^'"]+\.(?:js|wasm))['"]/g)) loaded.push(m[1]);
  }
  return [...linked, ...loaded];
}
