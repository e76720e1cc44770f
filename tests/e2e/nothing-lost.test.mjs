// Nothing lost, even under attack (issue 16): a storage quota that is really exhausted, a
// browser killed right after typing, text of any length or direction, and a Workspace whose
// city data cannot be loaded.

import { mkdtemp, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { test, expect } from './fixtures.mjs';
import { Match } from './pages/match.mjs';
import { Editor, ProposalList } from './pages/proposals.mjs';
import { CHROMIUM_ARGS, dist, screenshot } from './support.mjs';

/**
 * Lets the origin of `page` store at most `bytes` more than it uses now: Chromium's quota for
 * it, set by CDP as the adversarial run did. Chromium keeps what an origin may still write for
 * a while, so the quota is set before the test writes.
 */
async function quotaLeft(page, bytes) {
  const cdp = await page.context().newCDPSession(page);
  const { usage } = await page.evaluate(() => navigator.storage.estimate());
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: usage + bytes });
}

/**
 * Leaves the origin of `page` no room at all, and waits until its storage refuses a small write:
 * on a busy machine Chromium applies a quota override a moment after it is set
 * (`navigator.storage.estimate()` does not show it), and the usage it was computed from can
 * still shrink as a database just written settles, which left room for the probe (a clean-clone
 * run, once). So each attempt sets the quota again from the usage of the moment. The probe goes
 * into a database of its own, deleted before each measure and after.
 */
async function untilStorageRefuses(page) {
  const dropProbe = () => page.evaluate(() => new Promise((done) => (indexedDB.deleteDatabase('quota-probe').onsuccess = done)));
  const refused = async () => {
    await dropProbe();
    await quotaLeft(page, 0);
    return page.evaluate(async () => {
      const db = await new Promise((done) => {
        const opening = indexedDB.open('quota-probe');
        opening.onupgradeneeded = () => opening.result.createObjectStore('probe');
        opening.onsuccess = () => done(opening.result);
        opening.onerror = () => done(null);
      });
      // Not even the probe's database could be made: storage refuses.
      if (!db) return true;
      const stored = await new Promise((done) => {
        const transaction = db.transaction('probe', 'readwrite');
        transaction.objectStore('probe').put('x'.repeat(10_000), 'probe');
        transaction.oncomplete = () => done(true);
        transaction.onabort = () => done(false);
      });
      db.close();
      return !stored;
    });
  };
  await expect.poll(refused, { timeout: 30_000 }).toBe(true);
  await dropProbe();
}

/** `n` random letters and spaces: text that does not compress to nothing in storage. */
const prose = (n) => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz '[Math.floor(Math.random() * 27)]).join('');

test.describe('with the storage quota used up', () => {
  // The service worker's cache of the app would take the room the test leaves.
  test.use({ serviceWorkers: 'block' });

  // The adversarial run: "storage error: Missing data: Expected the Transaction to be
  // committed…", and a new proposal gone after a reload while its text sat in localStorage.
  test('the editor says so in plain words, offers the export and keeps the text', async ({ editor, page }) => {
    await page.goto('work.html?view=proposals');
    await quotaLeft(page, 100_000);
    await editor.startFromMatch();
    await editor.type('Title', 'Saved before the disk filled up');
    await editor.expectSaved();
    const texts = {};
    for (const label of ['Goals', 'Opportunities', 'Challenges', 'Notes']) {
      texts[label] = prose(20_000);
      await editor.type(label, texts[label]);
    }
    await expect(editor.saveState).toHaveText(/^Not saved: the device has no storage space left for Passerelle\. Your text is kept/);
    await expect(editor.saveState).not.toContainText('Transaction');
    await expect(editor.field('Notes')).toHaveValue(texts.Notes);
    const exported = await editor.exportNow();
    expect(exported.proposals[0].notes).toBe(texts.Notes);
    expect(exported.proposals[0].goals).toBe(texts.Goals);
  });

  test('a proposal made meanwhile is still there after a reload', async ({ proposals, editor, page }) => {
    await proposals.open();
    await untilStorageRefuses(page);
    await proposals.create();
    await editor.waitUntilOpen();
    await editor.type('Title', 'Made on a full disk');
    await expect(editor.saveState).toHaveText(/^Not saved/);
    await page.reload();
    await editor.waitUntilOpen();
    await expect(editor.field('Title')).toHaveValue('Made on a full disk');
    await proposals.open();
    await expect(proposals.titles).toHaveText(['Made on a full disk']);
  });

  test.describe('in French', () => {
    test.use({ locale: 'fr-FR' });

    test('the editor says so in French', async ({ page }) => {
      await page.goto('work.html?view=match&city=freetown&sector=waste-management');
      await quotaLeft(page, 100_000);
      await new Match(page, 'fr').startProposalWith('Milan');
      await expect(page.getByLabel('Titre', { exact: true })).toBeVisible();
      for (const label of ['Objectifs', 'Opportunités', 'Défis', 'Notes']) await page.getByLabel(label, { exact: true }).fill(prose(20_000));
      const state = page.getByRole('status').filter({ hasText: /^Non enregistré/ });
      await expect(state).toContainText('l’appareil n’a plus d’espace de stockage pour Passerelle');
      await expect(state).toContainText('Votre texte est conservé dans cet onglet');
      await expect(page.getByRole('button', { name: 'Exporter cette proposition maintenant (fichier JSON)' })).toBeVisible();
    });
  });
});

// The adversarial run: the browser killed within 500 ms of typing lost the last words, 12
// times out of 12.
test('words typed 100 ms before the browser is killed are there when it starts again', async ({ server }) => {
  const profile = await mkdtemp(join(tmpdir(), 'passerelle-killed-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, baseURL: server.url });
  try {
    let context = await launch();
    const editor = new Editor(context.pages()[0] ?? (await context.newPage()));
    await editor.startFromMatch();
    await editor.type('Title', 'The first words');
    await editor.expectSaved();
    await editor.type('Title', 'The last words, typed just before the crash');
    await editor.page.waitForTimeout(100);
    // SIGKILL the browser of this profile: no unload, no flush.
    const browser = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes(profile) && !line.includes('--type='))
      .map((line) => Number(line.trim().split(/\s+/)[0]));
    expect(browser).toHaveLength(1);
    const id = editor.id();
    process.kill(browser[0], 'SIGKILL');
    await context.close().catch(() => {});

    context = await launch();
    const again = new Editor(context.pages()[0] ?? (await context.newPage()));
    await again.open(id);
    await expect(again.field('Title')).toHaveValue('The last words, typed just before the crash');
    await again.expectSaved();
    await context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test.describe('text of any length or direction', () => {
  // The adversarial run: an unbroken 100,000-character string widened the editor to two
  // million px.
  test('an unbroken word wraps in the editor, its print and the list', async ({ editor, proposals, app }) => {
    await editor.startFromMatch();
    const word = 'w'.repeat(100_000);
    for (const label of ['Title', 'Notes']) {
      await editor.field(label).evaluate((field, word) => {
        field.value = word;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }, word);
    }
    await editor.expectSaved();
    expect(await app.sidewaysScroll(), 'the editor is not widened').toBeLessThanOrEqual(0);
    await editor.page.emulateMedia({ media: 'print' });
    expect(await app.sidewaysScroll(), 'the print is not widened').toBeLessThanOrEqual(0);
    await editor.page.emulateMedia({ media: 'screen' });
    await proposals.open();
    expect(await app.sidewaysScroll(), 'the list is not widened').toBeLessThanOrEqual(0);
  });

  // The adversarial run: a 60,000-character value was echoed in full.
  test('a 60,000-character value in an address is echoed cut short', async ({ app, page }) => {
    // Past what the test server takes in a request line: the page is served as a host would.
    await page.route(
      (url) => url.search.length > 10_000,
      (route) => route.fulfill({ path: join(dist, 'index.html') }),
    );
    await app.open(`?view=city&city=${'a'.repeat(60_000)}`);
    await expect(app.heading).toHaveText('Not found');
    const echo = await page.getByRole('alert').textContent();
    expect(echo.length).toBeLessThan(400);
    expect(echo).toContain('a'.repeat(80) + '…');
    expect(await app.sidewaysScroll()).toBeLessThanOrEqual(0);
  });

  // The adversarial run: a title with a right-to-left override reversed "→ Idea" in Recent
  // changes.
  test('a right-to-left override in a title does not turn the app’s own words around', async ({ editor, proposals }) => {
    const title = '\u202EevilTitle';
    await editor.startFromMatch();
    await editor.type('Title', title);
    await editor.expectSaved();
    await proposals.open();
    const line = proposals.recentChange('evilTitle');
    await expect(line).toContainText('→');
    // Where each part of the line is drawn: the status must stay right of the title.
    const drawn = await line.evaluate((item) => {
      const box = (node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        const rect = range.getBoundingClientRect();
        return { left: rect.left, right: rect.right };
      };
      const texts = [];
      const walk = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      while (walk.nextNode()) if (walk.currentNode.textContent.trim()) texts.push(walk.currentNode);
      const titleNode = texts.find((t) => t.textContent.includes('evilTitle'));
      const arrow = texts.find((t) => t.textContent.includes('→'));
      return { title: box(titleNode), arrow: box(arrow) };
    });
    expect(drawn.arrow.left, '"→ status" is drawn after the title').toBeGreaterThanOrEqual(drawn.title.right - 1);
  });
});

test.describe('without the city data', () => {
  test.use({ serviceWorkers: 'block' });

  // The adversarial run: the Workspace showed only the load error; proposals could not be
  // opened or exported.
  test('the proposals open, edit and export, with cities by their ids', async ({ page, serveWith, errors }) => {
    const { readFile } = await import('node:fs/promises');
    const dataset = await readFile(join(dist, 'data', 'dataset.bin'));
    let broken = false;
    const server = await serveWith(dist, {
      '/data/dataset.bin': () => (broken ? { status: 404, body: 'gone' } : { body: dataset }),
    });
    errors.allow(/Failed to load resource|404/);
    const editor = new Editor(page);
    const list = new ProposalList(page);
    await page.goto(`${server.url}work.html?view=match&city=freetown&sector=waste-management`);
    await new Match(page).startProposalWith('Milan');
    await editor.waitUntilOpen();
    await editor.type('Title', 'Kept without the data');
    await editor.expectSaved();
    const address = page.url();

    broken = true;
    await page.goto(`${server.url}work.html?view=proposals`);
    await expect(list.heading).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'The city data could not be loaded, so cities show as their ids' })).toBeVisible();
    await expect(list.titles).toHaveText(['Kept without the data']);
    await expect(page.getByRole('main')).toContainText('freetown');
    await screenshot(page, 'proposals-without-data');

    await page.goto(address);
    await editor.waitUntilOpen();
    await expect(editor.field('Title')).toHaveValue('Kept without the data');
    await editor.type('Notes', 'Edited without the data');
    await editor.expectSaved();
    const exported = await editor.exportJson();
    expect(exported.proposals[0].cities.map((c) => c.city)).toEqual(['freetown', 'milan']);
    expect(exported.proposals[0].notes).toBe('Edited without the data');
  });
});
