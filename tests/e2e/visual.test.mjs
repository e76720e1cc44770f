// The map of collaborations and the network memberships: what they draw, what a tap opens,
// focus mode, the text alternative, and the basemap coming from the app itself.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, appUnderTest } from './support.mjs';

const app = appUnderTest();

const count = (page, selector) => page.locator(selector).count();

/** Taps the middle of an arc's line, where a finger would. */
async function tapArc(page, selector) {
  const { x, y } = await page.evaluate((selector) => {
    const path = document.querySelector(`${selector} .arc`);
    path.scrollIntoView({ block: "center" });
    const middle = path.getPointAtLength(path.getTotalLength() / 2);
    const screen = new DOMPoint(middle.x, middle.y).matrixTransform(path.getScreenCTM());
    return { x: screen.x, y: screen.y };
  }, selector);
  await page.touchscreen.tap(x, y);
}

for (const device of ['tablet-portrait', 'tablet-landscape', 'phone']) {
  test(`the map draws every city and partnership on ${device}`, async () => {
    const { context, page } = await openPage(app.browser, device);
    await page.goto(app.server.url + 'visual.html?view=map');
    await page.locator('svg.map .marker').first().waitFor();
    // 35 cities, Madison outside Africa and Europe; 24 partnerships, two of several cities,
    // drawn as 30 arcs (the Kanifing–Madison tie is listed, not drawn).
    assert.equal(await count(page, 'svg.map .marker'), 34);
    assert.equal(await count(page, 'svg.map .marker-participant'), 20);
    assert.equal(await count(page, 'svg.map .arc'), 30);
    assert.equal(await count(page, '.map-list .tie-list > li'), 24);
    assert.match(await page.locator('.map-list').innerText(), /Madison/);
    // The basemap is the app's own file, drawn and visible.
    const basemap = await page.evaluate(async () => {
      const image = document.querySelector('svg.map image');
      const response = await fetch(image.getAttribute('href'));
      return { ok: response.ok, type: response.headers.get('content-type'), box: image.getBoundingClientRect().width };
    });
    assert.deepEqual([basemap.ok, basemap.type], [true, 'image/svg+xml']);
    assert.ok(basemap.box > 300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
    await screenshot(page, `map-${device}`);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test('tapping an arc shows the partnership and its source; tapping a city opens it', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-portrait');
  await page.goto(app.server.url + 'visual.html?view=map&sector=waste-management');
  await page.locator('svg.map .arc').first().waitFor();
  assert.equal(await count(page, '.map-list .tie-list > li'), 6);
  await tapArc(page, 'svg.map .arc-target[aria-label^="Milan – Freetown"]');
  const detail = page.locator('.map-detail .card');
  await detail.waitFor();
  assert.match(await detail.innerText(), /Freetown/);
  assert.match(await detail.innerText(), /Emerging/);
  await detail.locator('details.source summary').first().tap();
  assert.match(await detail.locator('details.source').first().innerText(), /A Mayors Dialogue on Growth and Solidarity/);
  await screenshot(page, 'map-arc-selected-tablet-portrait');

  // The status filter and the list's sector filter together.
  await page.getByRole('button', { name: 'Emerging', exact: true }).tap();
  await page.waitForFunction(() => document.querySelectorAll('svg.map .arc').length === 1);
  assert.equal(new URL(page.url()).searchParams.get('status'), 'emerging');

  await page.locator('svg.map .marker[aria-label^="Freetown"]').tap();
  await page.waitForURL(/view=city&city=freetown/);
  await page.getByRole('heading', { name: 'Freetown', level: 1 }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('focus mode shows one city’s ties and its best suggested partners', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-landscape');
  await page.goto(app.server.url + 'visual.html?view=map');
  await page.locator('svg.map .marker').first().waitFor();
  await page.getByLabel('Focus on a city').selectOption('dakar');
  await page.waitForURL(/view=map&city=dakar/);
  await page.waitForFunction(() => document.querySelectorAll('svg.map .suggestion').length === 5);
  assert.equal(await count(page, 'svg.map .arc'), 9);
  assert.equal(await count(page, '.map-list .tie-list > li'), 9);
  assert.equal(await count(page, '.map-list ol li'), 5);
  await screenshot(page, 'map-focus-dakar-tablet-landscape');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the membership grid shows who belongs to which network and what two cities share', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-portrait');
  await page.goto(app.server.url + 'visual.html?view=memberships');
  await page.locator('.membership-grid tbody tr').first().waitFor();
  assert.equal(await count(page, '.membership-grid tbody tr'), 20);
  assert.equal(await count(page, '.membership-grid thead th.vertical'), 22);
  assert.equal(await count(page, '.membership-grid td.member'), 100);
  await page.getByLabel('First city').selectOption('milan');
  await page.getByLabel('Second city').selectOption('freetown');
  const shared = page.locator('.shared-channels');
  await shared.locator('li').first().waitFor();
  assert.match(await shared.innerText(), /Mayors Dialogue on Growth and Solidarity/);
  assert.equal(await count(page, '.membership-grid tr.chosen'), 2);
  await screenshot(page, 'memberships-tablet-portrait');

  // The list's filters narrow the grid: African Dialogue cities only.
  await page.goto(app.server.url + 'visual.html?view=memberships&continent=africa');
  await page.waitForFunction(() => document.querySelectorAll('.membership-grid tbody tr').length > 0);
  const rows = await count(page, '.membership-grid tbody tr');
  assert.ok(rows > 0 && rows < 20, `${rows} rows`);
  assert.deepEqual(page.errors, []);
  await context.close();
});
