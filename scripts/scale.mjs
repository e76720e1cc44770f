// The scale benchmark (issue 17): the city list with 35 (the real dataset), 2,000 and 10,000
// cities, in Chromium with a processor four times slower, on a portrait tablet.
//
//   node scripts/scale.mjs [N ...]        after scripts/build.sh; default: 35 2000 10000
//
// For each size, a seeded synthetic dataset (`passerelle-cli synthetic`, checked like the real
// one) is served in place of dist/data/dataset.bin, and the script prints the median of three
// fresh visits of:
// - first card: from the dataset's last byte (Resource Timing) to the app's first city card on
//   screen;
// - keystroke: one key typed in the search box (one that narrows the list: `m` in the real
//   dataset, `7` in the synthetic one, named City 0…N), from the key press to the animation
//   frame that paints the updated list;
// - DOM nodes in the document, and the wasm module's memory, once the list has settled after
//   the search;
// - typing: a word typed at five keys a second (`freetown`, `ity 1234`) after the search box is
//   cleared, each key from its press to the paint after it (the browser's Event Timing, which
//   reports keys over 16 ms in steps of 8 ms; a key it leaves out counts as 16): the median and
//   the slowest tenth of the keys of the three visits. Between keys the list builds its later
//   cards and the filters' counts (they wait for typing to pause), and the next key waits for
//   that work.
// Slow-3G start-up figures are measured by the e2e suite (tests/e2e/timings.test.mjs).

import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, dist, readPackedDataset, serve, syntheticDataset } from '../tests/e2e/support.mjs';

const sizes = process.argv.slice(2).map(Number);
const RUNS = 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dataset = (cities) => (cities === 35 ? readPackedDataset() : syntheticDataset(cities));

async function visit(browser, url, letter, word) {
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true, serviceWorkers: 'block', locale: 'en-GB' });
  const page = await context.newPage();
  // The wasm instance, for its memory.
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (event) => (window.scaleWasm = event.detail.wasm)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  // The app's first card: the list written into the HTML (scripts/prerender.mjs, the real
  // dataset's) shows until the app has taken over.
  await page.waitForFunction(() => document.querySelector('#app main h3') && !document.querySelector('#app > [data-copy]'), null, {
    polling: 'raf',
    timeout: 180_000,
  });
  const firstCard = await page.evaluate(() => {
    const data = performance.getEntriesByType('resource').find((e) => e.name.includes('data/dataset.bin'));
    return performance.now() - data.responseEnd;
  });
  // From the key press to the frame that paints the updated count: the time stamp of the
  // keydown, then the first animation frame after the count heading changes.
  const count = page.getByRole('heading', { level: 2, name: /^Cities found/ });
  const before = await count.textContent();
  await count.evaluate((heading) => {
    window.scalePainted = new Promise((resolve) => {
      let pressed = 0;
      document.addEventListener('keydown', (event) => (pressed = event.timeStamp), { capture: true, once: true });
      new MutationObserver(() => requestAnimationFrame(() => resolve(performance.now() - pressed))).observe(heading, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
  });
  await page.getByLabel('Search cities').press(letter);
  const keystroke = await page.evaluate(() => window.scalePainted);
  await count.filter({ hasNotText: before }).waitFor({ timeout: 180_000 });
  // The key paints the first screen of cards; the rest of the forty follow once typing pauses
  // (150 ms): count the nodes after that.
  await page.waitForTimeout(1_000);
  const result = await page.evaluate(() => ({
    nodes: document.getElementsByTagName('*').length,
    wasmMemoryMB: window.scaleWasm ? window.scaleWasm.memory.buffer.byteLength / 1e6 : NaN,
  }));
  const typed = await typing(page, word);
  await context.close();
  return { firstCard, keystroke, ...result, typed };
}

/** The Event Timing duration of each key of `word` typed at five keys a second. */
async function typing(page, word) {
  const search = page.getByLabel('Search cities');
  await search.fill('');
  await page.waitForTimeout(1_000);
  await page.evaluate(() => {
    window.scaleKeys = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') window.scaleKeys.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 });
  });
  await search.pressSequentially(word, { delay: 200 });
  await page.waitForTimeout(1_000);
  const slow = await page.evaluate(() => window.scaleKeys);
  return [...slow, ...Array(Math.max(0, word.length - slow.length)).fill(16)];
}

// The same browser as the e2e suite (playwright.config.mjs).
const browser = await chromium.launch({ args: CHROMIUM_ARGS, executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
console.log('cities   first card (ms)   keystroke (ms)   DOM nodes   wasm memory (MB)   typing: median, slowest tenth (ms)');
for (const cities of sizes.length ? sizes : [35, 2000, 10000]) {
  const body = dataset(cities);
  const server = await serve(dist, { '/data/dataset.bin': () => ({ body, type: 'application/octet-stream' }) });
  const runs = [];
  const [letter, word] = cities === 35 ? ['m', 'freetown'] : ['7', 'ity 1234'];
  for (let i = 0; i < RUNS; i++) runs.push(await visit(browser, server.url, letter, word));
  await server.close();
  const m = (key) => median(runs.map((r) => r[key]));
  const keys = runs.flatMap((r) => r.typed).sort((a, b) => a - b);
  const typed = `${median(keys)}, ${keys[Math.floor(keys.length * 0.9)]}`;
  console.log(
    `${String(cities).padStart(6)}   ${m('firstCard').toFixed(0).padStart(15)}   ${m('keystroke').toFixed(0).padStart(14)}   ${String(m('nodes')).padStart(9)}   ${m('wasmMemoryMB').toFixed(1).padStart(16)}   ${typed.padStart(35)}`,
  );
}
await browser.close();
