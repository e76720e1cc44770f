// HTML first (issue 17): the Explore views a newcomer lands on are written out at build time
// (scripts/prerender.mjs), so they read before the app has downloaded and without JavaScript;
// the app then takes over without a jump. Each test holds the Explore wasm back until it has
// checked what a reader sees meanwhile.

import { test, expect } from './fixtures.mjs';
import { readDataset, screenshot } from './support.mjs';
import { CityList } from './pages/list.mjs';

const { cities } = readDataset();

/** Holds the page's wasm until the returned function is called. */
async function holdTheApp(page) {
  let release;
  const released = new Promise((done) => (release = done));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The total layout shift of the page so far, as Cumulative Layout Shift counts it. */
const layoutShift = (page) =>
  page.evaluate(
    () =>
      new Promise((done) => {
        let total = 0;
        new PerformanceObserver((entries) => {
          for (const entry of entries.getEntries()) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => done(total)));
      }),
  );

test('the list reads before the app has loaded, and the app takes it over without a jump', async ({ page, list }) => {
  const release = await holdTheApp(page);
  await page.goto('./');
  await expect(list.cityNames).toHaveCount(cities.length);
  await expect(list.searchBox, 'nothing typed into the copy can be lost').toBeDisabled();
  await screenshot(page, 'first-view-before-the-app', { fullPage: false });
  const before = await list.cityNames.nth(3).boundingBox();
  release();
  await expect(list.searchBox).toBeEnabled({ timeout: 30_000 });
  expect(await list.cityNames.nth(3).boundingBox()).toEqual(before);
  expect(await layoutShift(page)).toBeLessThan(0.1);
  await list.search('Lisbon');
  await expect(list.cityNames).toHaveText(['Lisbon']);
});

test('a city opened before the app has loaded reads at once, at the app’s address', async ({ page, list, profile }) => {
  const release = await holdTheApp(page);
  await page.goto('./');
  await list.openCity('Kampala');
  await expect(profile.heading('Kampala')).toBeVisible();
  await expect(page).toHaveURL(/\/\?view=city&city=kampala$/);
  release();
  await expect(page.getByRole('button', { name: 'Français' })).toBeEnabled({ timeout: 30_000 });
  await expect(profile.heading('Kampala')).toBeVisible();
  await page.reload();
  await expect(profile.heading('Kampala')).toBeVisible();
});

test('a link to another view never shows the list’s copy first', async ({ page, list, profile }) => {
  const release = await holdTheApp(page);
  await page.goto('./?view=city&city=dakar');
  await expect(page.getByText('Passerelle…')).toBeVisible();
  await expect(list.cityNames).toHaveCount(0);
  release();
  await expect(profile.heading('Dakar')).toBeVisible({ timeout: 30_000 });
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('a French reader lands on the French list', async ({ page }) => {
    const list = new CityList(page, 'fr');
    const release = await holdTheApp(page);
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Villes du Dialogue et leurs partenaires' })).toBeVisible();
    await expect(list.cityNames).toHaveCount(cities.length);
    await expect(page).toHaveURL(/\/$/);
    release();
    await expect(list.searchBox).toBeEnabled({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  });

  test('a reader who chose English gets the English list', async ({ page, list }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'English' }).click();
    const release = await holdTheApp(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Cities of the Dialogue and their partners' })).toBeVisible();
    release();
    await expect(new CityList(page, 'en').searchBox).toBeEnabled({ timeout: 30_000 });
  });
});

test('without JavaScript the list, a profile, the matrix and the sources read and link', async ({ newUser }) => {
  const page = await newUser('phone', { javaScriptEnabled: false });
  const list = new CityList(page);
  const body = page.locator('body');
  await page.goto('./');
  // Playwright's text and role queries skip <noscript>; a reader's browser shows it.
  await expect(body).toContainText('Without JavaScript, Passerelle shows the cities', { useInnerText: true });
  await expect(list.cityNames).toHaveCount(cities.length);
  await list.openCity('Freetown');
  await expect(page).toHaveURL(/\/city-freetown\.html$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Freetown', exact: true })).toBeVisible();
  await screenshot(page, 'first-view-without-javascript');
  await page.locator('noscript a', { hasText: 'Version française' }).click();
  await expect(page).toHaveURL(/\/city-freetown\.fr\.html$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Freetown', exact: true })).toBeVisible();
  await expect(body).toContainText('Sans JavaScript, Passerelle montre les villes', { useInnerText: true });
  await page.goto('./');
  await page.getByRole('link', { name: 'About the data and its sources' }).click();
  await expect(page).toHaveURL(/\/sources\.html$/);
  await expect(page.getByRole('heading', { level: 1, name: 'About the data' })).toBeVisible();
  // The phone's menu cannot open without JavaScript: the navigation shows in full.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Priority matrix' }).click();
  await expect(page).toHaveURL(/\/matrix\.html$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Priority matrix' })).toBeVisible();
  await screenshot(page, 'first-view-without-javascript-matrix', { fullPage: false });
});

test('offline, a written-out view the worker does not hold opens the list', async ({ page, list, app, context }) => {
  await page.goto('./');
  await expect(app.availableOffline).toBeVisible({ timeout: 30_000 });
  await context.setOffline(true);
  await page.goto('city-dakar.html');
  await expect(list.cityNames).toHaveCount(cities.length);
  await expect(list.searchBox).toBeEnabled({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/$/);
});
