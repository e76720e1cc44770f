// The proposal workspace on a tablet: start from a match, type, reload, change status, export
// and import into a fresh profile, refuse bad files, resolve id conflicts, detect edits from two
// tabs, migrate an old database, and say plainly when storage fails.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, screenshot, record, appUnderTest } from './support.mjs';

const app = appUnderTest();

const saved = (page) => page.locator('.save-state', { hasText: 'Saved on this device at' }).waitFor({ timeout: 10000 });
const title = (page) => page.getByLabel('Title', { exact: true });

/** Starts a proposal for Freetown and Milan on waste management from the Match view. */
async function proposalFromMatch(page) {
  await page.goto(app.server.url + 'work.html?view=match&city=freetown&sector=waste-management');
  await page.getByRole('button', { name: 'Start a proposal with Milan' }).click();
  await page.locator('.proposal-editor').waitFor();
  await page.waitForFunction(() => location.search.includes('view=proposal&id=p-'));
}

async function exportJson(page, buttonName) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

async function importFile(page, name, text) {
  await page.getByLabel('Choose a Passerelle proposals file (JSON)').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

test('a proposal started from a match survives a reload, tracks its status and travels by file', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-landscape');
  await proposalFromMatch(page);
  const cities = await page.locator('.participants .card').allInnerTexts();
  assert.equal(cities.length, 2);
  assert.match(cities.join(' '), /Freetown[\s\S]*Milan/);
  assert.equal(await page.getByRole('button', { name: 'Waste management' }).getAttribute('aria-pressed'), 'true');
  assert.match(await page.locator('.warnings').innerText(), /A partnership like this already exists/, 'Milan and Freetown already exchange on waste');
  await page.locator('summary', { hasText: 'How this proposal started' }).click();
  assert.match(await page.locator('.reasons').innerText(), /Milan has expertise in Waste management/);

  await title(page).fill('Waste jobs for youth in Freetown');
  await page.getByLabel('What Freetown brings').fill('800 youth already in waste collection');
  await saved(page);
  const url = page.url();
  await page.reload();
  await page.locator('.proposal-editor').waitFor();
  assert.equal(await title(page).inputValue(), 'Waste jobs for youth in Freetown');
  assert.equal(await page.getByLabel('What Freetown brings').inputValue(), '800 youth already in waste collection');

  await page.getByRole('button', { name: 'Move to: Draft' }).click();
  await page.getByRole('button', { name: 'Move to: Under discussion' }).click();
  await saved(page);
  await page.locator('summary', { hasText: 'History of the status' }).click();
  const history = await page.locator('.history li').allInnerTexts();
  assert.equal(history.length, 3);
  // Written in the user's language and time zone, with the exact time for machines.
  assert.match(history[2], /^\d{1,2} [A-Z][a-z]{2} 20\d\d, \d{2}:\d{2} · Under discussion$/);
  assert.match(await page.locator('.history li time').nth(2).getAttribute('datetime'), /^20\d\d-\d\d-\d\dT/);
  await screenshot(page, 'proposal-editor-tablet-landscape');

  // Export, then import into a fresh browser profile: the same proposal.
  const exported = await exportJson(page, 'Export (JSON file)');
  assert.equal(exported.format, 'passerelle-proposals');
  const fresh = await openPage(app.browser, 'tablet-portrait');
  await fresh.page.goto(app.server.url + 'work.html?view=proposals');
  await importFile(fresh.page, 'proposal.json', JSON.stringify(exported));
  await fresh.page.locator('.note', { hasText: 'Imported: 1 stored, 0 already here.' }).waitFor();
  await fresh.page.getByRole('link', { name: 'Waste jobs for youth in Freetown' }).click();
  await fresh.page.locator('.proposal-editor').waitFor();
  const again = await exportJson(fresh.page, 'Export (JSON file)');
  const strip = (file) => file.proposals.map(({ revision, ...rest }) => rest);
  assert.deepEqual(strip(again), strip(exported));
  assert.equal(new URL(fresh.page.url()).searchParams.get('id'), new URL(url).searchParams.get('id'));
  await screenshot(fresh.page, 'proposal-editor-tablet-portrait');
  assert.deepEqual(fresh.page.errors, []);
  await fresh.context.close();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('text typed just before the tab closes is not lost', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-landscape');
  await proposalFromMatch(page);
  const url = page.url();
  await title(page).fill('Typed a moment before closing');
  await page.close({ runBeforeUnload: false });
  const reopened = await context.newPage();
  await reopened.goto(url);
  await reopened.locator('.proposal-editor').waitFor();
  assert.equal(await title(reopened).inputValue(), 'Typed a moment before closing');
  // Saved by the closing tab, or recovered from the journal and saved now.
  await reopened.locator('.save-state', { hasText: 'Saved on this device' }).waitFor();
  await context.close();
});

test('bad files change nothing; a file with a known id asks which version to keep', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-landscape');
  await proposalFromMatch(page);
  await title(page).fill('Original title');
  await saved(page);
  const exported = await exportJson(page, 'Export (JSON file)');
  await page.getByRole('link', { name: 'All proposals' }).click();
  await page.locator('h1', { hasText: 'Proposals' }).waitFor();
  const count = () => page.locator('.proposals-page .cards .card').count();
  assert.equal(await count(), 1);

  for (const [name, text, reason] of [
    ['broken.json', '{"format": "passerelle-proposals", "version": 1, "proposals": [', /not valid JSON/],
    ['dataset.json', await readFile(new URL('../../dist/data/dataset.json', import.meta.url), 'utf8'), /not a Passerelle proposals file/],
    ['hostile.json', JSON.stringify({ ...exported, proposals: [{ ...exported.proposals[0], id: '../../x', cities: [{ city: 'atlantis' }] }] }), /atlantis/],
  ]) {
    await importFile(page, name, text);
    await page.locator('[role=alert]', { hasText: 'was not imported, and nothing was changed' }).waitFor();
    assert.match(await page.locator('.import [role=alert]').innerText(), reason);
    assert.equal(await count(), 1, `${name} changed nothing`);
  }
  await screenshot(page, 'proposals-import-refused');

  const edited = structuredClone(exported);
  edited.proposals[0].title = 'Title from the other device';
  await importFile(page, 'edited.json', JSON.stringify(edited));
  await page.locator('.import-plan').waitFor();
  assert.match(await page.locator('.import-plan').innerText(), /Original title[\s\S]*Title from the other device/);
  const apply = page.getByRole('button', { name: 'Import', exact: true });
  assert.equal(await apply.isDisabled(), true, 'an answer is needed first');
  await page.locator('.conflict-row').getByRole('button', { name: 'Keep both' }).click();
  await apply.click();
  await page.locator('.note', { hasText: 'Imported: 1 stored' }).waitFor();
  const titles = await page.locator('.proposals-page .cards .card-title').allInnerTexts();
  assert.deepEqual(titles.sort(), ['Original title', 'Title from the other device']);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('two tabs editing the same proposal do not overwrite each other', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-landscape');
  await proposalFromMatch(page);
  await title(page).fill('Shared draft');
  await saved(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await other.locator('.proposal-editor').waitFor();

  // A save in one tab refreshes the other, which had nothing unsaved.
  await title(other).fill('Edited in the second tab');
  await saved(other);
  await page.waitForFunction(() => document.querySelector('.screen-only h1')?.innerText === 'Edited in the second tab');

  // Both type before either has saved: the second save is refused and its user chooses.
  await title(page).fill('Edited in the first tab');
  await title(other).fill('Edited again in the second tab');
  const conflicted = await Promise.race(
    [page, other].map((tab) => tab.locator('#conflict-title').waitFor({ timeout: 10000 }).then(() => tab)),
  );
  const winner = conflicted === page ? other : page;
  const winnerTitle = await title(winner).inputValue();
  const mine = await title(conflicted).inputValue();
  assert.notEqual(mine, winnerTitle);
  assert.match(await conflicted.locator('.conflict').innerText(), new RegExp(winnerTitle));
  await screenshot(conflicted, 'proposal-conflict');
  await conflicted.getByRole('button', { name: 'Keep my version' }).click();
  await saved(conflicted);
  await winner.waitForFunction((t) => document.querySelector('.screen-only h1')?.innerText === t, mine);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(other.errors ?? [], []);
  await context.close();
});

test('text is never interpreted as HTML, on screen, in print or in Markdown', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-landscape');
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    d.dismiss();
  });
  await proposalFromMatch(page);
  const hostile = '<img src=x onerror=alert(1)>';
  await title(page).fill(hostile);
  await page.getByLabel('Notes').fill('<script>alert(2)</script>');
  await saved(page);
  assert.equal(await page.locator('.screen-only h1').innerText(), hostile);
  assert.equal(await page.locator('img[src=x]').count(), 0);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.print-only h1').innerText(), hostile);
  await screenshot(page, 'proposal-print');
  await page.emulateMedia({ media: 'screen' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as a document (Markdown)' }).click(),
  ]);
  const markdown = await readFile(await download.path(), 'utf8');
  assert.ok(markdown.startsWith('# \\<img src=x onerror=alert\\(1\\)\\>'), markdown.slice(0, 80));
  await page.goto(app.server.url + 'work.html?view=proposals');
  await page.locator('.proposals-page .card-title', { hasText: hostile }).waitFor();
  assert.equal(dialogs, 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a database written by version 1 is migrated on opening', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-landscape');
  await page.goto(app.server.url + 'icon.svg');
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('passerelle', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('drafts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          const draft = {
            id: 'p-old',
            created: '2025-06-01T09:00:00.000Z',
            title: 'Drafted with the first version',
            cities: [{ city: 'dakar', contribution: '' }, { city: 'kigali', contribution: '' }],
            sectors: ['waste-management'],
            status: 'idea',
            history: [{ status: 'idea', at: '2025-06-01T09:00:00.000Z' }],
          };
          tx.objectStore('drafts').put(JSON.stringify(draft), 'p-old');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
  );
  page.errors.length = 0;
  await page.goto(app.server.url + 'work.html?view=proposals');
  await page.getByRole('link', { name: 'Drafted with the first version' }).click();
  await page.locator('.proposal-editor').waitFor();
  assert.match(await page.locator('.participants').innerText(), /Dakar[\s\S]*Kigali/);
  const stores = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('passerelle');
        open.onsuccess = () => {
          resolve({ version: open.result.version, stores: [...open.result.objectStoreNames] });
          open.result.close();
        };
      }),
  );
  assert.deepEqual(stores, { version: 2, stores: ['proposals'] }, JSON.stringify(stores));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('without IndexedDB, or with a full disk, the user is told and keeps the text', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-landscape');
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined }));
  await page.goto(app.server.url + 'work.html?view=proposals');
  await page.locator('[role=alert]', { hasText: 'does not let Passerelle store data' }).waitFor();
  await page.getByRole('button', { name: 'New proposal' }).click();
  await title(page).fill('Kept in memory');
  await page.locator('.save-state', { hasText: 'Saved' }).waitFor();
  assert.match(await page.locator('.proposal-editor [role=alert]').innerText(), /export them to keep them/);
  await context.close();

  // A full disk, simulated where the browser reports it: IndexedDB writes fail with
  // QuotaExceededError once the test says so.
  const full = await openPage(app.browser, 'tablet-landscape');
  await full.page.addInitScript(() => {
    for (const method of ['put', 'add']) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (...args) {
        if (window.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
  await full.page.goto(app.server.url + 'work.html?view=proposals');
  await full.page.locator('h1', { hasText: 'Proposals' }).waitFor();
  await full.page.getByRole('button', { name: 'New proposal' }).click();
  await full.page.locator('.proposal-editor').waitFor();
  await title(full.page).fill('Before the disk filled up');
  await saved(full.page);
  await full.page.evaluate(() => {
    window.__diskFull = true;
  });
  await title(full.page).fill('Typed on a full disk');
  await full.page.locator('.save-state', { hasText: 'Not saved' }).waitFor({ timeout: 10000 });
  assert.match(await full.page.locator('.save-state').innerText(), /no storage space left[\s\S]*export the proposal/);
  assert.equal(await title(full.page).inputValue(), 'Typed on a full disk', 'the text stays on screen');
  await screenshot(full.page, 'proposal-quota-exceeded');
  // Once space is back, the next edit saves everything.
  await full.page.evaluate(() => {
    window.__diskFull = false;
  });
  await title(full.page).fill('Typed on a full disk, then saved');
  await saved(full.page);
  await full.page.reload();
  await full.page.locator('.proposal-editor').waitFor();
  assert.equal(await title(full.page).inputValue(), 'Typed on a full disk, then saved');
  await full.context.close();
});

test('saving one proposal and listing a thousand, measured', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-landscape');
  await proposalFromMatch(page);
  const saveMs = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const state = document.querySelector('.save-state');
        const input = document.querySelector('.proposal-editor input[type=text]');
        const start = performance.now();
        new MutationObserver(() => {
          if (state.innerText.startsWith('Saved on this device at')) resolve(performance.now() - start - 600);
        }).observe(state, { childList: true, subtree: true, characterData: true });
        input.value = 'Timing';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
  );
  await record('proposal_save_one_ms', Number(saveMs.toFixed(1)), 'ms (typing to Saved, less the 600 ms typing pause)');

  const template = await exportJson(page, 'Export (JSON file)');
  const many = { ...template, proposals: [] };
  for (let i = 0; i < 1000; i += 1) {
    many.proposals.push({ ...template.proposals[0], id: `p-bulk-${String(i).padStart(4, '0')}`, title: `Bulk proposal ${i}` });
  }
  await page.goto(app.server.url + 'work.html?view=proposals');
  await importFile(page, 'many.json', JSON.stringify(many));
  await page.locator('.note', { hasText: 'Imported: 1000 stored' }).waitFor({ timeout: 30000 });
  const started = Date.now();
  await page.reload();
  await page.locator('h2', { hasText: 'Proposals: 1001' }).waitFor({ timeout: 30000 });
  await page.locator('.proposals-page .cards .card').nth(1000).waitFor();
  await record('proposals_list_1000_ms', Date.now() - started, 'ms (reload to 1,001 cards rendered)');
  assert.deepEqual(page.errors, []);
  await context.close();
});
