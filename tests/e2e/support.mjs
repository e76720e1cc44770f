// Shared setup for the end-to-end tests (and `make run`): a static server for dist/ on
// 127.0.0.1 that serves brotli as a real host would, Debian's Chromium arguments, the viewports
// the app must work on, screenshots and measured figures saved under tests/e2e/artifacts
// (ignored by git).

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '..', '..');
export const dist = join(repo, 'dist');
export const artifacts = join(here, 'artifacts');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

// Brotli at quality 11 takes seconds for a wasm file: each file is compressed once, kept in
// memory and on disk (by content hash) for the other test workers and later runs.
const brotliCache = new Map();
const brotliDir = join(artifacts, '.brotli');

function compressed(body) {
  const hash = createHash('sha1').update(body).digest('hex');
  if (!brotliCache.has(hash)) {
    const file = join(brotliDir, `${hash}.br`);
    if (existsSync(file)) {
      brotliCache.set(hash, readFileSync(file));
    } else {
      const packed = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } });
      mkdirSync(brotliDir, { recursive: true });
      writeFileSync(`${file}.${process.pid}`, packed);
      renameSync(`${file}.${process.pid}`, file);
      brotliCache.set(hash, packed);
    }
  }
  return brotliCache.get(hash);
}

/** Compresses every file of `root` ahead of the tests (Playwright's global setup). */
export function precompress(root = dist) {
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const body = readFileSync(join(entry.parentPath ?? entry.path, entry.name));
    if (body.length > 512) compressed(body);
  }
}

/**
 * Serves `root` on 127.0.0.1 at a free port. `overrides` maps a path to a function returning
 * `{status, body, type}`, for tests that need a broken or missing file. `requests` lists the
 * paths asked for and `sent` each answer as `[path, bytes of its body on the wire]`.
 */
export async function serve(root = dist, overrides = {}, port = 0) {
  const requests = [];
  const sent = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    const override = overrides[url.pathname];
    if (override) {
      const { status = 200, body = '', type = 'application/json' } = override();
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      sent.push([url.pathname, Buffer.byteLength(body)]);
      res.end(body);
      return;
    }
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      sent.push([url.pathname, 0]);
      res.end('not found');
      return;
    }
    // Served as a real host would: brotli-compressed when the browser accepts it.
    let body = await readFile(file);
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '') && body.length > 512) {
      body = compressed(body);
      headers['content-encoding'] = 'br';
    }
    res.writeHead(200, headers);
    sent.push([url.pathname, body.length]);
    res.end(body);
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const bound = server.address().port;
  return {
    url: `http://127.0.0.1:${bound}/`,
    port: bound,
    requests,
    sent,
    close: () =>
      new Promise((ok) => {
        // A browser keeps connections alive; close them so that "the server is gone" is true.
        server.close(ok);
        server.closeAllConnections();
      }),
  };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The viewports the app must work on, as Playwright `use` options. */
export const VIEWPORTS = {
  'tablet-landscape': { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 },
  'tablet-portrait': { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 },
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 },
};

/** Every main view of the app, by name and address relative to the app's folder. */
export const MAIN_VIEWS = [
  ['list', './'],
  ['profile', '?view=city&city=dakar'],
  ['matrix', '?view=matrix'],
  ['networks', '?view=networks'],
  ['sources', '?view=sources'],
  ['match', 'work.html?view=match&city=dakar'],
  ['proposals', 'work.html?view=proposals'],
  ['map', 'visual.html?view=map'],
  ['map-focus', 'visual.html?view=map&city=dakar'],
  ['memberships', 'visual.html?view=memberships'],
];

/** Saves a screenshot (of the full page unless told) for the team's review, under a stable name. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(join(artifacts, 'screenshots'), { recursive: true });
  await page.screenshot({ path: join(artifacts, 'screenshots', `${name}.png`), fullPage });
}

/** Saves a screenshot of one element (a map, a chart) at the size it is drawn, under a stable name. */
export async function screenshotOf(locator, name) {
  mkdirSync(join(artifacts, 'screenshots'), { recursive: true });
  await locator.screenshot({ path: join(artifacts, 'screenshots', `${name}.png`) });
}

/** Runs `change` with a lock on the measurements file: two test workers may record at once. */
function withLock(change) {
  const lock = join(artifacts, '.measurements.lock');
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let tries = 0; ; tries += 1) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A lock older than a few seconds was left by a killed run.
      if (tries > 300) rmdirSync(lock);
      Atomics.wait(pause, 0, 0, 10);
    }
  }
  try {
    change();
  } finally {
    rmdirSync(lock);
  }
}

/** Adds a measured figure to tests/e2e/artifacts/measurements.json and prints it. */
export function record(name, value, unit) {
  mkdirSync(artifacts, { recursive: true });
  const file = join(artifacts, 'measurements.json');
  withLock(() => {
    let all = {};
    try {
      all = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      all = {};
    }
    all[name] = { value, unit, at: new Date().toISOString() };
    writeFileSync(`${file}.tmp`, JSON.stringify(all, null, 2));
    renameSync(`${file}.tmp`, file);
  });
  console.log(`measured ${name}: ${value} ${unit}`);
}

/** The dataset the build serves: the tests' reference for counts. */
export function readDataset() {
  return JSON.parse(readFileSync(join(dist, 'data', 'dataset.json'), 'utf8'));
}

/** The packed file the app loads (`passerelle-cli pack`, which checks the dataset first). */
export function packDataset(dataset) {
  const dir = join(tmpdir(), `passerelle-pack-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify(dataset));
  execFileSync(
    'cargo',
    ['run', '--quiet', '--release', '--locked', '--bin', 'passerelle-cli', '--', 'pack', join(dir, 'dataset.json'),
      '--schema', resolve(dist, '..', 'public', 'data', 'dataset.schema.json')],
    { cwd: resolve(dist, '..'), stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return readFileSync(join(dir, 'dataset.bin'));
}

/**
 * A packed, checked dataset of `cities` generated cities named "City 0" to "City N-1"
 * (`passerelle-cli synthetic`), for tests and benchmarks of scale.
 */
export function syntheticDataset(cities) {
  const out = join(tmpdir(), `passerelle-synthetic-${cities}-${process.pid}-${Date.now()}.bin`);
  execFileSync(
    'cargo',
    ['run', '--quiet', '--release', '--locked', '--bin', 'passerelle-cli', '--', 'synthetic', '--cities', String(cities), '--out', out],
    { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return readFileSync(out);
}

/** The packed dataset the build serves. */
export function readPackedDataset() {
  return readFileSync(join(dist, 'data', 'dataset.bin'));
}
