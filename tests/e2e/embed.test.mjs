// Embed mode inside a partner's page on another site: the frame renders without the app's
// navigation and resizes from height messages; the host cannot read the user's proposals and
// drafts stay with the host site; the app loads nothing from elsewhere and its Content Security
// Policy holds; the Embed page gives the code.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot, waitForList, repo } from './support.mjs';

let app;
let host;
let browser;
before(async () => {
  app = await serve();
  host = await serve(join(repo, 'demo'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
});

/** The demo host page on another site (localhost, while the app is on 127.0.0.1). */
const hostUrl = (view) => `http://localhost:${host.port}/host.html?app=${encodeURIComponent(app.url + view)}`;

test('the embedded view renders, resizes its frame and keeps drafts to the host site', async () => {
  const { context, page } = await openPage(browser, 'tablet-landscape');
  await page.goto(hostUrl('?view=matrix&embed=1'));
  const frame = page.frameLocator('#passerelle');
  await frame.locator('table.matrix tbody tr').first().waitFor({ timeout: 20000 });
  assert.equal(await frame.locator('.site-header').count(), 0, 'no navigation chrome');
  assert.match(await frame.locator('.embed-bar a').getAttribute('href'), /view=matrix/);
  await page.waitForFunction(() => document.getElementById('passerelle').getBoundingClientRect().height > 600);
  const messages = await page.evaluate(() => window.heightMessages);
  assert.ok(messages.length > 0);
  assert.ok(messages.every((m) => Object.keys(m).sort().join() === 'height,type' && m.type === 'passerelle:height'));
  await screenshot(page, 'embed-matrix-in-host');

  // Draft a proposal inside the embed.
  await page.goto(hostUrl('work.html?view=proposals&embed=1'));
  await frame.locator('[role=note]', { hasText: 'inside another website' }).waitFor({ timeout: 20000 });
  await frame.getByRole('button', { name: 'New proposal' }).click();
  await frame.getByLabel('Title', { exact: true }).fill('Drafted inside a partner site');
  await frame.locator('.save-state', { hasText: 'Saved on this device at' }).waitFor();
  await screenshot(page, 'embed-proposal-in-host');

  // The host page can neither reach into the frame nor its storage, and cannot drive it.
  const reach = await page.evaluate(() => {
    const frame = document.getElementById('passerelle');
    const out = { document: frame.contentDocument === null };
    try {
      out.storage = typeof frame.contentWindow.indexedDB;
    } catch (e) {
      out.storage = e.name;
    }
    frame.contentWindow.postMessage({ type: 'navigate', view: 'sources' }, '*');
    return out;
  });
  assert.deepEqual(reach, { document: true, storage: 'SecurityError' });
  await page.waitForTimeout(300);
  assert.equal(await frame.locator('.proposal-editor').count(), 1, 'the host message changed nothing');

  // The app's own site does not see the draft made inside the partner site.
  const own = await context.newPage();
  await own.goto(app.url + 'work.html?view=proposals');
  await own.locator('h2', { hasText: 'Proposals: 0' }).waitFor();
  await context.close();
});

test('nothing leaves the app origin and the Content Security Policy holds', async () => {
  const { context, page } = await openPage(browser, 'tablet-landscape');
  const foreign = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(app.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective));
  });
  for (const view of ['', '?view=city&city=dakar', '?view=matrix', '?view=networks', '?view=sources', 'work.html?view=match&city=dakar', 'work.html?view=proposals']) {
    await page.goto(app.url + view);
    await page.locator('main h1').waitFor();
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], view);
  }
  assert.deepEqual(foreign, []);
  // An injected inline script does not run.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.appendChild(s);
    return window.injected === true;
  });
  assert.equal(ran, false);
  await context.close();
});

test('the Embed page gives the code for the current view', async () => {
  const { context, page } = await openPage(browser, 'tablet-portrait', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(app.url + '?view=matrix&sector=housing');
  await page.getByRole('link', { name: 'Embed this view' }).click();
  await page.locator('h1', { hasText: 'Embed this view in your website' }).waitFor();
  const code = await page.getByLabel('Code to paste').inputValue();
  assert.match(code, /<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?view=matrix&amp;sector=housing&amp;embed=1|<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?view=matrix&sector=housing&embed=1/);
  assert.match(code, /passerelle:height/);
  await page.getByRole('button', { name: 'Copy the code' }).click();
  await page.locator('[role=status]', { hasText: 'Copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  await screenshot(page, 'embed-code');
  await context.close();
});
