// Offline without a surprise bill (issue 17): a first visit downloads each file once, the Explore
// wasm included; the rest of the app waits until the first page is interactive, and with data
// saver on until the user agrees; then the app says, once, that it works offline. Each test has a
// server of its own, which counts what crosses the network.

import { readdir } from 'node:fs/promises';
import { test, expect, onDevice } from './fixtures.mjs';
import { dist, record, screenshot } from './support.mjs';
import { started } from './pages/app.mjs';
import { pageLoads } from '../../scripts/built.mjs';

const names = await readdir(dist);
const EXPLORE_WASM = '/' + names.find((n) => /^passerelle-[0-9a-f]+_bg\.wasm$/.test(n));
const OTHER_WASMS = names.filter((n) => n.endsWith('_bg.wasm')).map((n) => '/' + n).filter((n) => n !== EXPLORE_WASM);

/** What the Explore page loads itself: its HTML, what its head links to, its glue and wasm. */
async function explorePageFiles() {
  return new Set(['/', ...(await pageLoads('index.html')).map((f) => '/' + f)]);
}

const bytes = (server) => server.sent.reduce((total, [, size]) => total + size, 0);

test('on a first visit every file crosses the network once, the Explore wasm included', async ({ page, list, app, serveWith }) => {
  const server = await serveWith();
  await page.goto(server.url);
  await expect(list.cityNames.first()).toBeVisible();
  const firstView = bytes(server);
  await expect(app.availableOffline).toBeVisible({ timeout: 30_000 });
  expect(server.requests.filter((path) => path === EXPLORE_WASM), 'the Explore wasm').toHaveLength(1);
  expect(server.requests.filter((path, i) => server.requests.indexOf(path) !== i), 'downloaded twice').toEqual([]);
  record('first_visit_bytes_first_view', firstView, 'bytes on the wire (brotli) until the city list shows');
  record('first_visit_bytes_until_available_offline', bytes(server), 'bytes on the wire (brotli), the whole app cached');
});

test('no other page is downloaded before the first page is interactive', async ({ page, list, app, serveWith }) => {
  const server = await serveWith();
  await page.goto(server.url);
  await list.search('Dakar');
  await expect(list.cityNames.filter({ hasText: 'Freetown' }), 'the search has answered').toHaveCount(0);
  await expect(list.cityNames.filter({ hasText: 'Dakar' })).toHaveCount(1);
  expect(server.requests.filter((path) => OTHER_WASMS.includes(path))).toEqual([]);
  await expect(app.availableOffline).toBeVisible({ timeout: 30_000 });
  expect(server.requests, 'the other pages come afterwards').toEqual(expect.arrayContaining(OTHER_WASMS));
});

test('"Available offline" is said once, not on the next visit', async ({ page, list, app, serveWith }) => {
  const server = await serveWith();
  await page.goto(server.url);
  await started(page);
  const before = await list.cityNames.first().boundingBox();
  await expect(app.availableOffline).toBeVisible({ timeout: 30_000 });
  // Said over the bottom of the screen: what the user reads does not move.
  expect(await list.cityNames.first().boundingBox()).toEqual(before);
  await screenshot(page, 'available-offline');
  await page.reload();
  await expect(list.cityNames.first()).toBeVisible();
  // The page asks the worker for the rest once it is idle; the worker answers only with news.
  await page.waitForLoadState('networkidle');
  await expect(app.availableOffline).toHaveCount(0);
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('« Disponible hors ligne » est dit une fois tout arrivé', async ({ page, app }) => {
    await page.goto('./');
    await expect(app.availableOffline).toBeVisible({ timeout: 30_000 });
    await expect(app.availableOffline).toContainText('Disponible hors ligne');
  });
});

onDevice('phone', () => {
  test.describe('with data saver on', () => {
    test.beforeEach(async ({ context }) => {
      await context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    });

    test('nothing more is downloaded until the user agrees; then another page opens offline', async ({ page, context, list, app, map, serveWith, errors }) => {
      const server = await serveWith();
      const own = await explorePageFiles();
      await page.goto(server.url);
      await expect(list.cityNames.first()).toBeVisible();
      await expect(app.offlineOffer).toBeVisible({ timeout: 30_000 });
      await screenshot(page, 'offline-offer-phone', { fullPage: false });
      expect(server.requests.filter((path) => !own.has(path) && path !== '/sw.js'), 'only the page itself').toEqual([]);
      await app.makeAvailableOffline();
      await expect(app.availableOffline).toBeVisible({ timeout: 30_000 });
      expect(server.requests).toEqual(expect.arrayContaining(OTHER_WASMS));
      await server.close();
      await context.setOffline(true);
      errors.allow(/ERR_INTERNET_DISCONNECTED|Failed to load resource/);
      await app.navigateTo('Map');
      await expect(map.arcs).toHaveCount(30);
    });

    test('"Not now" downloads nothing and is kept for the visit', async ({ page, list, app, serveWith }) => {
      const server = await serveWith();
      const own = await explorePageFiles();
      await page.goto(server.url);
      await expect(app.offlineOffer).toBeVisible({ timeout: 30_000 });
      await app.notNow();
      await expect(app.offlineOffer).toHaveCount(0);
      await page.reload();
      await expect(list.cityNames.first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expect(app.offlineOffer, 'not asked again during the visit').toHaveCount(0);
      expect(server.requests.filter((path) => !own.has(path) && path !== '/sw.js')).toEqual([]);
    });
  });
});
