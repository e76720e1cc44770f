// The map on tablets and phones, in English and French: it zooms and pans by buttons, by hand
// and by keyboard, its city names never overlap at the default zoom, and a tap on a line
// selects that line and shows its partnership in view.

import { test, expect, onDevice } from './fixtures.mjs';
import { readDataset, screenshot, screenshotOf } from './support.mjs';

const { cities } = readDataset();
const names = cities.map((c) => c.name);

const overlap = (a, b) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every pair of names whose boxes overlap, as "Paris / Zürich". */
function overlapping(boxes) {
  return boxes.flatMap((a, i) =>
    boxes.slice(i + 1).filter((b) => overlap(a.box, b.box)).map((b) => `${a.name} / ${b.name}`),
  );
}

for (const [language, locale] of [['en', 'en-GB'], ['fr', 'fr-FR']]) {
  test.describe(`in ${language}`, () => {
    test.use({ locale });

    for (const device of ['tablet-portrait', 'tablet-landscape', 'phone']) {
      onDevice(device, () => {
        test('the zoom buttons change the view and reset it', async ({ map }) => {
          await map.open();
          await expect.poll(() => map.view()).toMatchObject({ width: expect.any(Number) });
          const whole = await map.view();
          await map.zoomButton('map.zoom_in').click();
          await expect.poll(async () => (await map.view()).width).toBeLessThan(whole.width * 0.9);
          await map.zoomButton('map.zoom_out').click();
          await map.zoomButton('map.zoom_in').click();
          await map.zoomButton('map.zoom_in').click();
          await map.zoomButton('map.zoom_reset').click();
          await expect.poll(() => map.view()).toEqual(whole);
        });

        test('no two city names overlap at the default zoom', async ({ map, page }) => {
          await map.open();
          await expect.poll(async () => overlapping(await map.nameBoxes(names))).toEqual([]);
          const named = await map.nameBoxes(names);
          expect(named.length, 'most Dialogue cities are named').toBeGreaterThanOrEqual(15);
          await screenshot(page, `map-names-${device}-${language}`);
          await screenshotOf(map.picture, `map-picture-${device}-${language}`);
        });

        test('tapping the Dakar–Milan line selects it and shows it in view', async ({ map, page }) => {
          await map.open();
          await map.tapArc('Dakar – Milan');
          await expect(map.arc('Dakar – Milan')).toHaveAttribute('aria-pressed', 'true');
          await expect(map.selected).toContainText('Dakar');
          await expect(map.selected).toContainText('Milan');
          await expect(map.selectedHeading).toBeInViewport();
          await screenshot(page, `map-selected-${device}-${language}`);
        });
      });
    }
  });
}

onDevice('tablet-landscape', () => {
  test('partner cities are named once the map is zoomed in', async ({ map }) => {
    await map.open();
    await expect(map.picture.getByText('Evry', { exact: true })).toHaveCount(0);
    for (let i = 0; i < 4; i += 1) await map.zoomButton('map.zoom_in').click();
    await expect(map.picture.getByText('Rotterdam', { exact: true })).toHaveCount(1);
  });

  test('+ and − zoom the focused map', async ({ map }) => {
    await map.open();
    const whole = await map.view();
    await map.pressOnMap('+');
    await expect.poll(async () => (await map.view()).width).toBeLessThan(whole.width);
    await map.pressOnMap('-');
    await expect.poll(async () => (await map.view()).width).toBeCloseTo(whole.width, 0);
  });

  test('arrow keys move the focused map', async ({ map }) => {
    await map.open();
    const whole = await map.view();
    await map.pressOnMap('ArrowRight', 'ArrowDown');
    await expect.poll(async () => {
      const now = await map.view();
      return { right: now.x > whole.x, down: now.y > whole.y };
    }).toEqual({ right: true, down: true });
  });

  test('dragging moves the map with the pointer', async ({ map, page }) => {
    await map.open();
    await map.zoomButton('map.zoom_in').click();
    const before = await map.view();
    const box = await map.picture.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await map.view()).x).toBeGreaterThan(before.x);
  });

  test('the wheel zooms the map where the pointer is', async ({ map, page }) => {
    await map.open();
    const whole = await map.view();
    const box = await map.picture.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await map.view()).width).toBeLessThan(whole.width);
  });
});
