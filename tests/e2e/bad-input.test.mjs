// A missing or broken dataset, or a link to something that does not exist, gets a clear screen
// with a way forward, never a blank page.

import { test, expect } from './fixtures.mjs';
import { dist, readPackedDataset, screenshot } from './support.mjs';

const LOAD_FAILED = 'The city data could not be loaded';

/** A server whose dataset is what `dataset()` returns at the time of the request. */
async function servingDataset(serveWith, dataset) {
  return serveWith(dist, { '/data/dataset.bin': dataset });
}

/** The packed dataset with `change` applied to a copy of its bytes. */
function packedWith(change) {
  const bytes = Buffer.from(readPackedDataset());
  return { body: change(bytes), type: 'application/octet-stream' };
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
    const server = await servingDataset(serveWith, () => (missing ? { status: 404, body: 'gone' } : packedWith((b) => b)));
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: LOAD_FAILED })).toBeVisible();
    missing = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(list.cityNames.first()).toBeVisible();
  });

  test('when it is cut short, says it is damaged rather than show part of it', async ({ page, serveWith }) => {
    const server = await servingDataset(serveWith, () => packedWith((b) => b.subarray(0, b.length - 100)));
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: LOAD_FAILED })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('is damaged');
    await expect(page.getByRole('alert').getByRole('listitem')).toContainText('the file is damaged');
    await screenshot(page, 'error-damaged-dataset');
  });

  test('when it is not a data file at all, says it is damaged', async ({ page, serveWith }) => {
    const server = await servingDataset(serveWith, () => ({ body: '<html>Sign in to the hotel Wi-Fi</html>', type: 'text/html' }));
    await page.goto(server.url);
    await expect(page.getByRole('alert')).toContainText('is damaged');
    await expect(page.getByRole('alert').getByRole('listitem')).toContainText('not a packed Passerelle dataset');
  });

  test('when it was made for another version, says so', async ({ page, serveWith }) => {
    const server = await servingDataset(serveWith, () => packedWith((b) => { b[8] ^= 0xff; return b; }));
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: LOAD_FAILED })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('made for another version of Passerelle');
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
