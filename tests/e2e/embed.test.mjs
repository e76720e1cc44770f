// Embed mode inside a partner's page on another site: the frame renders without the app's
// navigation and resizes from height messages; the host cannot read the user's proposals and
// drafts stay with the host site; the app loads nothing from elsewhere and its Content Security
// Policy holds; the Embed page gives the code.

import { join } from 'node:path';
import { test as base, expect } from './fixtures.mjs';
import { repo, screenshot, VIEWPORTS } from './support.mjs';
import { HostPage } from './pages/embed.mjs';
import { Editor, ProposalList } from './pages/proposals.mjs';

const test = base.extend({
  /** demo/host.html served on its own, opened on another site than the app. */
  host: async ({ page, server, serveWith }, use) => {
    const demo = await serveWith(join(repo, 'demo'));
    // The demo page has no icon; the browser's request for one is not the app's doing.
    await page.route(`${demo.url.replace('127.0.0.1', 'localhost')}favicon.ico`, (route) => route.fulfill({ status: 204 }));
    await use(new HostPage(page, demo, server));
  },
});

test.describe('inside a partner’s page', () => {
  test('a view renders without the app’s navigation, with a link to the full app', async ({ host }) => {
    await host.open('?view=matrix&embed=1');
    await expect(host.frame.getByRole('rowheader').first()).toBeVisible({ timeout: 20_000 });
    await expect(host.frame.getByRole('banner')).toHaveCount(0);
    await expect(host.frame.getByRole('navigation')).toHaveCount(0);
    const full = host.frame.getByRole('link', { name: 'Open in Passerelle' });
    await expect(full).toHaveAttribute('href', /view=matrix/);
    await expect(full).not.toHaveAttribute('href', /embed=1/);
  });

  test('the frame takes the height the app reports, by messages of one kind only', async ({ host, page }) => {
    await host.open('?view=matrix&embed=1');
    await expect(host.frame.getByRole('rowheader').first()).toBeVisible({ timeout: 20_000 });
    await expect.poll(() => host.frameHeight()).toBeGreaterThan(600);
    const messages = await host.heightMessages();
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(Object.keys(message).sort()).toEqual(['height', 'type']);
      expect(message.type).toBe('passerelle:height');
    }
    await screenshot(page, 'embed-matrix-in-host');
  });

  test('a draft is saved there, with a note that it stays with this site', async ({ host, page }) => {
    await host.open('work.html?view=proposals&embed=1');
    await expect(host.frame.getByRole('note').filter({ hasText: 'inside another website' })).toBeVisible({ timeout: 20_000 });
    const inFrame = new ProposalList(host.frame);
    const editor = new Editor(host.frame);
    await inFrame.create();
    await editor.type('Title', 'Drafted inside a partner site');
    // Chromium as the tests run it refuses storage to a frame of another site, so the draft
    // stays in the tab; a browser that partitions storage instead saves it under the host's
    // site. Neither reaches the app's own site.
    await editor.expectKept();
    await screenshot(page, 'embed-proposal-in-host');
  });

  test('the host page can reach neither the frame’s document nor its storage', async ({ host }) => {
    await host.open('work.html?view=proposals&embed=1');
    await expect(host.frame.getByRole('heading', { level: 1, name: 'Proposals' })).toBeVisible({ timeout: 20_000 });
    const reach = await host.frameElement.evaluate((frame) => {
      const out = { document: frame.contentDocument === null };
      try {
        out.storage = typeof frame.contentWindow.indexedDB;
      } catch (e) {
        out.storage = e.name;
      }
      return out;
    });
    expect(reach).toEqual({ document: true, storage: 'SecurityError' });
  });

  test('the host page cannot drive the app with messages', async ({ host }) => {
    await host.open('work.html?view=proposals&embed=1');
    const heading = host.frame.getByRole('heading', { level: 1, name: 'Proposals' });
    await expect(heading).toBeVisible({ timeout: 20_000 });
    // Messages arrive in order: once a probe posted after the command has arrived, the app has
    // handled the command. The probe's listener is in place before the host posts (the frame
    // is another process: an evaluation still on its way could miss both messages).
    const app = await (await host.frameElement.elementHandle()).contentFrame();
    await app.evaluate(() => {
      window.probed = new Promise((resolve) => addEventListener('message', (e) => e.data === 'probe' && resolve(location.search)));
    });
    await host.frameElement.evaluate((frame) => {
      frame.contentWindow.postMessage({ type: 'navigate', view: 'sources' }, '*');
      frame.contentWindow.postMessage('probe', '*');
    });
    expect(await app.evaluate(() => window.probed)).toBe('?view=proposals&embed=1');
    await expect(heading, 'the host message changed nothing').toBeVisible();
  });

  test('drafts made there do not show on the app’s own site', async ({ host, page, context, server }) => {
    await host.open('work.html?view=proposals&embed=1');
    await new ProposalList(host.frame).create();
    const editor = new Editor(host.frame);
    await editor.type('Title', 'Drafted inside a partner site');
    // Chromium as the tests run it refuses storage to a frame of another site, so the draft
    // stays in the tab; a browser that partitions storage instead saves it under the host's
    // site. Neither reaches the app's own site.
    await editor.expectKept();
    const own = new ProposalList(await context.newPage());
    await own.page.goto(`${server.url}work.html?view=proposals`);
    await expect(own.heading).toBeVisible();
    await expect(own.count).toHaveText('Proposals: 0');
  });
});

const VIEWS = ['./', '?view=city&city=dakar', '?view=matrix', '?view=networks', '?view=sources', 'work.html?view=match&city=dakar', 'work.html?view=proposals'];

test.describe('the app on its own site', () => {
  test('loads nothing from another origin', async ({ app, page, server }) => {
    const foreign = [];
    page.on('request', (r) => {
      if (!/^(data|blob):/.test(r.url()) && !r.url().startsWith(server.url)) foreign.push(r.url());
    });
    for (const view of VIEWS) await app.open(view);
    expect(foreign).toEqual([]);
  });

  test('no view breaks the Content Security Policy', async ({ app, page }) => {
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective));
    });
    for (const view of VIEWS) {
      await app.open(view);
      expect(await page.evaluate(() => window.cspViolations), view).toEqual([]);
    }
  });

  test('an injected inline script does not run', async ({ app, page, errors }) => {
    await app.open('./');
    // The browser reports the refused script in the console: that is the behaviour under test.
    errors.allow(/Content Security Policy/);
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.appendChild(s);
      return window.injected === true;
    });
    expect(ran).toBe(false);
  });
});

test.describe('the Embed page', () => {
  test.use({ ...VIEWPORTS['tablet-portrait'], permissions: ['clipboard-read', 'clipboard-write'] });

  test('gives the code for the view it was opened from', async ({ embedCode }) => {
    await embedCode.openFrom('?view=matrix&sector=housing');
    await expect(embedCode.code).toHaveValue(/<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?view=matrix&(amp;)?sector=housing&(amp;)?embed=1"/);
    await expect(embedCode.code).toHaveValue(/passerelle:height/);
  });

  test('copies the code', async ({ embedCode, page }) => {
    await embedCode.openFrom('?view=matrix&sector=housing');
    await embedCode.copy();
    await expect(embedCode.copied).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await embedCode.code.inputValue());
    await screenshot(page, 'embed-code');
  });
});
