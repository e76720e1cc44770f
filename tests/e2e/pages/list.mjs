// The city list (Explore page): search, filters with counts, active filters, the cards.

import { expect } from '@playwright/test';
import { started } from './app.mjs';
import { words, escape, inAnyLanguage } from './words.mjs';

export class CityList {
  constructor(page, language = 'en') {
    this.page = page;
    this.t = words(language);
  }

  async open(query = '') {
    await this.page.goto(`./${query}`);
    await expect(this.cityNames.first()).toBeVisible();
    await started(this.page);
  }

  get searchBox() {
    return this.page.getByRole('searchbox', { name: this.t('list.search_label') });
  }

  async search(text) {
    await this.searchBox.fill(text);
  }

  get filters() {
    return this.page.getByRole('region', { name: this.t('filters.title') });
  }

  /** On a phone the filters are folded behind this button. */
  get filtersButton() {
    return this.page.getByRole('button', { name: this.t('filters.toggle') });
  }

  async openFilters() {
    await this.filtersButton.click();
  }

  /** A value's button in a facet; its name ends with the number of cities it would give. */
  filterChip(facet, value) {
    return this.filters
      .getByRole('group', { name: facet })
      .getByRole('button', { name: new RegExp(`(^|\\s)${escape(value)} \\(\\d+\\)$`) });
  }

  /** Unfolds the filters where they are folded (a portrait tablet, a phone). */
  async showFilters() {
    if ((await this.filtersButton.getAttribute('aria-expanded')) === 'false') await this.openFilters();
  }

  /** Chooses a value, opening the folded filters first. */
  async filter(facet, value) {
    await this.showFilters();
    await this.filterChip(facet, value).click();
  }

  get activeFilters() {
    return this.page.getByRole('list', { name: this.t('filters.active') });
  }

  /** The cities found, titled by their number, in whichever language the user switched to. */
  get results() {
    return this.page.getByRole('region', { name: inAnyLanguage('list.count') });
  }

  /** "Cities found: 4". */
  get count() {
    return this.results.getByRole('heading', { level: 2 });
  }

  /** The name on each card, in order. */
  get cityNames() {
    return this.results.getByRole('heading', { level: 3 });
  }

  /** Every card, in order. */
  get cards() {
    return this.results.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3 }) });
  }

  /** How many cards show whole before any scrolling. */
  async wholeCardsOnFirstScreen() {
    const { height } = this.page.viewportSize();
    const boxes = await Promise.all((await this.cards.all()).slice(0, 6).map((card) => card.boundingBox()));
    return boxes.filter((box) => box && box.y >= 0 && box.y + box.height <= height).length;
  }

  /** The link on a city's card, which opens its profile. */
  cityLink(name) {
    return this.results.getByRole('link', { name, exact: true });
  }

  /** "Show 40 more (…)" under the cards. */
  get showMore() {
    return this.page.getByRole('button', { name: this.t('list.show_more') });
  }

  card(name) {
    return this.results
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }

  /** Where a search found a city other than in its name ("Matched in: …"). */
  matchedIn(name) {
    return this.card(name).getByText(this.t('list.matched_in'));
  }

  async openCity(name) {
    await this.cityLink(name).click();
  }

  async findPartnersFor(name) {
    await this.page.getByRole('link', { name: this.t('matching.find_partners_for', { city: name }) }).click();
  }
}
