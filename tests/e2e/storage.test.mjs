// How proposals are kept: two tabs editing the same proposal, an import or a deletion in
// another tab, text that looks like HTML, old databases, a browser without storage and a full
// disk.

import { test, expect } from './fixtures.mjs';
import { Editor, ProposalList } from './pages/proposals.mjs';
import { screenshot } from './support.mjs';

test.describe('two tabs editing the same proposal', () => {
  /** A saved proposal open in the test's tab and in a second tab of the same browser. */
  async function inTwoTabs(editor, context) {
    await editor.startFromMatch();
    await editor.type('Title', 'Shared draft');
    await editor.expectSaved();
    const other = new Editor(await context.newPage());
    await other.page.goto(editor.page.url());
    await other.waitUntilOpen();
    return other;
  }

  test('a save in one tab shows in the other', async ({ editor, context }) => {
    const other = await inTwoTabs(editor, context);
    await other.type('Title', 'Edited in the second tab');
    await other.expectSaved();
    await expect(editor.heading).toHaveText('Edited in the second tab');
  });

  test('when both change it, the later save asks its user which version to keep', async ({ editor, context }) => {
    const other = await inTwoTabs(editor, context);
    // Both type before either has saved.
    await editor.type('Title', 'Edited in the first tab');
    await other.type('Title', 'Edited again in the second tab');
    const tabs = [editor, other];
    await expect.poll(async () => (await Promise.all(tabs.map((t) => t.conflict.count()))).reduce((a, b) => a + b)).toBe(1);
    const asked = (await editor.conflict.count()) === 1 ? editor : other;
    const first = asked === editor ? other : editor;
    const theirs = await first.field('Title').inputValue();
    const mine = await asked.field('Title').inputValue();
    expect(mine).not.toBe(theirs);
    await expect(asked.conflict).toContainText(`The other version is titled “${theirs}”.`);
    await screenshot(asked.page, 'proposal-conflict');
    await asked.keepMine();
    await asked.expectSaved();
    await expect(first.heading).toHaveText(mine);
  });

  /** Both type before either saves; returns the tab that was asked, with its text. */
  async function conflictInOneTab(editor, other) {
    await editor.type('Title', 'Edited in the first tab');
    await other.type('Title', 'Edited again in the second tab');
    const tabs = [editor, other];
    await expect.poll(async () => (await Promise.all(tabs.map((t) => t.conflict.count()))).reduce((a, b) => a + b)).toBe(1);
    const asked = (await editor.conflict.count()) === 1 ? editor : other;
    return { asked, mine: await asked.field('Title').inputValue() };
  }

  // The adversarial run: closing the asked tab lost its text (the unsaved copy was one per
  // proposal, and the other tab's save cleared it), with no warning.
  test('closing the tab that is asked warns first, and its text comes back', async ({ editor, context }) => {
    const other = await inTwoTabs(editor, context);
    const { asked, mine } = await conflictInOneTab(editor, other);
    const address = asked.page.url();
    const warnings = [];
    asked.page.on('dialog', (dialog) => {
      warnings.push(dialog.type());
      dialog.accept();
    });
    // The browser warns only on a page the user has touched.
    await asked.field('Notes').click();
    const closed = asked.page.waitForEvent('close');
    await asked.page.close({ runBeforeUnload: true });
    await closed;
    expect(warnings).toEqual(['beforeunload']);
    const reopened = new Editor(await context.newPage());
    await reopened.page.goto(address);
    await reopened.waitUntilOpen();
    await expect(reopened.conflict).toBeVisible();
    await expect(reopened.field('Title')).toHaveValue(mine);
  });
});

test.describe('another tab changes the proposal open here', () => {
  /** A saved proposal open in the test's tab, and the list of proposals in a second tab. */
  async function openHereListThere(editor, context) {
    await editor.startFromMatch();
    await editor.type('Title', 'Open in the first tab');
    await editor.expectSaved();
    const exported = await editor.exportJson();
    const list = new ProposalList(await context.newPage());
    await list.open();
    return { exported, list };
  }

  /** Imports `exported` with `change` made to its proposal, taking the file's version. */
  async function importChanged(list, exported, change) {
    const file = structuredClone(exported);
    change(file.proposals[0]);
    await list.import('changed.json', JSON.stringify(file));
    await list.answerConflict("Take the file's version");
    await list.importButton.click();
    await expect(list.imported('Imported: 1 stored')).toBeVisible();
  }

  // The adversarial run: the imported record kept the local revision, so the open tab neither
  // showed it nor saw its next save as a conflict.
  test('an import that takes the file’s version shows in the tab that has it open', async ({ editor, context }) => {
    const { exported, list } = await openHereListThere(editor, context);
    await importChanged(list, exported, (p) => (p.title = 'Title from the file'));
    await expect(editor.field('Title')).toHaveValue('Title from the file');
  });

  test('typing in that tab afterwards keeps what the import brought', async ({ editor, context }) => {
    const { exported, list } = await openHereListThere(editor, context);
    await importChanged(list, exported, (p) => (p.notes = 'Notes from the file'));
    await expect(editor.field('Notes')).toHaveValue('Notes from the file');
    await editor.type('Title', 'Typed after the import');
    await editor.expectSaved();
    const reopened = new Editor(await context.newPage());
    await reopened.open(editor.id());
    await expect(reopened.field('Notes')).toHaveValue('Notes from the file');
    await expect(reopened.field('Title')).toHaveValue('Typed after the import');
  });

  // The adversarial run: a tab still typing in a deleted proposal brought it back silently.
  test('a deletion is told to the tab still typing in it, not undone', async ({ editor, context }) => {
    await editor.startFromMatch();
    await editor.type('Title', 'To be deleted elsewhere');
    await editor.expectSaved();
    const other = new Editor(await context.newPage());
    await other.open(editor.id());
    await other.delete();
    await expect(other.page.getByRole('heading', { level: 1, name: 'Proposals' })).toBeVisible();
    await editor.type('Notes', 'Still typing here');
    await expect(editor.deleted).toBeVisible();
    await screenshot(editor.page, 'proposal-deleted-elsewhere');
    const list = new ProposalList(await context.newPage());
    await list.open();
    await expect(list.count).toHaveText('Proposals: 0');
  });

  test('keeping my version after a deletion restores the proposal', async ({ editor, context }) => {
    await editor.startFromMatch();
    await editor.type('Title', 'Deleted, then kept');
    await editor.expectSaved();
    const other = new Editor(await context.newPage());
    await other.open(editor.id());
    await other.delete();
    await expect(editor.deleted).toBeVisible();
    await editor.deleted.getByRole('button', { name: 'Keep my version' }).click();
    await editor.expectSaved();
    const list = new ProposalList(await context.newPage());
    await list.open();
    await expect(list.titles).toHaveText(['Deleted, then kept']);
  });
});

/**
 * Holds the answer of this page's next read of the proposals in storage until the test calls
 * `window.releaseRead()`, as on a slow device; `window.readHeld` says the read has begun. Run
 * in the page (with `page.evaluate` or `page.addInitScript`).
 */
function holdNextRead() {
  const getAll = IDBObjectStore.prototype.getAll;
  IDBObjectStore.prototype.getAll = function (...args) {
    const request = getAll.apply(this, args);
    if (this.name === 'proposals' && !window.readHeld) {
      window.readHeld = true;
      let answered = false;
      let released = false;
      const answer = () => answered && released && request.dispatchEvent(new Event('success'));
      window.releaseRead = () => {
        released = true;
        answer();
      };
      request.addEventListener('success', (event) => {
        event.stopImmediatePropagation();
        answered = true;
        answer();
      }, { once: true });
    }
    return request;
  };
}

// A read of storage for another tab's news returned what was stored when it began; a
// proposal this tab made while it ran was then dropped from the list until the next read.
test('a proposal made while another tab’s news is read stays listed', async ({ proposals, editor, context, page }) => {
  await proposals.open();
  await expect(proposals.count).toHaveText('Proposals: 0');
  await page.evaluate(holdNextRead);
  // The other tab makes a proposal: this tab hears of it and reads storage (held).
  const other = new Editor(await context.newPage());
  await other.startFromMatch();
  await other.expectSaved();
  await page.waitForFunction(() => window.readHeld === true);
  // Meanwhile this tab makes its own.
  await proposals.create();
  await editor.waitUntilOpen();
  await page.getByRole('link', { name: 'All proposals' }).click();
  await page.evaluate(() => window.releaseRead());
  await expect(proposals.count).toHaveText('Proposals: 2');
});

// The page's first read of storage answered after the read for another tab's news: the older
// answer replaced the newer one, and the other tab's proposal vanished from the list (CI, on a
// slow machine). Before its first read the list said "Proposals: 0".
test('a proposal saved in another tab while this one opens is listed', async ({ proposals, context, page }) => {
  await page.addInitScript(holdNextRead);
  await page.goto('work.html?view=proposals');
  await page.waitForFunction(() => window.readHeld === true);
  await expect(page.getByRole('status').filter({ hasText: 'Opening your proposals…' })).toBeVisible();
  await expect(proposals.count).toBeHidden();
  await screenshot(page, 'proposals-opening');
  const other = new Editor(await context.newPage());
  await other.startFromMatch();
  await other.expectSaved();
  await page.evaluate(() => window.releaseRead());
  await expect(proposals.count).toHaveText('Proposals: 1');
});

test.describe('text that looks like HTML', () => {
  const HOSTILE = '<img src=x onerror=alert(1)>';

  /** A proposal whose title and notes are markup; counts the dialogs a script would open. */
  async function hostileProposal(editor, page) {
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    await editor.startFromMatch();
    await editor.type('Title', HOSTILE);
    await editor.type('Notes', '<script>alert(2)</script>');
    await editor.expectSaved();
    return dialogs;
  }

  test('shows as text on screen', async ({ editor, page }) => {
    const dialogs = await hostileProposal(editor, page);
    await expect(editor.heading).toHaveText(HOSTILE);
    await expect(page.getByRole('main').getByRole('img')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('shows as text in print', async ({ editor, page }) => {
    const dialogs = await hostileProposal(editor, page);
    await page.emulateMedia({ media: 'print' });
    await expect(editor.printedHeading).toHaveText(HOSTILE);
    await screenshot(page, 'proposal-print');
    expect(dialogs).toEqual([]);
  });

  test('is escaped in the Markdown document', async ({ editor, page }) => {
    const dialogs = await hostileProposal(editor, page);
    const markdown = await editor.exportMarkdown();
    expect(markdown.split('\n')[0]).toBe('# \\<img src=x onerror=alert(1)>');
    expect(dialogs).toEqual([]);
  });

  test('shows as text in the list of proposals', async ({ editor, proposals, page }) => {
    const dialogs = await hostileProposal(editor, page);
    await proposals.open();
    await expect(proposals.titles).toHaveText([HOSTILE]);
    expect(dialogs).toEqual([]);
  });
});

test.describe('a database written by version 1', () => {
  /** Writes a draft the way Passerelle's first version stored it, on the app's origin. */
  async function version1Database(page) {
    // On a plain file of the origin, so the app does not open the database first; the browser
    // asks for a favicon there, which the app does not have.
    await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    await page.goto('icon.svg');
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
  }

  test('still shows its proposals, with their cities', async ({ page, proposals, editor }) => {
    await version1Database(page);
    await proposals.open();
    await proposals.openProposal('Drafted with the first version');
    await editor.waitUntilOpen();
    await expect(editor.cities).toHaveCount(2);
    await expect(editor.cities.nth(0)).toHaveAccessibleName('Remove Dakar');
    await expect(editor.cities.nth(1)).toHaveAccessibleName('Remove Kigali');
  });

  test('is migrated to the current version on opening', async ({ page, proposals }) => {
    await version1Database(page);
    await proposals.open();
    await expect(proposals.titles).toHaveText(['Drafted with the first version']);
    const database = () =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            const open = indexedDB.open('passerelle');
            open.onsuccess = () => {
              resolve({ version: open.result.version, stores: [...open.result.objectStoreNames] });
              open.result.close();
            };
          }),
      );
    await expect.poll(database).toEqual({ version: 4, stores: ['profiles', 'proposals', 'sessions', 'unsaved'] });
  });
});

test.describe('a database written by version 2', () => {
  test('opens with its proposals and their revisions', async ({ page, proposals, editor }) => {
    await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    await page.goto('icon.svg');
    const proposal = {
      id: 'p-v2',
      revision: 4,
      created: '2026-01-05T09:00:00.000Z',
      updated: '2026-01-06T09:00:00.000Z',
      title: 'Saved by version 2',
      cities: [{ city: 'dakar', contribution: '' }],
      status: 'idea',
      history: [{ status: 'idea', at: '2026-01-05T09:00:00.000Z' }],
    };
    await page.evaluate(
      (proposal) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('passerelle', 2);
          open.onupgradeneeded = () => open.result.createObjectStore('proposals');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('proposals', 'readwrite');
            tx.objectStore('proposals').put(JSON.stringify(proposal), proposal.id);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
      proposal,
    );
    await proposals.open();
    await expect(proposals.titles).toHaveText(['Saved by version 2']);
    await editor.open('p-v2');
    await editor.type('Title', 'Edited after the upgrade');
    await editor.expectSaved();
    expect((await editor.exportJson()).proposals[0].revision).toBe(5);
  });
});

test.describe('without IndexedDB', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined }));
  });

  test('the list of proposals says that nothing can be stored', async ({ proposals }) => {
    await proposals.open();
    await expect(proposals.storageWarning).toBeVisible();
  });

  test('a proposal is kept in the tab and the editor says to export it', async ({ proposals, editor }) => {
    await proposals.open();
    await proposals.create();
    await editor.waitUntilOpen();
    await editor.type('Title', 'Kept in memory');
    // Not "Saved on this device": nothing is.
    await expect(editor.saveState).toHaveText(/^Kept in this tab only, at /);
    await expect(editor.storageWarning).toBeVisible();
    await expect(editor.field('Title')).toHaveValue('Kept in memory');
  });
});

test.describe('on a full disk', () => {
  // Simulated where the browser reports it: IndexedDB writes fail with QuotaExceededError
  // once the test says so.
  test.beforeEach(async ({ page, proposals, editor }) => {
    await page.addInitScript(() => {
      for (const method of ['put', 'add']) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (...args) {
          if (window.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        };
      }
    });
    await proposals.open();
    await proposals.create();
    await editor.waitUntilOpen();
    await editor.type('Title', 'Before the disk filled up');
    await editor.expectSaved();
    await page.evaluate(() => (window.__diskFull = true));
    await editor.type('Title', 'Typed on a full disk');
  });

  test('the user is told it is not saved, and keeps the text', async ({ editor, page }) => {
    await expect(editor.saveState).toHaveText(/^Not saved: .*no storage space left.*export the proposal/);
    await expect(editor.field('Title'), 'the text stays on screen').toHaveValue('Typed on a full disk');
    await screenshot(page, 'proposal-quota-exceeded');
  });

  test('once space is back, the next edit saves everything', async ({ editor, page }) => {
    await expect(editor.saveState).toHaveText(/^Not saved/);
    await page.evaluate(() => (window.__diskFull = false));
    await editor.type('Title', 'Typed on a full disk, then saved');
    await editor.expectSaved();
    await page.reload();
    await editor.waitUntilOpen();
    await expect(editor.field('Title')).toHaveValue('Typed on a full disk, then saved');
  });
});
