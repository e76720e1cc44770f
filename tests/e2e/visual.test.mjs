// The map of collaborations and the network memberships: what they draw, what a tap opens,
// focus mode, the text alternative, and the basemap coming from the app itself.

import { test, expect, onDevice } from './fixtures.mjs';
import { readDataset, screenshot } from './support.mjs';

const { cities, partnerships } = readDataset();

for (const device of ['tablet-portrait', 'tablet-landscape', 'phone']) {
  onDevice(device, () => {
    test('the map draws every city it can place and every partnership', async ({ map, page }) => {
      await map.open();
      // Madison is outside Africa and Europe; 24 partnerships, two of several cities, are drawn
      // as 30 arcs (the Kanifing–Madison tie is listed, not drawn).
      await expect(map.markers).toHaveCount(cities.length - 1);
      await expect(map.participants).toHaveCount(cities.filter((c) => c.participant).length);
      await expect(map.arcs).toHaveCount(30);
      await screenshot(page, `map-${device}`);
    });

    test('the map lists every partnership as text, and the city it cannot place', async ({ map }) => {
      await map.open();
      await expect(map.listedPartnerships).toHaveCount(partnerships.length);
      await expect(map.listUnder('Outside the map').getByRole('link', { name: 'Madison', exact: true })).toBeVisible();
    });

    test('the basemap is the app’s own drawing, shown at size', async ({ map, page }) => {
      await map.open();
      await expect.poll(async () => (await map.basemap()).width).toBeGreaterThan(300);
      const address = new URL((await map.basemap()).href, page.url());
      expect(address.origin).toBe(new URL(page.url()).origin);
      const response = await page.request.get(address.href);
      expect(response.ok()).toBe(true);
      expect(response.headers()['content-type']).toBe('image/svg+xml');
    });

    test('the map does not scroll sideways', async ({ map, app }) => {
      await map.open();
      await expect.poll(() => app.sidewaysScroll()).toBeLessThanOrEqual(0);
    });
  });
}

onDevice('tablet-portrait', () => {
  test('tapping a partnership shows it with its source', async ({ map, page }) => {
    await map.open('&sector=waste-management');
    await expect(map.listedPartnerships).toHaveCount(6);
    await map.tapArc('Milan – Freetown');
    await expect(map.selected).toContainText('Freetown');
    await expect(map.selected).toContainText('Emerging');
    const source = map.selected.getByRole('group').filter({ hasText: /^Source/ }).first();
    await source.getByText('Source', { exact: true }).tap();
    await expect(source).toContainText('A Mayors Dialogue on Growth and Solidarity');
    await screenshot(page, 'map-arc-selected-tablet-portrait');
  });

  test('the status filter keeps the partnerships of that status', async ({ map, page }) => {
    await map.open('&sector=waste-management');
    await map.showStatus('Emerging');
    await expect(map.arcs).toHaveCount(1);
    await expect(page).toHaveURL(/status=emerging/);
  });

  test('tapping a city opens its profile', async ({ map, profile, page }) => {
    await map.open('&sector=waste-management');
    await map.marker('Freetown').tap();
    await expect(page).toHaveURL(/view=city&city=freetown/);
    await expect(profile.heading('Freetown')).toBeVisible();
  });
});

test.describe('focus mode', () => {
  test('is chosen from the list of cities and kept in the address', async ({ map, page }) => {
    await map.open();
    await map.focusOn('dakar');
    await expect(page).toHaveURL(/view=map&city=dakar/);
  });

  test('shows one city’s partnerships and its five best suggested partners', async ({ map, page }) => {
    await map.open();
    await map.focusOn('dakar');
    await expect(map.suggestionLines).toHaveCount(5);
    await expect(map.arcs).toHaveCount(9);
    await expect(map.listedPartnerships).toHaveCount(9);
    await expect(map.listUnder('Suggested partners').getByRole('listitem')).toHaveCount(5);
    await screenshot(page, 'map-focus-dakar-tablet-landscape');
  });
});

onDevice('tablet-portrait', () => {
  test('the membership grid shows who belongs to which network', async ({ memberships }) => {
    await memberships.open();
    await expect(memberships.cities).toHaveCount(20);
    await expect(memberships.columns, 'City and 22 networks').toHaveCount(23);
    await expect(memberships.memberships).toHaveCount(100);
  });

  test('two cities chosen show the networks they share, and their rows', async ({ memberships, page }) => {
    await memberships.open();
    await memberships.compare('Milan', 'Freetown');
    await expect(memberships.sharedNetwork('Mayors Dialogue on Growth and Solidarity')).toBeVisible();
    await expect.poll(() => memberships.highlightedCities()).toEqual(['Freetown', 'Milan']);
    await screenshot(page, 'memberships-tablet-portrait');
  });

  test('the list’s filters narrow the grid', async ({ memberships }) => {
    await memberships.open('&continent=africa');
    await expect(memberships.cities.first()).toBeVisible();
    await expect.poll(() => memberships.cities.count()).toBeLessThan(20);
    await expect(memberships.cities.filter({ hasText: 'Milan' }), 'no European city').toHaveCount(0);
  });
});
