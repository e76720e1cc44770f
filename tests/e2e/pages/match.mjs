// The Match view (Workspace page): the question, the sheet that refines it, the suggestions with
// their confidence, reasons and funding, groups of cities, and the city picker.

import { expect } from '@playwright/test';
import { words } from './words.mjs';

export class Match {
  constructor(page, language = 'en') {
    this.page = page;
    this.t = words(language);
  }

  /** Opens the suggestions for a city id, with an optional query (`&sector=housing`). */
  async open(cityId, query = '') {
    await this.page.goto(`work.html?view=match&city=${cityId}${query}`);
    await expect(this.names.first()).toBeVisible();
  }

  heading(city) {
    return this.page.getByRole('heading', { level: 1, name: this.t('matching.title', { city }) });
  }

  /** The question in one line above the suggestions. */
  get question() {
    return this.page.getByText(this.t('matching.question')).locator('..');
  }

  /** What the ranking as a whole rests on, said before the suggestions. */
  get warnings() {
    return this.page.getByRole('note');
  }

  /** The sheet that refines the question; opened if it is not. */
  async refine() {
    const sheet = this.page.getByRole('dialog', { name: this.t('matching.refine_title') });
    if (!(await sheet.isVisible())) {
      await this.page.getByRole('button', { name: this.t('matching.refine') }).click();
    }
    await expect(sheet).toBeVisible();
    return sheet;
  }

  async done() {
    await this.page.getByRole('button', { name: this.t('matching.done') }).click();
  }

  async pickSector(name) {
    const sheet = await this.refine();
    await sheet.getByRole('group', { name: this.t('matching.sectors') }).getByRole('button', { name }).click();
  }

  get results() {
    return this.page.getByRole('region', { name: this.t('matching.results') });
  }

  /** The suggested cities' names, best first. */
  get names() {
    return this.results.getByRole('heading', { level: 3 });
  }

  suggestion(city) {
    return this.results
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: city, exact: true }) });
  }

  /** Opens a card's reasons and funding; returns the opened part. */
  async explain(city) {
    const why = this.suggestion(city).getByRole('group').filter({ hasText: this.t('matching.why') });
    await why.getByText(this.t('matching.why')).click();
    return why;
  }

  async weight(name) {
    const sheet = await this.refine();
    const weights = sheet.getByRole('group').filter({ hasText: this.t('matching.weights') }).first();
    if (!(await sheet.getByRole('slider', { name }).isVisible())) {
      await sheet.getByText(this.t('matching.weights'), { exact: true }).click();
    }
    return weights.getByRole('slider', { name });
  }

  async setWeight(name, value) {
    await (await this.weight(name)).fill(String(value));
  }

  /** A city's place in the suggestions (0 is first, -1 not shown); for `expect.poll`. */
  async rankOf(city) {
    return (await this.names.allTextContents()).indexOf(city);
  }

  async chooseTies(name) {
    const sheet = await this.refine();
    await sheet.getByRole('group', { name: this.t('matching.ties') }).getByRole('button', { name }).click();
  }

  /** The groups of cities around the chosen sectors, each with its start button. */
  get groups() {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: this.t('matching.start_group'), includeHidden: true }) });
  }

  async startProposalWith(city) {
    await this.explain(city);
    await this.page.getByRole('button', { name: this.t('matching.start_proposal', { city }) }).click();
  }

  /** On the city picker, the city to find partners for. */
  async pickCity(name) {
    await this.page.getByRole('main').getByRole('link', { name, exact: true }).click();
  }
}
