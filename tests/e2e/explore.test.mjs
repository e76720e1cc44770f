// What mayors' offices do on a tablet: filter the list, search, open a profile, open the matrix,
// share a filtered view. Also the phone layout and the size of touch targets.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, waitForList, appUnderTest } from './support.mjs';

const app = appUnderTest();

const cardNames = (page) => page.locator('.city-card .card-title').allInnerTexts();

async function toggle(page, legend, value) {
  await page
    .locator('#filters fieldset', { has: page.locator('legend', { hasText: legend }) })
    .locator('button.chip', { hasText: value })
    .first()
    .click();
}

test('a tablet user finds the African cities that need help with waste management', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-landscape');
  await page.goto(app.server.url);
  await waitForList(page);
  assert.equal((await cardNames(page)).length, 35);
  await screenshot(page, 'list-tablet-landscape');

  await toggle(page, 'Continent', 'Africa');
  await toggle(page, 'Sector', 'Waste management');
  await toggle(page, 'Stance', 'Need');
  await page.waitForFunction(() => document.querySelectorAll('.city-card').length === 4);
  assert.deepEqual(await cardNames(page), ['Dakar', 'Freetown', 'Kanifing', 'Tunis']);
  assert.match(await page.locator('.results-count').innerText(), /4/);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('continent'), 'africa');
  assert.equal(url.searchParams.get('sector'), 'waste-management');
  assert.equal(url.searchParams.get('stance'), 'need');
  // Counts say what another value would give: no African city offers waste expertise.
  const expertise = page
    .locator('#filters fieldset', { has: page.locator('legend', { hasText: 'Stance' }) })
    .locator('button.chip', { hasText: 'Expertise' });
  assert.match(await expertise.innerText(), /0/);
  assert.equal(await expertise.isDisabled(), true);
  await screenshot(page, 'list-filtered-tablet-landscape');

  // The shared URL reopens the same view in another browser.
  const other = await openPage(app.browser, 'tablet-portrait');
  await other.page.goto(page.url());
  await waitForList(other.page);
  assert.deepEqual(await cardNames(other.page), ['Dakar', 'Freetown', 'Kanifing', 'Tunis']);
  assert.equal(await other.page.locator('#filters').isVisible(), false, 'filters folded in portrait');
  assert.match(await other.page.locator('.active-filters').innerText(), /Waste management/);
  await other.context.close();

  // The back button undoes one filter at a time.
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('stance='));
  assert.ok((await cardNames(page)).length > 4);
  await page.goForward();
  await page.waitForFunction(() => document.querySelectorAll('.city-card').length === 4);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('search ignores case and accents', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-landscape');
  await page.goto(app.server.url);
  await waitForList(page);
  await page.getByLabel('Search cities').fill('zurich');
  await page.waitForFunction(() => document.querySelectorAll('.city-card').length === 1);
  assert.deepEqual(await cardNames(page), ['Zürich']);
  assert.equal(new URL(page.url()).searchParams.get('q'), 'zurich');
  await page.getByLabel('Search cities').fill('CASC');
  await page.waitForFunction(() => document.querySelector('.city-card .card-title')?.innerText === 'Milan');
  assert.match(await page.locator('.city-card .matched').innerText(), /Asylum & reception/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a profile shows each fact with its source, and unknowns as unknown', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-portrait');
  await page.goto(app.server.url);
  await waitForList(page);
  await page.locator('.city-card .card-title a', { hasText: 'Dakar' }).click();
  await page.locator('h1', { hasText: 'Dakar' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('city'), 'dakar');
  const population = page.locator('.fact-row', { hasText: 'Population' });
  assert.match(await population.innerText(), /1\.2 million/);
  await population.locator('summary', { hasText: 'Source' }).click();
  assert.match(await population.locator('.source p').innerText(), /Table 1/);
  assert.match(await page.locator('.profile-section', { has: page.locator('h2', { hasText: 'Priorities' }) }).innerText(), /Improving waste management is a priority\./);
  assert.match(await page.locator('.profile-section', { has: page.locator('h2', { hasText: 'Partnerships' }) }).innerText(), /Evry/);
  await screenshot(page, 'profile-tablet-portrait');

  await page.goto(app.server.url + '?view=city&city=hamburg');
  await page.locator('h1', { hasText: 'Hamburg' }).waitFor();
  assert.match(await page.locator('.fact-row', { hasText: 'Population' }).innerText(), /Unknown/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the matrix shows stances as shapes and a cell opens its text', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-landscape');
  await page.goto(app.server.url + '?view=matrix');
  const rows = page.locator('table.matrix tbody tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 11, 'the eleven cities of Table A1');
  assert.equal(await page.locator('table.matrix thead th').count(), 14);
  const cell = page.getByRole('button', { name: 'Zürich, Waste management: Expertise' });
  await cell.click();
  await page.locator('#cell-detail.open').waitFor();
  assert.match(await page.locator('#cell-detail').innerText(), /Expertise in waste management\./);
  await screenshot(page, 'matrix-cell-tablet-landscape');
  // Sorting by a column puts the cities with expertise first.
  await page.locator('thead button', { hasText: 'Waste management' }).click();
  await page.waitForFunction(() => location.search.includes('sort=sector'));
  const first = await rows.nth(0).locator('th').innerText();
  assert.ok(['Milan', 'Zürich'].includes(first), first);
  assert.deepEqual(page.errors, []);
  await context.close();
});

for (const device of ['tablet-landscape', 'tablet-portrait', 'phone']) {
  test(`every main view renders on ${device} with touch targets of 44px`, async () => {
    const { context, page } = await openPage(app.browser, device);
    for (const [name, query] of [
      ['list', ''],
      ['profile', '?view=city&city=freetown'],
      ['matrix', '?view=matrix'],
      ['networks', '?view=networks'],
      ['match', 'work.html?view=match&city=dakar&sector=housing'],
      ['proposals', 'work.html?view=proposals'],
      ['sources', '?view=sources'],
      ['map', 'visual.html?view=map&city=dakar'],
      ['memberships', 'visual.html?view=memberships'],
    ]) {
      await page.goto(app.server.url + query);
      await page.locator('main h1').waitFor();
      await screenshot(page, `${name}-${device}`);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('button, select, input, summary, .nav-link, .card-title a')]
          .filter((e) => e.offsetParent !== null)
          // A checkbox is tapped through its label, which is the target.
          .map((e) => (e.type === 'checkbox' && e.closest('label')) || e)
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.height < 44 || r.width < 44)
          .map(({ e, r }) => `${e.tagName} "${e.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`),
      );
      assert.deepEqual(small, [], `${name}: targets under 44px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name} scrolls sideways by ${overflow}px`);
    }
    if (device === 'phone') {
      await page.goto(app.server.url);
      await waitForList(page);
      await page.getByRole('button', { name: /Filters/ }).click();
      await toggle(page, 'Role', 'Dialogue city');
      await page.waitForFunction(() => document.querySelectorAll('.city-card').length === 20);
      await screenshot(page, 'list-filters-open-phone');
    }
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}
