// The priority matrix of Table A1: a table of cities against sectors, a cell opens the city's
// text, a column heading sorts.

import { expect } from '@playwright/test';

export class Matrix {
  constructor(page) {
    this.page = page;
  }

  async open(query = '') {
    await this.page.goto(`./?view=matrix${query}`);
    await expect(this.cities.first()).toBeVisible();
  }

  get table() {
    return this.page.getByRole('table', { name: /^Cities \(rows\) against the 13 sectors/ });
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
