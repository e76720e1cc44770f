// What the build scripts after Trunk share: where the build is, and the helpers they name files
// and strip scripts with.

import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
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
