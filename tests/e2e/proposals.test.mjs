// The proposal workspace on a tablet: start from a match, type, reload, change the status,
// export and import into another browser, refuse bad files, resolve a known id.

import { test, expect } from './fixtures.mjs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dist, screenshot } from './support.mjs';
import { Editor, ProposalList } from './pages/proposals.mjs';

/** A saved proposal titled `title`, exported, and the list of proposals open. */
async function savedAndExported(editor, proposals, title = 'Original title') {
  await editor.startFromMatch();
  await editor.type('Title', title);
  await editor.expectSaved();
  const exported = await editor.exportJson();
  await editor.backToAll();
  await expect(proposals.heading).toBeVisible();
  await expect(proposals.titles).toHaveText([title]);
  return exported;
}

test.describe('a proposal started from a match', () => {
  test('brings the two cities and the sector', async ({ editor }) => {
    await editor.startFromMatch();
    await expect(editor.cities).toHaveCount(2);
    await expect(editor.cities.nth(0)).toHaveAccessibleName('Remove Freetown');
    await expect(editor.cities.nth(1)).toHaveAccessibleName('Remove Milan');
    await expect(editor.sector('Waste management')).toHaveAttribute('aria-pressed', 'true');
  });

  test('warns that a partnership like it already exists', async ({ editor }) => {
    // Milan and Freetown already exchange on waste.
    await editor.startFromMatch();
    await expect(editor.warnings).toContainText('A partnership like this already exists');
  });

  test('keeps the reasons of the suggestion it started from', async ({ editor }) => {
    await editor.startFromMatch();
    const reasons = await editor.unfold('How this proposal started');
    await expect(reasons.filter({ hasText: /^Waste management: expertise in Milan → \w+ in Freetown — “/ })).toBeVisible();
  });
});

test.describe('the proposal as a document', () => {
  test('in Markdown: dates in words, the status history and how it started, no needless escapes', async ({ editor }) => {
    await editor.startFromMatch();
    await editor.type('Title', 'Waste jobs (phase 1) - Freetown & Milan');
    await editor.moveTo('Draft');
    await editor.expectSaved();
    const markdown = await editor.exportMarkdown();
    expect(markdown.split('\n')[0]).toBe('# Waste jobs (phase 1) - Freetown & Milan');
    expect(markdown).toMatch(/## History of the status\n\n- \*\*\d{1,2} [A-Z][a-z]{2} 20\d\d, \d{2}:\d{2}\*\*: Idea\n- \*\*[^*]+\*\*: Draft\n/);
    expect(markdown).toContain('## How this proposal started\n\n- Started from a suggested partner, for these reasons:\n- Waste management: expertise in Milan');
    expect(markdown).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });

  test('in print: the status history and how it started', async ({ editor, page }) => {
    await editor.startFromMatch();
    await editor.moveTo('Draft');
    await editor.expectSaved();
    await page.emulateMedia({ media: 'print' });
    await expect(editor.printed.getByRole('heading', { name: 'History of the status', includeHidden: true })).toBeVisible();
    await expect(editor.printed.getByRole('listitem', { includeHidden: true }).filter({ hasText: /^\d{1,2} [A-Z][a-z]{2} 20\d\d, \d{2}:\d{2}: Draft$/ })).toBeVisible();
    await expect(editor.printed).toContainText('Started from a suggested partner, for these reasons:');
    await screenshot(editor.page, 'proposal-print-history');
  });
});

test.describe('typing in a proposal', () => {
  test('is saved on the device and survives a reload', async ({ editor, page }) => {
    await editor.startFromMatch();
    await editor.type('Title', 'Waste jobs for youth in Freetown');
    await editor.type('What Freetown brings', '800 youth already in waste collection');
    await editor.expectSaved();
    await page.reload();
    await editor.waitUntilOpen();
    await expect(editor.field('Title')).toHaveValue('Waste jobs for youth in Freetown');
    await expect(editor.field('What Freetown brings')).toHaveValue('800 youth already in waste collection');
  });

  test('just before the tab closes is not lost', async ({ editor, page, context }) => {
    await editor.startFromMatch();
    const address = page.url();
    await editor.type('Title', 'Typed a moment before closing');
    await page.close({ runBeforeUnload: false });
    const reopened = new Editor(await context.newPage());
    await reopened.page.goto(address);
    await reopened.waitUntilOpen();
    await expect(reopened.field('Title')).toHaveValue('Typed a moment before closing');
    // Saved by the closing tab, or recovered from the journal and saved now.
    await expect(reopened.saveState).toHaveText(/^Saved on this device/);
  });

  // The save waits for a pause in typing; the editor's timer then touched a session already
  // gone, which stopped the app, and the list showed the title from before.
  test('just before following a link to the list is saved', async ({ editor, proposals, page }) => {
    await editor.startFromMatch();
    await editor.expectSaved();
    await editor.type('Title', 'Typed a moment before leaving');
    await page.getByRole('link', { name: 'All proposals' }).click();
    await expect(proposals.titles).toHaveText(['Typed a moment before leaving']);
    // Past the moment the editor's save would have come.
    await page.waitForTimeout(500);
    await page.reload();
    await expect(proposals.titles).toHaveText(['Typed a moment before leaving']);
  });
});

test('the status moves step by step, each change dated in the user’s language', async ({ editor, app }) => {
  await editor.startFromMatch();
  await editor.type('Title', 'Waste jobs for youth in Freetown');
  await editor.moveTo('Draft');
  await editor.moveTo('Under discussion');
  await editor.expectSaved();
  const history = await editor.unfold('History of the status');
  await expect(history).toHaveCount(3);
  await expect(history.nth(2)).toHaveText(/^\d{1,2} [A-Z][a-z]{2} 20\d\d, \d{2}:\d{2} · Under discussion$/);
  // The exact time, for machines.
  await expect(history.nth(2).getByRole('time')).toHaveAttribute('datetime', /^20\d\d-\d\d-\d\dT\d\d:\d\d/);
  await app.screenshot('proposal-editor-tablet-landscape');
});

test.describe('export and import', () => {
  test('the JSON export is a Passerelle proposals file with the proposal', async ({ editor, page }) => {
    await editor.startFromMatch();
    await editor.type('Title', 'Exported as it is');
    await editor.expectSaved();
    const exported = await editor.exportJson();
    expect(exported.format).toBe('passerelle-proposals');
    expect(exported.proposals.map((p) => [p.id, p.title])).toEqual([[new URL(page.url()).searchParams.get('id'), 'Exported as it is']]);
  });

  test('an exported proposal imports into another browser as the same proposal', async ({ editor, page, newUser }) => {
    await editor.startFromMatch();
    await editor.type('Title', 'Waste jobs for youth in Freetown');
    await editor.type('What Freetown brings', '800 youth already in waste collection');
    await editor.expectSaved();
    const exported = await editor.exportJson();

    const elsewhere = await newUser('tablet-portrait');
    const theirList = new ProposalList(elsewhere);
    const theirEditor = new Editor(elsewhere);
    await theirList.open();
    await theirList.import('proposal.json', JSON.stringify(exported));
    await expect(theirList.imported('Imported: 1 stored, 0 already here.')).toBeVisible();
    await theirList.openProposal('Waste jobs for youth in Freetown');
    await theirEditor.waitUntilOpen();
    await expect(elsewhere).toHaveURL(new RegExp(`[?&]id=${new URL(page.url()).searchParams.get('id')}$`));
    const again = await theirEditor.exportJson();
    const withoutRevision = (file) => file.proposals.map(({ revision, ...rest }) => rest);
    expect(withoutRevision(again)).toEqual(withoutRevision(exported));
    await screenshot(elsewhere, 'proposal-editor-tablet-portrait');
  });

  const BAD_FILES = [
    ['broken.json', () => '{"format": "passerelle-proposals", "version": 1, "proposals": [', /not valid JSON/],
    ['dataset.json', () => readFile(join(dist, 'data', 'dataset.json'), 'utf8'), /not a Passerelle proposals file/],
    [
      'hostile.json',
      (exported) => JSON.stringify({ ...exported, proposals: [{ ...exported.proposals[0], id: '../../x', cities: [{ city: 'atlantis' }] }] }),
      /atlantis/,
    ],
  ];
  for (const [name, content, reason] of BAD_FILES) {
    test(`a bad file (${name}) is refused with its reason and changes nothing`, async ({ editor, proposals, app }) => {
      const exported = await savedAndExported(editor, proposals);
      await proposals.import(name, await content(exported));
      await expect(proposals.refusal).toBeVisible();
      await expect(proposals.refusal).toContainText(reason);
      await expect(proposals.titles).toHaveText(['Original title']);
      await expect(proposals.count).toHaveText('Proposals: 1');
      if (name === 'hostile.json') await app.screenshot('proposals-import-refused');
    });
  }

  test('a file with a known id asks which version to keep, and can keep both', async ({ editor, proposals }) => {
    const exported = await savedAndExported(editor, proposals);
    const edited = structuredClone(exported);
    edited.proposals[0].title = 'Title from the other device';
    await proposals.import('edited.json', JSON.stringify(edited));
    await expect(proposals.review).toContainText(/Original title[\s\S]*Title from the other device/);
    await expect(proposals.importButton, 'an answer is needed first').toBeDisabled();
    await proposals.answerConflict('Keep both');
    await proposals.importButton.click();
    await expect(proposals.imported('Imported: 1 stored')).toBeVisible();
    await expect.poll(async () => (await proposals.titles.allTextContents()).sort()).toEqual(['Original title', 'Title from the other device']);
  });
});

// The editor's pagehide and visibilitychange listeners once outlived it: after going from a
// proposal back to the list, hiding the tab (another app on the tablet) read the editor's
// disposed state and "Passerelle stopped because of an error" replaced the app.
test('hiding the tab after leaving a proposal leaves the app working', async ({ editor, proposals, page }) => {
  await editor.startFromMatch();
  await editor.backToAll();
  await expect(proposals.heading).toBeVisible();
  // What the browser does when the tab is hidden, then shown again.
  for (const hidden of [true, false]) {
    await page.evaluate((hidden) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    }, hidden);
  }
  await expect(proposals.heading).toBeVisible();
  await proposals.create();
  await editor.waitUntilOpen();
});

test('a list of many proposals shows forty at a time and a search starts again from the top', async ({ editor, proposals }) => {
  await editor.startFromMatch();
  await editor.type('Title', 'The model proposal');
  await editor.expectSaved();
  const exported = await editor.exportJson();
  const model = exported.proposals[0];
  const many = Array.from({ length: 45 }, (_, i) => ({ ...model, id: `p-page-${i}`, title: `Proposal pageitem-${i}` }));
  await proposals.open();
  await proposals.import('many.json', JSON.stringify({ ...exported, proposals: many }));
  await expect(proposals.count).toHaveText('Proposals: 46');
  await expect(proposals.titles).toHaveCount(40);
  await proposals.page.getByRole('button', { name: 'Show 6 more (6 not shown yet)' }).click();
  await expect(proposals.titles).toHaveCount(46);
  // pageitem-4 and pageitem-40 to pageitem-44.
  await proposals.page.getByLabel('Search proposals').fill('pageitem-4');
  await expect(proposals.titles).toHaveCount(6);
  await expect(proposals.page.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);
});
