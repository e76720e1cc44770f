// Weak connections: after one visit the service worker serves the whole app with no network; a
// new version is announced, never forced; city data is updated without a rebuild, or kept when
// the update is broken. Each test has a server of its own, which it takes away.

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures.mjs';
import { dist, packDataset, readDataset, readPackedDataset, screenshot } from './support.mjs';
import { App } from './pages/app.mjs';

const { cities } = readDataset();

/**
 * Waits until the app says it is available offline: the service worker controls the page and
 * every file of the build is cached (the page's own at install, the rest once it was idle).
 */
async function controlledByServiceWorker(page) {
  await expect(new App(page).availableOffline).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** One visit with the network, then the server gone and the device offline. */
async function visitedOnceThenOffline({ page, context, list, serveWith, errors }) {
  const server = await serveWith();
  await page.goto(server.url);
  await expect(list.cityNames.first()).toBeVisible();
  await controlledByServiceWorker(page);
  await server.close();
  await context.setOffline(true);
  // Requests the app makes to see whether the network is back.
  errors.allow(/ERR_INTERNET_DISCONNECTED|Failed to load resource/);
  return server;
}

test.describe('with no network, after one visit', () => {
  test('the list of cities opens', async ({ page, context, list, serveWith, errors }) => {
    await visitedOnceThenOffline({ page, context, list, serveWith, errors });
    await page.reload();
    await expect(list.cityNames).toHaveCount(cities.length);
  });

  test('a proposal is started from a match and kept', async ({ page, context, list, profile, match, editor, serveWith, errors }) => {
    await visitedOnceThenOffline({ page, context, list, serveWith, errors });
    await page.reload();
    await list.openCity('Kampala');
    await expect(profile.heading('Kampala')).toBeVisible();
    await profile.findPartners('Kampala');
    await expect(match.heading('Kampala')).toBeVisible();
    await match.startProposalWith(await match.names.first().textContent());
    await editor.waitUntilOpen();
    await editor.type('Title', 'Drafted with no network');
    await editor.expectSaved();
    await page.reload();
    await editor.waitUntilOpen();
    await expect(editor.field('Title')).toHaveValue('Drafted with no network');
    await screenshot(page, 'offline-proposal');
  });

  test('the map and its basemap come from the cache', async ({ page, context, list, app, map, serveWith, errors }) => {
    await visitedOnceThenOffline({ page, context, list, serveWith, errors });
    await page.reload();
    await app.navigateTo('Map');
    // 24 partnerships, two of several cities, drawn as 30 arcs (one tie is listed, not drawn).
    await expect(map.arcs).toHaveCount(30);
    const { href } = await map.basemap();
    expect(await page.evaluate(async (address) => (await fetch(address)).ok, href)).toBe(true);
  });

  test('French comes from the cache too', async ({ page, context, list, app, map, serveWith, errors }) => {
    await visitedOnceThenOffline({ page, context, list, serveWith, errors });
    await page.reload();
    await app.navigateTo('Map');
    await expect(map.markers.first()).toBeVisible();
    await app.chooseLanguage('Français');
    await expect(page.getByRole('heading', { level: 1, name: 'Carte des collaborations' })).toBeVisible();
    await expect(map.legend.getByRole('listitem').filter({ hasText: 'Gestion des déchets' })).toBeVisible();
    await screenshot(page, 'offline-map-french');
  });
});

test.describe('a new version on the server', () => {
  /** The app visited once; then the server has a service worker of another version. */
  async function newVersionServed({ page, list, serveWith }) {
    let next = false;
    const worker = await readFile(join(dist, 'sw.js'), 'utf8');
    const server = await serveWith(dist, {
      '/sw.js': () => ({ type: 'text/javascript', body: next ? worker.replace(/const VERSION = "[^"]+"/, 'const VERSION = "next"') : worker }),
    });
    await page.goto(server.url);
    await expect(list.cityNames.first()).toBeVisible();
    await controlledByServiceWorker(page);
    next = true;
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  }

  test('is announced, and the page is not reloaded by itself', async ({ page, list, app, serveWith }) => {
    await newVersionServed({ page, list, serveWith });
    const loaded = await page.evaluate(() => performance.timeOrigin);
    await expect(app.notice('A new version of Passerelle is ready.')).toBeVisible({ timeout: 15_000 });
    await screenshot(page, 'update-ready');
    expect(await page.evaluate(() => performance.timeOrigin), 'the same page, not reloaded').toBe(loaded);
  });

  test('is applied when the user reloads from the notice', async ({ page, list, app, serveWith }) => {
    await newVersionServed({ page, list, serveWith });
    await expect(app.notice('A new version of Passerelle is ready.')).toBeVisible({ timeout: 15_000 });
    const reloaded = page.waitForEvent('load');
    await app.reloadFromNotice();
    await reloaded;
    await expect(list.cityNames.first()).toBeVisible();
    await expect(app.notice('A new version of Passerelle is ready.')).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => caches.keys())).toContain('passerelle-app-next');
  });
});

// The adversarial run: a new version with a corrupt wasm was announced, and Reload left the
// page on "Passerelle…" for good; a first visit with a corrupt wasm showed only "Passerelle…".
test.describe('a broken deploy', () => {
  /** The Explore page's WebAssembly, as the build names it. */
  async function wasmPath() {
    const names = await readdir(dist);
    return '/' + names.find((n) => /^passerelle-[0-9a-f]+_bg\.wasm$/.test(n));
  }
  /** The file as a broken upload leaves it: its first half. */
  const corrupt = (bytes) => ({ type: 'application/wasm', body: bytes.subarray(0, bytes.length >> 1) });

  test('is refused by the service worker, which keeps the working version and says so', async ({ page, list, app, serveWith }) => {
    let deployed = false;
    const worker = await readFile(join(dist, 'sw.js'), 'utf8');
    const wasm = await wasmPath();
    const bytes = await readFile(join(dist, wasm));
    const server = await serveWith(dist, {
      '/sw.js': () => ({ type: 'text/javascript', body: deployed ? worker.replace(/const VERSION = "[^"]+"/, 'const VERSION = "broken"') : worker }),
      [wasm]: () => (deployed ? corrupt(bytes) : { type: 'application/wasm', body: bytes }),
    });
    await page.goto(server.url);
    await expect(list.cityNames.first()).toBeVisible();
    await controlledByServiceWorker(page);
    deployed = true;
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update().catch(() => {}));
    await expect(app.notice('A new version of Passerelle could not be installed; you keep this one.')).toBeVisible({ timeout: 15_000 });
    await expect(app.notice('A new version of Passerelle is ready.')).toHaveCount(0);
    await screenshot(page, 'update-failed');
    await page.reload();
    await expect(list.cityNames.first(), 'the working version still starts').toBeVisible();
    expect(await page.evaluate(() => caches.keys())).not.toContain('passerelle-app-broken');
  });

  test('cached by an older worker shows the error screen, whose Reload fetches the app afresh', async ({ page, list, serveWith, errors }) => {
    const server = await serveWith();
    await page.goto(server.url);
    await expect(list.cityNames.first()).toBeVisible();
    await controlledByServiceWorker(page);
    // What a worker without checks cached of a broken deploy.
    const wasm = await wasmPath();
    await page.evaluate(async (wasm) => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        if (await cache.match(wasm)) await cache.put(wasm, new Response(new Uint8Array([0, 97, 115, 109, 9, 9]), { headers: { 'content-type': 'application/wasm' } }));
      }
    }, new URL(wasm.slice(1), server.url).href);
    errors.allow(/CompileError|WebAssembly/);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Passerelle stopped because of an error' })).toBeVisible();
    await page.getByRole('link', { name: 'Reload / Recharger' }).click();
    await expect(list.cityNames.first()).toBeVisible();
  });

  test('on a first visit shows the error screen, whose Reload starts the app once the server is fixed', async ({ page, list, serveWith, errors }) => {
    let broken = true;
    const wasm = await wasmPath();
    const bytes = await readFile(join(dist, wasm));
    const server = await serveWith(dist, { [wasm]: () => (broken ? corrupt(bytes) : { type: 'application/wasm', body: bytes }) });
    errors.allow(/CompileError|WebAssembly/);
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'Passerelle stopped because of an error' })).toBeVisible();
    await expect(page.getByText('Passerelle…')).toBeHidden();
    await screenshot(page, 'fatal-corrupt-wasm');
    broken = false;
    await page.getByRole('link', { name: 'Reload / Recharger' }).click();
    await expect(list.cityNames.first()).toBeVisible();
  });
});

test.describe('newer city data on the server', () => {
  /** The app visited once; `serve.data` is then what the server has as its dataset. */
  async function visitedWithData({ page, list, serveWith }) {
    const original = readPackedDataset();
    const served = { data: original, original };
    served.server = await serveWith(dist, { '/data/dataset.bin': () => ({ body: served.data, type: 'application/octet-stream' }) });
    await page.goto(served.server.url);
    await expect(list.cityNames.first()).toBeVisible();
    await controlledByServiceWorker(page);
    return served;
  }

  /** The dataset with Accra renamed, as an update would rename it, packed. */
  function renamed() {
    const updated = readDataset();
    updated.cities.find((c) => c.id === 'accra').name = 'Accra Metropolitan';
    return packDataset(updated);
  }

  test('that is broken is reported, and the saved copy kept', async ({ page, list, app, serveWith }) => {
    const served = await visitedWithData({ page, list, serveWith });
    served.data = served.original.subarray(0, served.original.length / 2);
    await page.reload();
    await expect(app.notice('newer city data file, but it is broken')).toBeVisible({ timeout: 15_000 });
    await expect(list.cityNames, 'the saved copy is still used').toHaveCount(cities.length);
  });

  test('replaces the saved copy once the user reloads', async ({ page, list, app, serveWith }) => {
    const served = await visitedWithData({ page, list, serveWith });
    served.data = renamed();
    await page.reload();
    await expect(app.notice('Newer city data was downloaded')).toBeVisible({ timeout: 15_000 });
    await expect(list.card('Accra')).toBeVisible();
    await app.reloadFromNotice();
    await expect(list.card('Accra Metropolitan')).toBeVisible();
  });

  test('is the copy kept for use offline', async ({ page, context, list, app, serveWith, errors }) => {
    const served = await visitedWithData({ page, list, serveWith });
    served.data = renamed();
    await page.reload();
    await expect(app.notice('Newer city data was downloaded')).toBeVisible({ timeout: 15_000 });
    await served.server.close();
    await context.setOffline(true);
    errors.allow(/ERR_INTERNET_DISCONNECTED|Failed to load resource/);
    await page.reload();
    await expect(list.card('Accra Metropolitan')).toBeVisible();
  });
});
