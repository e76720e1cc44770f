// A missing or broken dataset, or a link to something that does not exist, gets a clear screen
// with a way forward, never a blank page.

import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot, dist } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

const dataset = JSON.parse(readFileSync(join(dist, 'data', 'dataset.json'), 'utf8'));

async function withServer(overrides, run) {
  const server = await serve(dist, overrides);
  const { context, page } = await openPage(browser, 'tablet-landscape');
  try {
    await run(server, page);
  } finally {
    await context.close();
    await server.close();
  }
}

test('a missing dataset says so and offers to try again', async () => {
  let missing = true;
  await withServer(
    { '/data/dataset.json': () => (missing ? { status: 404, body: 'gone' } : { body: JSON.stringify(dataset) }) },
    async (server, page) => {
      await page.goto(server.url);
      await page.locator('h1', { hasText: 'could not be loaded' }).waitFor();
      assert.match(await page.locator('main').innerText(), /404/);
      await screenshot(page, 'error-missing-dataset');
      missing = false;
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.locator('.city-card').first().waitFor();
    },
  );
});

test('a dataset that fails validation lists its problems by path', async () => {
  const broken = structuredClone(dataset);
  broken.cities[3].priorities[0].sector = 'wast-management';
  broken.networks[0].members.push('atlantis');
  await withServer({ '/data/dataset.json': () => ({ body: JSON.stringify(broken) }) }, async (server, page) => {
    await page.goto(server.url);
    await page.locator('h1', { hasText: 'could not be loaded' }).waitFor();
    const text = await page.locator('main').innerText();
    assert.match(text, /cities\[3\]\.priorities\[0\]\.sector: unknown sector 'wast-management'/);
    assert.match(text, /unknown city 'atlantis'/);
    await screenshot(page, 'error-invalid-dataset');
  });
});

test('a file that is not JSON is reported with its line', async () => {
  await withServer({ '/data/dataset.json': () => ({ body: '{"schema_version": 1,\n oops' }) }, async (server, page) => {
    await page.goto(server.url);
    await page.locator('h1', { hasText: 'could not be loaded' }).waitFor();
    assert.match(await page.locator('main').innerText(), /not valid JSON \(line 2/);
  });
});

test('an unknown city or value in the URL shows "not found" with a way back', async () => {
  await withServer({}, async (server, page) => {
    await page.goto(server.url + '?view=city&city=atlantis');
    await page.locator('h1', { hasText: 'Not found' }).waitFor();
    assert.match(await page.locator('main').innerText(), /atlantis/);
    await screenshot(page, 'not-found');
    await page.getByRole('link', { name: 'Back to the list of cities' }).click();
    await page.locator('.city-card').first().waitFor();

    await page.goto(server.url + '?sector=waste');
    await page.locator('h1', { hasText: 'Not found' }).waitFor();
    assert.match(await page.locator('main').innerText(), /“waste” is not a known value for “sector”/);
    assert.deepEqual(page.errors, []);
  });
});
