// Before any test: dist/ must be built, and its files are brotli-compressed once for every
// worker's server.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dist, precompress } from './support.mjs';

export default function globalSetup() {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} has no build: run scripts/build.sh first`);
  }
  precompress(dist);
}
