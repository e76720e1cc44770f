// WCAG 2.1 AA checks with axe-core on every main view in both languages, and the keyboard on
// the matrix and the map.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { openPage, MAIN_VIEWS, appUnderTest } from './support.mjs';

const require = createRequire(import.meta.url);
const app = appUnderTest();
let axeSource;
before(async () => {
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
});

/** Serious and critical violations of WCAG 2.1 A and AA on the page as it is. */
async function violations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  assert.ok(result.passes.length > 10, `axe ran only ${result.passes.length} passing rules`);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const locale of ['en-GB', 'fr-FR']) {
  test(`axe finds nothing serious on the main views in ${locale}`, async () => {
    // axe is injected as a script: the test context lets it past the app's policy.
    const { context, page } = await openPage(app.browser, 'tablet-landscape', { locale, bypassCSP: true });
    const found = {};
    for (const [name, query] of MAIN_VIEWS) {
      await page.goto(app.server.url + query);
      await page.locator('main h1').waitFor();
      await page.waitForTimeout(150);
      const problems = await violations(page);
      if (problems.length) found[name] = problems;
    }
    assert.deepEqual(found, {});
    // The check itself: a button without a name is a critical violation axe must report.
    await page.evaluate(() => document.querySelector('main').append(document.createElement('button')));
    assert.match((await violations(page)).join(), /button-name \(critical\)/);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

/** Presses Tab until `predicate` holds for the focused element, at most `limit` times. */
async function tabTo(page, predicate, limit = 200) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return true;
  }
  return false;
}

test('the matrix and the map work from the keyboard alone', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-landscape', { hasTouch: false, isMobile: false });
  await page.goto(app.server.url + '?view=matrix');
  await page.locator('main h1').waitFor();
  assert.ok(await tabTo(page, () => document.activeElement?.classList.contains('cell')), 'a cell takes the focus');
  const label = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  await page.keyboard.press('Enter');
  await page.locator('#cell-detail .card').waitFor();
  assert.match(label, /,/);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');

  await page.goto(app.server.url + 'visual.html?view=map');
  await page.locator('svg.map .arc').first().waitFor();
  assert.ok(await tabTo(page, () => document.activeElement?.classList.contains('arc-target')), 'an arc takes the focus');
  await page.keyboard.press('Enter');
  await page.locator('.map-detail .card').waitFor();
  assert.ok(
    await tabTo(page, () => document.activeElement?.classList.contains('marker'), 400),
    'a city takes the focus',
  );
  const city = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  await page.keyboard.press('Enter');
  await page.waitForURL(/view=city/);
  await page.locator('main h1').waitFor();
  assert.ok(city.startsWith(await page.locator('main h1').innerText()), `${city} opened`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('text reflows at 200% zoom without sideways scrolling', async () => {
  // A 1280 px wide screen at 200% is a 640 px wide viewport.
  const { context, page } = await openPage(app.browser, 'tablet-landscape', { viewport: { width: 640, height: 512 }, deviceScaleFactor: 2 });
  for (const [name, query] of MAIN_VIEWS) {
    await page.goto(app.server.url + query);
    await page.locator('main h1').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name} scrolls sideways by ${overflow}px`);
  }
  await context.close();
});
