// The Match view (Workspace page): partner suggestions for a city, the sectors and settings that
// steer them, the weights, explanations, groups of cities, and the city picker.

import { expect } from '@playwright/test';

export class Match {
  constructor(page) {
    this.page = page;
  }

  /** Opens the suggestions for a city id, with an optional query (`&sector=housing`). */
  async open(cityId, query = '') {
    await this.page.goto(`work.html?view=match&city=${cityId}${query}`);
    await expect(this.names.first()).toBeVisible();
  }

  heading(city) {
    return this.page.getByRole('heading', { level: 1, name: `Partners for ${city}` });
  }

  async pickSector(name) {
    await this.page.getByRole('group', { name: 'Sectors' }).getByRole('button', { name }).click();
  }

  get results() {
    return this.page.getByRole('region', { name: /^Suggested partners: \d+$/ });
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

  /** Opens "Why this suggestion" on a city's card; returns the opened explanation. */
  async explain(city) {
    const why = this.suggestion(city).getByRole('group').filter({ hasText: /^Why this suggestion/ });
    await why.getByText('Why this suggestion').click();
    return why;
  }

  weight(name) {
    return this.page.getByRole('slider', { name });
  }

  async setWeight(name, value) {
    await this.weight(name).fill(String(value));
  }

  /** A city's place in the suggestions (0 is first, -1 not shown); for `expect.poll`. */
  async rankOf(city) {
    return (await this.names.allTextContents()).indexOf(city);
  }

  async chooseTies(name) {
    await this.page.getByRole('group', { name: 'Existing partnerships' }).getByRole('button', { name }).click();
  }

  /** The groups of cities around the chosen sectors, each with its start button. */
  get groups() {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: 'Start a proposal with this group' }) });
  }

  async startProposalWith(city) {
    await this.page.getByRole('button', { name: `Start a proposal with ${city}` }).click();
  }

  /** On the city picker, the city to find partners for. */
  async pickCity(name) {
    await this.page.getByRole('main').getByRole('link', { name, exact: true }).click();
  }
}
