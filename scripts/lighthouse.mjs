// Lighthouse on the Explore page as a user on slow 3G would load it: 400 kbit/s both ways, 400 ms
// latency, a processor four times slower, applied by the browser (devtools throttling) rather
// than simulated. Not part of `make test`: run `node scripts/lighthouse.mjs` after
// scripts/build.sh; the first run downloads Lighthouse 12 from npm (npx).
// Prints the paint and layout figures and the performance score.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../tests/e2e/support.mjs';

const server = await serve();
const report = join(mkdtempSync(join(tmpdir(), 'lighthouse-')), 'explore.json');
try {
  // Asynchronously: this process serves the pages Lighthouse loads.
  await promisify(execFile)(
    'npx',
    [
      '--yes',
      'lighthouse@12',
      server.url,
      '--only-categories=performance',
      '--throttling-method=devtools',
      '--throttling.requestLatencyMs=400',
      '--throttling.downloadThroughputKbps=400',
      '--throttling.uploadThroughputKbps=400',
      '--throttling.cpuSlowdownMultiplier=4',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' } },
  );
} finally {
  await server.close();
}
const { audits, categories } = JSON.parse(readFileSync(report, 'utf8'));
for (const audit of ['first-contentful-paint', 'largest-contentful-paint', 'cumulative-layout-shift', 'total-blocking-time', 'interactive']) {
  console.log(`${audits[audit].title}: ${audits[audit].displayValue}`);
}
console.log(`Performance score: ${Math.round(categories.performance.score * 100)}`);
