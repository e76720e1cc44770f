// The Workshop page: the list of sessions (new, import) and the editor of one session (settings,
// cities, themes, the plan with its tables and rounds, the facilitator's edits, the outputs),
// found by the words a person reads, in English or French.

import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import { words } from './words.mjs';

/** Clicks `button` and returns the downloaded file's name and text. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

export class Workshop {
  constructor(page, language = 'en') {
    this.page = page;
    this.t = words(language);
  }

  async open() {
    await this.page.goto('workshop.html?view=sessions');
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('workshop.sessions_title') })).toBeVisible();
  }

  /** Starts a new session and waits for its editor. */
  async create() {
    await this.page.getByRole('button', { name: this.t('workshop.create') }).click();
    await expect(this.page).toHaveURL(/view=session&id=s-/);
    await expect(this.field('workshop.title')).toBeVisible();
  }

  field(key) {
    return this.page.getByLabel(this.t(key), { exact: true });
  }

  async set(key, value) {
    await this.field(key).fill(String(value));
  }

  async addCities(names) {
    for (const name of names) {
      await this.field('workshop.find_city').fill(name);
      await this.page.getByRole('button', { name: this.t('workshop.add_city', { city: name }), exact: true }).click();
    }
    await this.field('workshop.find_city').fill('');
  }

  async chooseThemes(names) {
    const themes = this.page.getByRole('group', { name: this.t('workshop.themes') });
    for (const name of names) await themes.getByRole('button', { name, exact: true }).click();
  }

  /** The card of a table, by its heading ("Table 1 · Waste management"). */
  table(number, theme) {
    return this.page.getByRole('region', { name: this.t('workshop.table_theme', { table: number, theme }) });
  }

  /** Every round's card, in order. */
  get rounds() {
    return this.page.getByRole('region', { name: new RegExp(`^${this.t('workshop.round_number', { round: '\\d+' })}`) });
  }

  round(number) {
    return this.page.getByRole('region', { name: new RegExp(`^${this.t('workshop.round_number', { round: number })} `) });
  }

  /** The pairs of each round, as [[a, b], …] per round, read from their lock buttons' names. */
  async schedule() {
    const out = [];
    const lock = new RegExp(`^(${this.t('workshop.lock')}|${this.t('workshop.unlock')}) `);
    for (const round of await this.rounds.all()) {
      const pairs = [];
      for (const button of await round.getByRole('button', { name: lock }).all()) {
        const name = await button.getAttribute('aria-label');
        pairs.push(name.replace(lock, '').split(' – '));
      }
      out.push(pairs);
    }
    return out;
  }

  get quality() {
    return this.page.getByText(this.t('workshop.quality'));
  }

  /** "Saving…", "Saved on this device at …". */
  async expectSaved() {
    await expect(this.page.getByRole('status').filter({ hasText: this.t('proposal.saved_at') })).toBeVisible();
  }

  async exportFile() {
    return download(this.page, this.page.getByRole('button', { name: this.t('workshop.export') }));
  }

  async import(name, text) {
    await this.page.getByLabel(this.t('workshop.import_choose')).setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  }

  async chooseAgendaOf(city) {
    // A select's name ends with its chosen option: "Agenda of Accra".
    await this.page.getByLabel(this.t('workshop.agenda_of')).selectOption({ label: city });
  }

  async downloadCalendar() {
    return download(this.page, this.page.getByRole('button', { name: this.t('workshop.download_ics') }));
  }
}
