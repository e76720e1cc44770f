// Issue 12, sharing a proposal without a server: the Share button gives a link that carries the
// proposal in its fragment and a QR code of that link; another device, offline after one visit,
// opens it, sees the proposal, and imports it only when asked. A broken link changes nothing.

import jsQR from 'jsqr';
import { test, expect } from './fixtures.mjs';
import { screenshot } from './support.mjs';
import { Editor, ProposalList } from './pages/proposals.mjs';

/** The text of the QR code the page shows: the drawn SVG rendered to pixels in the page (the
 * app's content security policy allows no script of the test's there), read by jsQR here. */
async function readQrCode(page) {
  const code = page.getByRole('img', { name: 'QR code of the share link' });
  await expect(code).toBeVisible();
  const { size, pixels } = await code.evaluate(async (svg) => {
    const size = svg.viewBox.baseVal.width * 4;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
    const context = canvas.getContext('2d');
    context.imageSmoothingEnabled = false;
    context.drawImage(image, 0, 0, size, size);
    return { size, pixels: Array.from(context.getImageData(0, 0, size, size).data) };
  });
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data ?? null;
}

test('a proposal shared by link opens on another device, offline, and is imported when asked', async ({ page, editor, newUser }) => {
  await editor.startFromMatch();
  await editor.type('Title', 'Made in Leone: fashion between Milan and Freetown');
  await editor.type('Goals', 'Growth of fashion businesses in Freetown');
  await editor.expectSaved();
  const cities = await editor.cities.allTextContents();

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByLabel('Share link', { exact: true }).inputValue();
  expect(link).toMatch(/work\.html\?view=proposals#proposal\.1\./);
  expect(await readQrCode(page), 'the QR code carries the same link').toBe(link);
  await screenshot(page, 'share-proposal-tablet-landscape');

  // Another device: one visit with the network, then none.
  const other = await newUser('phone');
  await other.goto('work.html?view=proposals');
  await expect(new ProposalList(other).heading).toBeVisible();
  await other.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => other.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  await other.context().setOffline(true);
  await other.goto(link);
  const preview = other.getByRole('region', { name: 'A proposal shared with you' });
  await expect(preview.getByText('Made in Leone: fashion between Milan and Freetown')).toBeVisible();
  await expect(preview.getByText('Growth of fashion businesses in Freetown')).toBeVisible();
  await screenshot(other, 'share-proposal-preview-phone');
  await expect(new ProposalList(other).count, 'nothing stored before the user confirms').toHaveText('Proposals: 0');

  await preview.getByRole('button', { name: 'Import it on this device' }).click();
  const imported = new Editor(other);
  await imported.waitUntilOpen();
  await expect(imported.field('Title')).toHaveValue('Made in Leone: fashion between Milan and Freetown');
  await expect(imported.field('Goals')).toHaveValue('Growth of fashion businesses in Freetown');
  expect(await imported.cities.allTextContents()).toEqual(cities);
  await other.reload();
  await expect(imported.field('Title')).toHaveValue('Made in Leone: fashion between Milan and Freetown');
});

test('the same link opened twice offers to replace the proposal or keep both', async ({ page, editor }) => {
  await editor.startFromMatch();
  await editor.type('Title', 'Waste between Freetown and Milan');
  await editor.expectSaved();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByLabel('Share link', { exact: true }).inputValue();
  await editor.type('Title', 'Changed since the link');
  await editor.expectSaved();

  await page.goto(link);
  const preview = page.getByRole('region', { name: 'A proposal shared with you' });
  await expect(preview.getByText('A proposal with the same id is already on this device.')).toBeVisible();
  await preview.getByRole('button', { name: 'Keep both' }).click();
  await expect(new Editor(page).field('Title')).toHaveValue('Waste between Freetown and Milan');
  const list = new ProposalList(page);
  await list.open();
  await expect(list.count).toHaveText('Proposals: 2');
  await expect(list.titles.filter({ hasText: 'Changed since the link' })).toHaveCount(1);
  await expect(list.titles.filter({ hasText: 'Waste between Freetown and Milan' })).toHaveCount(1);
});

test('a broken or foreign link changes nothing and says why', async ({ page }) => {
  const list = new ProposalList(page);
  await page.goto('work.html?view=proposals#proposal.1.@@@');
  await expect(page.getByRole('alert').filter({ hasText: 'The link is damaged' })).toBeVisible();
  await page.goto('work.html?view=proposals#proposal.9.AAAA');
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'newer Passerelle' })).toBeVisible();
  await expect(list.count).toHaveText('Proposals: 0');
});
