// Weak connections: the first load on an emulated slow 3G link with a 4x slower CPU, the
// second load from the service worker, work with no network at all, a new version announced
// (never forced), and city data updated without a rebuild, or kept when the update is broken.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot, waitForList, record, dist } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };

async function throttle(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
}

test('slow 3G: cold and warm start measured, then everything works offline', async () => {
  const server = await serve();
  const { context, page } = await openPage(browser, 'tablet-landscape');
  await throttle(context, page);
  let started = Date.now();
  await page.goto(server.url);
  await waitForList(page);
  const cold = Date.now() - started;
  await record('slow3g_cold_first_list_ms', cold, 'ms (400 kbit/s, 400 ms latency, CPU x4, empty cache)');
  await controlled(page);

  started = Date.now();
  await page.reload();
  await waitForList(page);
  const warm = Date.now() - started;
  await record('slow3g_warm_first_list_ms', warm, 'ms (same link, from the service worker)');
  // Let the Workspace page's files reach the cache too (precached at install).
  await page.waitForTimeout(500);

  await server.close();
  await context.setOffline(true);
  await page.reload();
  await waitForList(page);
  assert.equal(await page.locator('.city-card').count(), 35);
  await page.locator('.city-card .card-title a', { hasText: 'Kampala' }).click();
  await page.locator('h1', { hasText: 'Kampala' }).waitFor();
  await page.getByRole('link', { name: 'Find partners for Kampala' }).click();
  await page.locator('h1', { hasText: 'Partners for Kampala' }).waitFor();
  await page.getByRole('button', { name: /Start a proposal with/ }).first().click();
  await page.getByLabel('Title', { exact: true }).fill('Drafted with no network');
  await page.locator('.save-state', { hasText: 'Saved on this device at' }).waitFor();
  await page.reload();
  await page.locator('.proposal-editor').waitFor();
  assert.equal(await page.getByLabel('Title', { exact: true }).inputValue(), 'Drafted with no network');
  await screenshot(page, 'offline-proposal');
  // The map, its basemap and the French vocabulary come from the cache too.
  await page.getByRole('link', { name: 'Map' }).click();
  await page.locator('svg.map .marker').first().waitFor();
  assert.equal(await page.locator('svg.map .arc').count(), 30);
  const basemap = await page.evaluate(async () => (await fetch(document.querySelector('svg.map image').getAttribute('href'))).ok);
  assert.equal(basemap, true);
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Carte des collaborations' }).waitFor();
  await page.locator('.map-legend', { hasText: 'Gestion des déchets' }).waitFor();
  await screenshot(page, 'offline-map-french');
  assert.deepEqual(page.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  await context.close();
});

test('a new version is announced and applied only when the user reloads', async () => {
  let newVersion = false;
  const worker = await readFile(join(dist, 'sw.js'), 'utf8');
  const server = await serve(dist, {
    '/sw.js': () => ({ type: 'text/javascript', body: newVersion ? worker.replace(/const VERSION = "[^"]+"/, 'const VERSION = "next"') : worker }),
  });
  const { context, page } = await openPage(browser, 'tablet-landscape');
  await page.goto(server.url);
  await waitForList(page);
  await controlled(page);
  newVersion = true;
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  await page.locator('.notice', { hasText: 'A new version of Passerelle is ready.' }).waitFor({ timeout: 15000 });
  await screenshot(page, 'update-ready');
  const before = await page.evaluate(() => performance.timeOrigin);
  await page.getByRole('button', { name: 'Reload' }).click();
  await page.waitForFunction((t) => performance.timeOrigin !== t, before, { timeout: 15000 });
  await waitForList(page);
  assert.equal(await page.locator('.notice').count(), 0);
  await context.close();
  await server.close();
});

test('newer city data replaces the saved copy; a broken file does not', async () => {
  const original = await readFile(join(dist, 'data', 'dataset.json'), 'utf8');
  let served = original;
  const server = await serve(dist, { '/data/dataset.json': () => ({ body: served }) });
  const { context, page } = await openPage(browser, 'tablet-landscape');
  await page.goto(server.url);
  await waitForList(page);
  await controlled(page);

  served = '{"schema_version": 1, "cities": "broken"}';
  await page.reload();
  await page.locator('.notice', { hasText: 'newer city data file, but it is broken' }).waitFor({ timeout: 15000 });
  assert.equal(await page.locator('.city-card').count(), 35, 'the saved copy is still used');

  const updated = JSON.parse(original);
  updated.cities.find((c) => c.id === 'accra').name = 'Accra Metropolitan';
  served = JSON.stringify(updated);
  await page.reload();
  await page.locator('.notice', { hasText: 'Newer city data was downloaded' }).waitFor({ timeout: 15000 });
  await page.getByRole('button', { name: 'Reload' }).click();
  await page.locator('.city-card .card-title', { hasText: 'Accra Metropolitan' }).waitFor({ timeout: 15000 });
  // Offline, the updated copy is the one kept.
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await page.locator('.city-card .card-title', { hasText: 'Accra Metropolitan' }).waitFor();
  await context.close();
});
