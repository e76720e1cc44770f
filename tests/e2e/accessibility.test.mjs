// WCAG 2.1 AA checks with axe-core on every main view in both languages, the keyboard on the
// matrix and the map, and text reflowing at 200% zoom.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect } from './fixtures.mjs';
import { MAIN_VIEWS } from './support.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical violations of WCAG 2.1 A and AA on the page as it is now. */
async function violations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  expect(result.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const locale of ['en-GB', 'fr-FR']) {
  test.describe(`axe in ${locale}`, () => {
    // axe is injected as a script: the test context lets it past the app's policy.
    test.use({ locale, bypassCSP: true });

    for (const [name, address] of MAIN_VIEWS) {
      test(`finds nothing serious on the ${name} view`, async ({ app, page }) => {
        await app.open(address);
        await expect.poll(() => violations(page), { message: 'serious or critical violations' }).toEqual([]);
      });
    }

    test('reports a button without a name (the check itself works)', async ({ app, page }) => {
      await app.open('./');
      await app.main.evaluate((main) => main.append(document.createElement('button')));
      await expect.poll(() => violations(page)).toContainEqual(expect.stringMatching(/^button-name \(critical\)/));
    });
  });
}

test.describe('from the keyboard alone', () => {
  test.use({ hasTouch: false, isMobile: false });

  /** The grid is one Tab stop; the arrow keys lead from its corner to the first cell with a stance. */
  async function toFirstCell(app, matrix) {
    expect(await app.pressUntilFocused('Tab', matrix.cityColumnButton), 'Tab reaches the grid').toBeLessThan(Infinity);
    await app.page.keyboard.press('ArrowDown');
    const cell = matrix.cells.first();
    expect(await app.pressUntilFocused('ArrowRight', cell, 20), 'the arrows reach a cell').toBeLessThan(Infinity);
    return cell;
  }

  test('a matrix cell is reached with Tab and the arrows, and opened with Enter', async ({ app, matrix }) => {
    await matrix.open();
    const cell = await toFirstCell(app, matrix);
    const [city, sector] = (await cell.getAttribute('aria-label')).split(/, |: /);
    await matrix.page.keyboard.press('Enter');
    await expect(matrix.detailHeading(city, sector)).toBeVisible();
  });

  test('the focused matrix cell shows its focus', async ({ app, matrix }) => {
    await matrix.open();
    const cell = await toFirstCell(app, matrix);
    await expect(cell).toBeFocused();
    await expect(cell).not.toHaveCSS('outline-style', 'none');
  });

  test('a partnership on the map is reached with Tab and opened with Enter', async ({ app, map }) => {
    await map.open();
    expect(await app.pressUntilFocused('Tab', map.arcs.first()), 'an arc takes the focus').toBeLessThan(Infinity);
    await map.page.keyboard.press('Enter');
    await expect(map.selected).toBeVisible();
    await expect(map.arcs.first()).toHaveAttribute('aria-pressed', 'true');
  });

  test('a city on the map is reached with Tab and opened with Enter', async ({ app, map, profile, page }) => {
    await map.open();
    const city = map.markers.first();
    expect(await app.pressUntilFocused('Tab', city, 400), 'a city takes the focus').toBeLessThan(Infinity);
    const name = (await city.getAttribute('aria-label')).replace(/ \(.*\)$/, '');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/view=city/);
    await expect(profile.heading(name)).toBeVisible();
  });
});

test.describe('at 200% zoom', () => {
  // A 1280 px wide screen at 200% is a 640 px wide viewport.
  test.use({ viewport: { width: 640, height: 512 }, deviceScaleFactor: 2 });

  for (const [name, address] of MAIN_VIEWS) {
    test(`the ${name} view reflows without sideways scrolling`, async ({ app }) => {
      await app.open(address);
      await expect.poll(() => app.sidewaysScroll(), { message: 'pixels of sideways scroll' }).toBeLessThanOrEqual(0);
    });
  }
});
