// A missing or broken dataset, or a link to something that does not exist, gets a clear screen
// with a way forward, never a blank page.

import { test, expect } from './fixtures.mjs';
import { dist, readDataset, screenshot } from './support.mjs';

const LOAD_FAILED = 'The city data could not be loaded';

/** A server whose dataset is what `dataset()` returns at the time of the request. */
async function servingDataset(serveWith, dataset) {
  return serveWith(dist, { '/data/dataset.json': dataset });
}

test.describe('the city data', () => {
  test('when missing, says so with the server’s answer', async ({ page, serveWith, errors }) => {
    errors.allow(/status of 404/);
    const server = await servingDataset(serveWith, () => ({ status: 404, body: 'gone' }));
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: LOAD_FAILED })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('404');
    await screenshot(page, 'error-missing-dataset');
  });

  test('when missing, can be tried again once it is back', async ({ page, list, serveWith, errors }) => {
    errors.allow(/status of 404/);
    let missing = true;
    const dataset = JSON.stringify(readDataset());
    const server = await servingDataset(serveWith, () => (missing ? { status: 404, body: 'gone' } : { body: dataset }));
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: LOAD_FAILED })).toBeVisible();
    missing = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(list.cityNames.first()).toBeVisible();
  });

  test('when it fails validation, lists its problems by path', async ({ page, serveWith }) => {
    const broken = readDataset();
    broken.cities[3].priorities[0].sector = 'wast-management';
    broken.networks[0].members.push('atlantis');
    const server = await servingDataset(serveWith, () => ({ body: JSON.stringify(broken) }));
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: LOAD_FAILED })).toBeVisible();
    const problems = page.getByRole('alert').getByRole('listitem');
    await expect(problems.filter({ hasText: "cities[3].priorities[0].sector: unknown sector 'wast-management'" })).toBeVisible();
    await expect(problems.filter({ hasText: "unknown city 'atlantis'" })).toBeVisible();
    await screenshot(page, 'error-invalid-dataset');
  });

  test('when it is not JSON, says so with the line', async ({ page, serveWith }) => {
    const server = await servingDataset(serveWith, () => ({ body: '{"schema_version": 1,\n oops' }));
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: LOAD_FAILED })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(/not valid JSON \(line 2/);
  });
});

test.describe('a link to something that does not exist', () => {
  test('an unknown city shows “Not found” naming it', async ({ app, page }) => {
    await app.open('?view=city&city=atlantis');
    await expect(app.heading).toHaveText('Not found');
    await expect(page.getByRole('alert')).toContainText('There is no city with the id “\u2068atlantis\u2069” in the dataset.');
    await screenshot(page, 'not-found');
  });

  test('“Not found” leads back to the list', async ({ app, list, page }) => {
    await app.open('?view=city&city=atlantis');
    await page.getByRole('link', { name: 'Back to the list of cities' }).click();
    await expect(list.cityNames.first()).toBeVisible();
  });

  test('an unknown filter value says which value and which filter', async ({ app, page }) => {
    await app.open('?sector=waste');
    await expect(app.heading).toHaveText('Not found');
    await expect(page.getByRole('alert')).toContainText('“\u2068waste\u2069” is not a known value for “\u2068sector\u2069”');
  });
});
