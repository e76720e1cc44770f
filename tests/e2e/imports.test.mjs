// Imports under attack (issue 16): the app's own backup restores everything the editor saved,
// a file with half a million problems is refused quickly and within the page, and the dates,
// revisions and fields the format document rules out are refused, each with its place.

import { test, expect } from './fixtures.mjs';
import { Editor, ProposalList } from './pages/proposals.mjs';
import { screenshot } from './support.mjs';

/**
 * Puts `text` in the editor's field `label` as a paste or a drop does: past the field's
 * `maxlength`, which only stops typing.
 */
async function paste(editor, label, text) {
  await editor.field(label).evaluate((field, text) => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

// The adversarial run: the editor saved a 301-character title and 20,005-character notes, and
// the import refused the whole backup ("title: longer than 300"): 0 of 3 proposals restored.
test('“Export all” restores every proposal in a fresh browser, however long its text', async ({ editor, proposals, newUser }) => {
  const titles = [];
  for (const [n, title, notes] of [
    [1, 'x'.repeat(301), 'n'.repeat(20_005)],
    [2, 'A title pasted twice '.repeat(20), 'Short notes'],
    [3, 'Ordinary title', '\u{1F30D}'.repeat(20_001)],
  ]) {
    await editor.startFromMatch();
    await paste(editor, 'Title', title);
    await paste(editor, 'Notes', notes);
    await editor.expectSaved();
    titles.push(await editor.field('Title').inputValue());
    expect([...(await editor.field('Notes').inputValue())].length, `notes of proposal ${n} kept within the limit`).toBeLessThanOrEqual(20_000);
  }
  expect(titles.map((t) => [...t].length)).toEqual([300, 300, 14]);
  await proposals.open();
  const backup = await proposals.exportAll();
  expect(backup.proposals).toHaveLength(3);

  const fresh = new ProposalList(await newUser());
  await fresh.open();
  await fresh.import('backup.json', JSON.stringify(backup));
  await expect(fresh.imported('Imported: 3 stored, 0 already here.')).toBeVisible();
  await expect(fresh.refusal).toHaveCount(0);
  await expect.poll(async () => (await fresh.titles.allTextContents()).sort()).toEqual([...titles].sort());
  const again = await fresh.exportAll();
  const byId = (file) => Object.fromEntries(file.proposals.map(({ revision, ...p }) => [p.id, p]));
  expect(byId(again)).toEqual(byId(backup));
});

/** Holds every IndexedDB open of the page for `ms` after it succeeded: storage opening slowly. */
async function slowStorage(page, ms) {
  await page.addInitScript((ms) => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) {
      const request = open.apply(this, args);
      let held = false;
      // Registered before the app's own handler, so it can hold the first "success" back.
      request.addEventListener('success', (event) => {
        if (held) return;
        held = true;
        event.stopImmediatePropagation();
        setTimeout(() => request.dispatchEvent(new Event('success')), ms);
      });
      return request;
    };
  }, ms);
}

// A clean-clone run: an import made right after the page opened was said to be done, then
// the first read of storage wiped it from the list, and a reload did not have it.
test('an import made while storage is still opening is kept', async ({ editor, proposals, newUser }) => {
  await editor.startFromMatch();
  await editor.type('Title', 'Imported before storage opened');
  await editor.expectSaved();
  await proposals.open();
  const backup = await proposals.exportAll();

  const fresh = new ProposalList(await newUser());
  await slowStorage(fresh.page, 2_000);
  await fresh.open();
  await fresh.import('backup.json', JSON.stringify(backup));
  await expect(fresh.imported('Imported: 1 stored, 0 already here.')).toBeVisible();
  await expect(fresh.titles).toHaveText(['Imported before storage opened']);
  await fresh.page.reload();
  await expect(fresh.titles).toHaveText(['Imported before storage opened']);
});

test.describe('a file with half a million problems', () => {
  /** 5,000 proposals of 100 sectors each, none of them known: about 7 MB. */
  function flood(exported) {
    const { revision, created, updated, status, history } = exported.proposals[0];
    const proposal = { revision, created, updated, title: 'Flood', cities: [], status, history };
    const proposals = Array.from({ length: 5_000 }, (_, i) => ({ ...proposal, id: `p-flood-${i}`, sectors: Array(100).fill('NOT-AN-ID') }));
    return JSON.stringify({ ...exported, proposals });
  }

  test('is refused with the first 50 problems and a count of the rest, within the page', async ({ editor, proposals, app, page }) => {
    await editor.startFromMatch();
    await editor.type('Title', 'Kept as it is');
    await editor.expectSaved();
    const exported = await editor.exportJson();
    await proposals.open();
    const file = flood(exported);
    expect(file.length).toBeGreaterThan(5_000_000);
    await proposals.import('flood.json', file);
    await expect(proposals.refusal).toContainText('500000 problem(s) in the file:', { timeout: 20_000 });
    await expect(proposals.problems).toHaveCount(50);
    await expect(proposals.refusal).toContainText('… and 499950 more.');
    await expect(proposals.problems.first()).toHaveText(/^Proposal 1 › Sectors › 1: “.NOT-AN-ID.” is not a sector of the dataset\.$/);
    expect(await app.sidewaysScroll(), 'the page is not widened').toBeLessThanOrEqual(0);
    await expect(proposals.count).toHaveText('Proposals: 1');
    await screenshot(page, 'proposals-import-flood');
  });
});

test.describe('a file the format document rules out', () => {
  /** The exported file with `change` made to its proposal, as text (`raw` edits the text). */
  async function refused(editor, proposals, change, raw = (text) => text) {
    await editor.startFromMatch();
    await editor.type('Title', 'Kept as it is');
    await editor.expectSaved();
    const file = structuredClone(await editor.exportJson());
    change(file);
    await proposals.open();
    await proposals.import('ruled-out.json', raw(JSON.stringify(file)));
    await expect(proposals.refusal).toBeVisible();
    await expect(proposals.titles).toHaveText(['Kept as it is']);
    return proposals.problems;
  }

  const CASES = [
    ['a time that does not exist', (f) => (f.proposals[0].created = '2026-01-01T99:99:99Z'), /^Proposal 1 › Creation date: not a date and time/],
    ['the year 0000', (f) => (f.proposals[0].updated = '0000-01-01T00:00:00Z'), /^Proposal 1 › Date of the last change: not a date and time/],
    ['markup in a timestamp', (f) => (f.proposals[0].history[0].at = '2026-01-01T00:00:00Z<img src=x onerror=alert(1)>'), /^Proposal 1 › History of the status › 1 › Date: not a date and time/],
    ['an unknown top-level field', (f) => (f.sneaky = true), /sneaky.*: a field that Passerelle proposals files do not have/],
  ];
  for (const [name, change, problem] of CASES) {
    test(`(${name}) is refused, saying where`, async ({ editor, proposals }) => {
      const problems = await refused(editor, proposals, change);
      await expect(problems.filter({ hasText: problem })).toHaveCount(1);
    });
  }

  test('(a revision past what a browser counts exactly) is refused, not wrapped to 0', async ({ editor, proposals }) => {
    const problems = await refused(
      editor,
      proposals,
      (f) => (f.proposals[0].revision = 424242),
      (text) => text.replace('"revision":424242', '"revision":18446744073709551615'),
    );
    await expect(problems.filter({ hasText: /^Proposal 1 › Revision: a number above 9007199254740991/ })).toHaveCount(1);
  });
});
