// The Match view on a tablet: reached from a profile and from the list, weights as controls
// with results updating as they change, explanations one tap away, state in the URL.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, waitForList, record, appUnderTest } from './support.mjs';

const app = appUnderTest();

const resultNames = (page) => page.locator('.match-results .suggestion .card-title').allInnerTexts();

test('partners for Freetown in waste management, explained, with weights that re-rank', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-landscape');
  await page.goto(app.server.url + '?view=city&city=freetown');
  await page.getByRole('link', { name: 'Find partners for Freetown' }).click();
  await page.locator('h1', { hasText: 'Partners for Freetown' }).waitFor();
  await page.locator('.match-controls button.chip', { hasText: 'Waste management' }).click();
  await page.waitForFunction(() => location.search.includes('sector=waste-management'));
  const names = await resultNames(page);
  assert.equal(names[0], 'Milan');
  assert.equal(names.length, 10, 'the first page of suggestions');
  const milan = page.locator('.suggestion').first();
  assert.match(await milan.innerText(), /Already partners/);
  assert.match(await milan.innerText(), /Would duplicate an existing partnership/);
  await milan.getByText('Why this suggestion').click();
  assert.match(await milan.locator('.reasons').innerText(), /Award-winning differentiated waste management system\./);
  assert.match(await milan.locator('.reasons').innerText(), /Waste management is a pressing issue/);
  await screenshot(page, 'match-tablet-landscape');

  // Raising the weight of expertise brings Zürich's waste expertise up; measure the re-render.
  const zurichBefore = names.indexOf('Zürich');
  const timings = [];
  for (const value of ['5', '4', '5', '4.5', '5', '4', '5', '4.5', '5', '5']) {
    timings.push(
      await page.evaluate((v) => {
        const slider = document.getElementById('weight-0');
        const start = performance.now();
        slider.value = v;
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        return performance.now() - start;
      }, value),
    );
  }
  timings.sort((a, b) => a - b);
  await record('match_weight_change_rerender_median', Number(timings[5].toFixed(2)), 'ms');
  await record('match_weight_change_rerender_max', Number(timings[9].toFixed(2)), 'ms');
  const after = await resultNames(page);
  assert.ok(after.indexOf('Zürich') < zurichBefore, `Zürich moved from ${zurichBefore} to ${after.indexOf('Zürich')}`);
  assert.match(new URL(page.url()).searchParams.get('weights'), /^5,/);

  // New ties only: Milan, an existing partner, leaves the list; the URL keeps the setting.
  await page.getByRole('button', { name: 'New ties only' }).click();
  await page.waitForFunction(() => location.search.includes('ties=exclude'));
  assert.ok(!(await resultNames(page)).includes('Milan'));
  await page.reload();
  await page.locator('h1', { hasText: 'Partners for Freetown' }).waitFor();
  assert.ok(!(await resultNames(page)).includes('Milan'));
  assert.equal(await page.locator('#weight-0').inputValue(), '5');

  // Groups around the sector, each with an expert city.
  const clusters = page.locator('.clusters .suggestion');
  assert.ok((await clusters.count()) >= 1);
  assert.match(await clusters.first().innerText(), /Covers 100% of the need/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the list leads to the Match view and a city can be picked there', async () => {
  const { context, page } = await openPage(app.browser, 'phone');
  await page.goto(app.server.url + '?q=tunis');
  await waitForList(page);
  await page.getByRole('link', { name: 'Find partners for Tunis' }).click();
  await page.locator('h1', { hasText: 'Partners for Tunis' }).waitFor();
  await screenshot(page, 'match-phone');
  // An Explore address for the Match view (an old or hand-made link) opens the Workspace page.
  await page.goto(app.server.url + '?view=match');
  await page.locator('h1', { hasText: 'Find partners for a city' }).waitFor();
  assert.match(page.url(), /work\.html\?view=match$/);
  await page.getByRole('link', { name: 'Dakar' }).click();
  await page.locator('h1', { hasText: 'Partners for Dakar' }).waitFor();
  assert.ok((await resultNames(page)).length > 0);
  // And back to the Explore page through the navigation.
  await page.getByRole('link', { name: 'Cities', exact: true }).click();
  await waitForList(page);
  assert.ok(!page.url().includes('work.html'));
  assert.deepEqual(page.errors, []);
  await context.close();
});
