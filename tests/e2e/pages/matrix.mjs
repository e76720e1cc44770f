// The priority matrix of Table A1: a table of cities against sectors, a cell opens the city's
// text, a column heading sorts.

import { expect } from '@playwright/test';
import { words } from './words.mjs';

export class Matrix {
  constructor(page, language = 'en') {
    this.page = page;
    this.t = words(language);
  }

  async open(query = '') {
    await this.page.goto(`./?view=matrix${query}`);
    await expect(this.cities.first()).toBeVisible();
  }

  /** The matrix is an ARIA grid, named by its caption. */
  get table() {
    return this.page.getByRole('grid', { name: this.t('matrix.caption') });
  }

  /** The grid's first Tab stop: the "City" column heading's sort button. */
  get cityColumnButton() {
    return this.table.getByRole('columnheader', { name: this.t('matrix.city'), exact: true }).getByRole('button');
  }

  /** The link in a city's row heading. */
  cityLink(name) {
    return this.table.getByRole('rowheader', { name, exact: true }).getByRole('link');
  }

  /** The cells of a city that have a stance, named "Zürich, Waste management: Expertise". */
  cellsOf(city) {
    return this.table.getByRole('button', { name: new RegExp(`^${city}, `) });
  }

  /** The sector of a cell, from its name. */
  async sectorOf(cell) {
    return (await cell.getAttribute('aria-label')).split(/, |: /)[1];
  }

  /** How many columns a sector's is from the city names' (the first). */
  async columnOf(sector) {
    return (await this.columns.allTextContents()).map((text) => text.trim()).indexOf(sector);
  }

  /** One row heading per city shown. */
  get cities() {
    return this.table.getByRole('rowheader');
  }

  /** "City" and one heading per sector. */
  get columns() {
    return this.table.getByRole('columnheader');
  }

  /** A cell button is named "Zürich, Waste management: Expertise". */
  cell(name) {
    return this.table.getByRole('button', { name, exact: true });
  }

  /** Any cell with a stance, in reading order. */
  get cells() {
    return this.table.getByRole('button', { name: /^[^,]+, .+: / });
  }

  async openCell(name) {
    await this.cell(name).click();
  }

  /** The heading of the opened cell's text: "Zürich · Waste management". */
  detailHeading(city, sector) {
    return this.page.getByRole('heading', { level: 2, name: `${city} · ${sector}` });
  }

  column(sector) {
    return this.table.getByRole('columnheader', { name: sector, exact: true });
  }

  async sortBy(sector) {
    await this.column(sector).getByRole('button').click();
  }
}
