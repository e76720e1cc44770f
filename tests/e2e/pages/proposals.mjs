// The proposal workspace: the list of proposals on this device (new, import, review of
// conflicts) and the editor of one proposal (fields, save state, status, exports, conflicts).

import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';

/** Clicks `button` and returns the text of the file the browser downloads. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFile(await file.path(), 'utf8');
}

export class ProposalList {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto('work.html?view=proposals');
    await expect(this.heading).toBeVisible();
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Proposals' });
  }

  /** "Proposals: 3". */
  get count() {
    return this.page.getByRole('heading', { level: 2, name: /^Proposals: \d+$/ });
  }

  /** The title on each proposal's card. */
  get titles() {
    return this.page.getByRole('main').getByRole('heading', { level: 3 });
  }

  async create() {
    await this.page.getByRole('button', { name: 'New proposal' }).click();
  }

  async openProposal(title) {
    await this.page.getByRole('link', { name: title, exact: true }).click();
  }

  async import(name, text) {
    await this.page.getByLabel('Choose a Passerelle proposals file (JSON)').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  }

  /** "Imported: 1 stored, 0 already here." */
  imported(text) {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  get refusal() {
    return this.page.getByRole('alert').filter({ hasText: 'This file was not imported, and nothing was changed' });
  }

  /** Each problem the refusal lists, in the user's language. */
  get problems() {
    return this.refusal.getByRole('listitem');
  }

  /** Every proposal of the device as a Passerelle proposals file. */
  async exportAll() {
    return JSON.parse(await download(this.page, this.page.getByRole('button', { name: 'Export all (JSON file)' })));
  }

  /** The line of "Recent changes" about `title`. */
  recentChange(title) {
    return this.page.getByRole('list', { name: 'Recent changes' }).getByRole('listitem').filter({ hasText: title });
  }

  /** The review of an import whose proposals exist here with other content. */
  get review() {
    return this.page.getByRole('region', { name: 'Review the import' });
  }

  async answerConflict(answer) {
    await this.review.getByRole('button', { name: answer, exact: true }).click();
  }

  get importButton() {
    return this.review.getByRole('button', { name: 'Import', exact: true });
  }

  get storageWarning() {
    return this.page.getByRole('alert').filter({ hasText: 'does not let Passerelle store data' });
  }
}

export class Editor {
  constructor(page) {
    this.page = page;
  }

  /** Starts a proposal from the Match view of `city` on a sector, with `partner`. */
  async startFromMatch({ city = 'freetown', sector = 'waste-management', partner = 'Milan' } = {}) {
    await this.page.goto(`work.html?view=match&city=${city}&sector=${sector}`);
    // The start button is inside the suggestion's reasons, opened first.
    const card = this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3, name: partner, exact: true }) });
    await card.getByText('Why, and funding that fits').click();
    await card.getByRole('button', { name: `Start a proposal with ${partner}` }).click();
    await this.waitUntilOpen();
    await expect(this.page).toHaveURL(/view=proposal&id=p-/);
  }

  /** Opens the proposal `id` by its address. */
  async open(id) {
    await this.page.goto(`work.html?view=proposal&id=${id}`);
    await this.waitUntilOpen();
  }

  /** The id of the proposal open, from the address. */
  id() {
    return new URL(this.page.url()).searchParams.get('id');
  }

  async waitUntilOpen() {
    await expect(this.field('Title')).toBeVisible();
  }

  /** The proposal's title as the page shows it. */
  get heading() {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  /** The printed document's title: hidden from screen readers, which read the screen version. */
  get printedHeading() {
    return this.page.getByRole('heading', { level: 1, includeHidden: true }).filter({ visible: true });
  }

  /** The printed document, inside the editor's article (hidden from screen readers, shown only when printing). */
  get printed() {
    return this.page.getByRole('article').getByRole('article', { includeHidden: true });
  }

  field(label) {
    return this.page.getByLabel(label, { exact: true });
  }

  async type(label, text) {
    await this.field(label).fill(text);
  }

  /** "Saving…", "Saved on this device at …", "Kept in this tab only, at …" or "Not saved: …". */
  get saveState() {
    return this.page.getByRole('status').filter({ hasText: /^(Saved|Saving|Kept in this tab|Not saved)/ });
  }

  async expectSaved() {
    await expect(this.saveState).toHaveText(/^Saved on this device at /);
  }

  /** Saved where the browser lets it: on the device, or only in the tab when storage is refused. */
  async expectKept() {
    await expect(this.saveState).toHaveText(/^(Saved on this device at |Kept in this tab only, at )/);
  }

  /** The "Remove <city>" button of each city of the proposal, in order. */
  get cities() {
    return this.page.getByRole('button', { name: /^Remove \S/ });
  }

  sector(name) {
    return this.page.getByRole('group', { name: 'Sectors' }).getByRole('button', { name });
  }

  get warnings() {
    return this.page.getByRole('list', { name: 'To check' });
  }

  /** A folded section ("How this proposal started", "History of the status"), opened. */
  async unfold(summary) {
    const section = this.page.getByRole('group').filter({ has: this.page.getByText(summary, { exact: true }) });
    await section.getByText(summary, { exact: true }).click();
    return section.getByRole('listitem');
  }

  async moveTo(status) {
    await this.page.getByRole('button', { name: `Move to: ${status}` }).click();
  }

  get storageWarning() {
    return this.page.getByRole('alert').filter({ hasText: 'export them to keep them' });
  }

  get conflict() {
    return this.page.getByRole('alertdialog', { name: 'This proposal was changed in another tab' });
  }

  get deleted() {
    return this.page.getByRole('alertdialog', { name: 'This proposal was deleted in another tab' });
  }

  async delete() {
    await this.page.getByRole('button', { name: 'Delete', exact: true }).click();
    await this.page.getByRole('button', { name: 'Delete for good' }).click();
  }

  async keepMine() {
    await this.conflict.getByRole('button', { name: 'Keep my version' }).click();
  }

  async backToAll() {
    await this.page.getByRole('link', { name: 'All proposals' }).click();
  }

  /** The proposal as a Passerelle proposals file. */
  async exportJson() {
    return JSON.parse(await download(this.page, this.page.getByRole('button', { name: 'Export (JSON file)' })));
  }

  /** The export the editor offers when storage refused the proposal. */
  async exportNow() {
    return JSON.parse(await download(this.page, this.page.getByRole('button', { name: 'Export this proposal now (JSON file)' })));
  }

  async exportMarkdown() {
    return download(this.page, this.page.getByRole('button', { name: 'Export as a document (Markdown)' }));
  }
}
