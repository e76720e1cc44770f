// Shared setup for the end-to-end tests: a static server for dist/ on 127.0.0.1 that the test
// starts and stops itself, Debian's Chromium driven by playwright-core, the viewports the app
// must work on, and screenshots saved under tests/e2e/artifacts (ignored by git).

import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

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

const brotliCache = new Map();

function compressed(file, body) {
  const key = `${file}:${body.length}:${body.subarray(0, 64).toString('hex')}`;
  if (!brotliCache.has(key)) {
    brotliCache.set(key, brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return brotliCache.get(key);
}

/**
 * Serves `root` on 127.0.0.1 at a free port. `overrides` maps a path to a function returning
 * `{status, body, type}`, for tests that need a broken or missing file.
 */
export async function serve(root = dist, overrides = {}, port = 0) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    const override = overrides[url.pathname];
    if (override) {
      const { status = 200, body = '', type = 'application/json' } = override();
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
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
      body = compressed(file, body);
      headers['content-encoding'] = 'br';
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const bound = server.address().port;
  return {
    url: `http://127.0.0.1:${bound}/`,
    port: bound,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
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

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export const VIEWPORTS = {
  'tablet-landscape': { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 },
  'tablet-portrait': { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 },
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 },
};

/** A page in a fresh context that fails the test on any uncaught error or console error. */
export async function openPage(browser, device = 'tablet-landscape', options = {}) {
  const context = await browser.newContext({ ...VIEWPORTS[device], locale: 'en-GB', ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  return { context, page };
}

export async function screenshot(page, name) {
  await mkdir(join(artifacts, 'screenshots'), { recursive: true });
  await page.screenshot({ path: join(artifacts, 'screenshots', `${name}.png`), fullPage: true });
}

/** Waits until the city list has rendered its cards. */
export async function waitForList(page) {
  await page.locator('.city-card').first().waitFor({ timeout: 15000 });
}

/** Appends a measured figure to tests/e2e/artifacts/measurements.json and prints it. */
export async function record(name, value, unit) {
  const { readFile: read, writeFile } = await import('node:fs/promises');
  await mkdir(artifacts, { recursive: true });
  const file = join(artifacts, 'measurements.json');
  let all = {};
  try {
    all = JSON.parse(await read(file, 'utf8'));
  } catch {
    all = {};
  }
  all[name] = { value, unit, at: new Date().toISOString() };
  await writeFile(file, JSON.stringify(all, null, 2));
  console.log(`measured ${name}: ${value} ${unit}`);
}

/** Every main view of the app, by name and address relative to the app's folder. */
export const MAIN_VIEWS = [
  ['list', ''],
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

/**
 * Serves dist/ and launches Chromium before the tests of the calling file and stops both after
 * them; `server` and `browser` are set on the returned object once the tests run.
 */
export function appUnderTest() {
  const app = {};
  before(async () => {
    app.server = await serve();
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
