// The network membership grid (Visual page): cities against networks, and the channels two
// chosen cities share.

import { expect } from '@playwright/test';

export class Memberships {
  constructor(page) {
    this.page = page;
  }

  async open(query = '') {
    await this.page.goto(`visual.html?view=memberships${query}`);
    await expect(this.table).toBeVisible();
  }

  get table() {
    return this.page.getByRole('table', { name: 'Cities (rows) and the networks they belong to (columns)' });
  }

  get cities() {
    return this.table.getByRole('rowheader');
  }

  /** "City" and one heading per network. */
  get columns() {
    return this.table.getByRole('columnheader');
  }

  /** A cell marked ● reads "member". */
  get memberships() {
    return this.table.getByRole('cell', { name: 'member', exact: true });
  }

  async compare(first, second) {
    await this.page.getByLabel('First city').selectOption({ label: first });
    await this.page.getByLabel('Second city').selectOption({ label: second });
  }

  /** A network named in the shared channels' list. */
  sharedNetwork(name) {
    return this.page.getByRole('listitem').filter({ hasText: new RegExp(`^${name}$`) });
  }

  /**
   * The cities whose rows are highlighted as chosen. The highlight is a class only (no ARIA
   * state), so it is read from the rows' classes.
   */
  highlightedCities() {
    return this.table
      .getByRole('row')
      .evaluateAll((rows) => rows.filter((r) => r.classList.contains('chosen')).map((r) => r.cells[0].textContent.trim()).sort());
  }
}
