// Figures for tests/e2e/artifacts/measurements.json: start-up on a slow 3G link, re-ranking as a
// weight moves, saving a proposal, listing a thousand. Run alone after the other tests
// (playwright.config.mjs) so that they do not share the processor. Each test still checks that
// what it measures happened.

import { test, expect } from './fixtures.mjs';
import { record } from './support.mjs';
import { CityList } from './pages/list.mjs';
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };

/** 400 kbit/s with 400 ms latency, and a processor four times slower. */
async function slow3g(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/**
 * Milliseconds from the start of the page's navigation until a city name is painted (the first
 * contentful paint once a name is there: the stylesheet holds painting back), then until a
 * search answers, measured in the page at every frame (Playwright's own polling would add up to
 * a second).
 */
async function startUp(page) {
  await page.goto('./', { waitUntil: 'commit' });
  const frames = { polling: 'raf', timeout: 60_000 };
  const readable = await page.waitForFunction(
    () => {
      const painted = performance.getEntriesByName('first-contentful-paint')[0];
      const named = [...document.querySelectorAll('#app main h3')].some((name) => name.checkVisibility());
      return painted && named && Math.max(painted.startTime, performance.now() - 16);
    },
    null,
    frames,
  );
  const list = new CityList(page);
  await list.search('Lisbon');
  const searched = await page.waitForFunction(
    () => [...document.querySelectorAll('#app main h3')].map((name) => name.textContent).join() === 'Lisbon' && performance.now(),
    null,
    frames,
  );
  await expect(list.cityNames).toHaveText(['Lisbon']);
  // When the page's WebAssembly had arrived: what search waits for on a cold start.
  const wasmArrived = await page.evaluate(() =>
    Math.max(...performance.getEntriesByType('resource').filter((r) => r.name.endsWith('_bg.wasm')).map((r) => r.responseEnd)),
  );
  return { readable: await readable.jsonValue(), searched: await searched.jsonValue(), wasmArrived };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

test.describe('on slow 3G', () => {
  test.slow();

  test('the first start, with an empty cache, is measured', async ({ newUser }) => {
    const visits = [];
    for (let visit = 0; visit < 3; visit += 1) {
      const page = await newUser();
      await slow3g(page.context(), page);
      visits.push(await startUp(page));
      await page.context().close();
    }
    const note = 'ms from navigation (400 kbit/s, 400 ms latency, CPU x4, empty cache; median of 3)';
    record('slow3g_cold_city_name_readable_ms', Math.round(median(visits.map((v) => v.readable))), note);
    record('slow3g_cold_search_answers_ms', Math.round(median(visits.map((v) => v.searched))), note);
    const wasm = median(visits.map((v) => v.wasmArrived));
    expect(wasm).toBeGreaterThan(0);
    record('slow3g_cold_wasm_arrived_ms', Math.round(wasm), `${note}; the WebAssembly's last byte, which search waits for`);
  });

  test('the next start, from the service worker, is measured', async ({ page, context, list }) => {
    await slow3g(context, page);
    await page.goto('./');
    await expect(list.cityNames.first()).toBeVisible({ timeout: 60_000 });
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);
    const { readable, searched } = await startUp(page);
    const note = 'ms from navigation (same link, from the service worker)';
    record('slow3g_warm_city_name_readable_ms', Math.round(readable), note);
    record('slow3g_warm_search_answers_ms', Math.round(searched), note);
  });
});

test('re-ranking the suggestions as a weight moves is measured', async ({ match }) => {
  await match.open('freetown', '&sector=waste-management');
  const slider = await match.weight('Expertise meets need');
  const timings = [];
  for (const value of ['5', '4', '5', '4.5', '5', '4', '5', '4.5', '5', '5']) {
    // The input event runs the whole re-rank and re-render synchronously: timed in the page.
    timings.push(
      await slider.evaluate((input, v) => {
        const start = performance.now();
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return performance.now() - start;
      }, value),
    );
  }
  await expect(slider).toHaveValue('5');
  await expect(match.page).toHaveURL(/weights=5(,|%2C)/);
  timings.sort((a, b) => a - b);
  record('match_weight_change_rerender_median', Number(timings[5].toFixed(2)), 'ms');
  record('match_weight_change_rerender_max', Number(timings[9].toFixed(2)), 'ms');
});

test('saving one proposal is measured', async ({ editor, page }) => {
  await editor.startFromMatch();
  await expect(editor.saveState).toHaveText(/^Saved on this device/);
  const state = await editor.saveState.elementHandle();
  const saveMs = await editor.field('Title').evaluate(
    (input, state) =>
      new Promise((resolve) => {
        const start = performance.now();
        new MutationObserver(() => {
          if (state.textContent.startsWith('Saved on this device at')) resolve(performance.now() - start);
        }).observe(state, { childList: true, subtree: true, characterData: true });
        input.value = 'Timing';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    state,
  );
  await expect(editor.heading).toHaveText('Timing');
  await expect(page).toHaveURL(/view=proposal/);
  record('proposal_saved_after_typing_stops_ms', Number(saveMs.toFixed(1)), 'ms (last keystroke to Saved, the 250 ms typing pause included)');
  record('proposal_save_one_ms', Number((saveMs - 250).toFixed(1)), 'ms (typing to Saved, less the 250 ms typing pause)');
});

test('listing a thousand proposals is measured', async ({ editor, proposals, page }) => {
  test.slow();
  await editor.startFromMatch();
  const template = await editor.exportJson();
  const many = { ...template, proposals: [] };
  for (let i = 0; i < 1000; i += 1) {
    many.proposals.push({ ...template.proposals[0], id: `p-bulk-${String(i).padStart(4, '0')}`, title: `Bulk proposal ${i}` });
  }
  await proposals.open();
  await proposals.import('many.json', JSON.stringify(many));
  await expect(proposals.imported('Imported: 1000 stored')).toBeVisible({ timeout: 30_000 });
  const started = Date.now();
  await page.reload();
  await expect(proposals.count).toHaveText('Proposals: 1001', { timeout: 30_000 });
  // The list shows forty at a time (widgets::show_more).
  await expect(proposals.titles).toHaveCount(40, { timeout: 30_000 });
  record('proposals_list_1000_ms', Date.now() - started, 'ms (reload to the first 40 of 1,001 proposals shown)');
});
