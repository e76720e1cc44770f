// Tablet-first screens (issue 13) on the two tablets and the phone, in English and French: the
// cities on the first screen, a header that stays short (a menu on the phone), Back that keeps
// the user's place, and the keyboard: a skip link, the first city in a few Tab presses, the
// matrix as a grid, Escape that closes what it opened and gives the focus back.

import { test, expect, onDevice } from './fixtures.mjs';
import { dist, syntheticDataset } from './support.mjs';

/** The header's height on a tablet: one row of touch targets. */
const SHORT_HEADER = 64;

for (const device of ['tablet-landscape', 'tablet-portrait', 'phone']) {
  onDevice(device, () => {
    for (const locale of ['en-GB', 'fr-FR']) {
      const language = locale.slice(0, 2);
      test.describe(locale, () => {
        test.use({ locale });

        test('at least two whole cities show on the first screen of the list', async ({ app, list }) => {
          await list.open();
          await app.screenshot(`list-first-screen-${device}-${language}`, { firstScreen: true });
          await expect.poll(() => list.wholeCardsOnFirstScreen(), { message: 'whole cards on the first screen' }).toBeGreaterThanOrEqual(2);
        });

        test('the header is one short row that stays in view', async ({ app, list }) => {
          await list.open();
          await app.scrollToEnd();
          await expect.poll(async () => (await app.banner.boundingBox()).y, { message: 'header top' }).toBe(0);
          expect((await app.banner.boundingBox()).height).toBeLessThanOrEqual(SHORT_HEADER);
        });

        test('Back from a profile returns to the same place in the list, on the card opened', async ({ app, list, profile, page }) => {
          await list.open();
          await app.scrollToEnd();
          const last = list.cards.last();
          const name = (await last.getByRole('heading', { level: 3 }).textContent()).trim();
          const place = await app.scrollY();
          expect(place, 'the list scrolls far down').toBeGreaterThan(1000);
          await list.openCity(name);
          await expect(profile.heading(name)).toBeVisible();
          await page.goBack();
          await expect(list.cityLink(name)).toBeFocused();
          await expect.poll(() => app.scrollY(), { message: 'scroll position after Back' }).toBeCloseTo(place, -1);
        });

        test('the skip link comes first, and the first city follows within five Tab presses', async ({ app, list, page }) => {
          await list.open();
          const first = (await list.cityNames.first().textContent()).trim();
          await page.keyboard.press('Tab');
          await expect(app.skipLink).toBeFocused();
          await page.keyboard.press('Enter');
          const presses = 1 + (await app.pressUntilFocused('Tab', list.cityLink(first), 10));
          expect(presses, 'Tab presses to the first city').toBeLessThanOrEqual(5);
        });

        test('the arrow keys move between the cells of the matrix', async ({ app, matrix, page }) => {
          await matrix.open();
          const cell = matrix.cellsOf('Zürich').first();
          await cell.focus();
          await page.keyboard.press('Home');
          await expect(matrix.cityLink('Zürich')).toBeFocused();
          const steps = await matrix.columnOf(await matrix.sectorOf(cell));
          expect(await app.pressUntilFocused('ArrowRight', cell, steps)).toBe(steps);
          await page.keyboard.press('ArrowUp');
          await expect(cell).not.toBeFocused();
          await page.keyboard.press('ArrowDown');
          await expect(cell).toBeFocused();
        });

        test('Escape closes an opened matrix cell and gives the focus back to it', async ({ matrix, page }) => {
          await matrix.open();
          const cell = matrix.cellsOf('Zürich').first();
          await cell.focus();
          await page.keyboard.press('Enter');
          const detail = matrix.detailHeading('Zürich', await matrix.sectorOf(cell));
          await expect(detail).toBeVisible();
          await page.keyboard.press('Escape');
          await expect(detail).toBeHidden();
          await expect(cell).toBeFocused();
        });
      });
    }
  });
}

onDevice('phone', () => {
  for (const locale of ['en-GB', 'fr-FR']) {
    test.describe(locale, () => {
      test.use({ locale });

      test('the navigation is a menu that opens, is reached by Tab, and closes with Escape', async ({ app, list, page }) => {
        await list.open();
        const cities = app.navigationLink(app.t('nav.cities'));
        await expect(cities).toBeHidden();
        await app.menuButton.click();
        await expect(app.menuButton).toHaveAttribute('aria-expanded', 'true');
        await page.keyboard.press('Tab');
        await expect(cities).toBeFocused();
        await page.keyboard.press('Escape');
        await expect(cities).toBeHidden();
        await expect(app.menuButton).toHaveAttribute('aria-expanded', 'false');
        await expect(app.menuButton).toBeFocused();
      });
    });
  }
});

test.describe('a list of two thousand cities', () => {
  test.use({ serviceWorkers: 'block' });

  test('Back from a profile keeps the cards shown with "Show 40 more" and the place among them', async ({ app, list, profile, page, serveWith }) => {
    const body = syntheticDataset(2000);
    const server = await serveWith(dist, { '/data/dataset.bin': () => ({ body, type: 'application/octet-stream' }) });
    await page.goto(server.url);
    await expect(list.cityNames).toHaveCount(40);
    await list.showMore.click();
    await expect(list.cityNames).toHaveCount(80);
    await app.scrollToEnd();
    const name = (await list.cityNames.last().textContent()).trim();
    const place = await app.scrollY();
    await list.openCity(name);
    await expect(profile.heading(name)).toBeVisible();
    await page.goBack();
    await expect(list.cityNames).toHaveCount(80);
    await expect(list.cityLink(name)).toBeFocused();
    await expect.poll(() => app.scrollY(), { message: 'scroll position after Back' }).toBeCloseTo(place, -1);
  });
});
