// A city's profile: characteristics with their sources, priorities, partnerships.

import { expect } from '@playwright/test';
import { started } from './app.mjs';
import { escape } from './words.mjs';

export class Profile {
  constructor(page) {
    this.page = page;
  }

  async open(cityId) {
    await this.page.goto(`./?view=city&city=${cityId}`);
    await expect(this.page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    await started(this.page);
  }

  heading(name) {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  /**
   * The value of a characteristic ("Population"). A definition list pairs a value with its label
   * by position only, so the value is reached from its label with XPath.
   */
  fact(label) {
    return this.page
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${escape(label)}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  /** Opens a fact's source; returns the disclosure, which then names the document and passage. */
  async showSource(label) {
    const source = this.fact(label).getByRole('group').filter({ hasText: /^Source/ });
    await source.getByText('Source', { exact: true }).click();
    return source;
  }

  /**
   * A section of the profile under its heading. Sections have a heading but no accessible name
   * (no aria-labelledby), so they are found as <section> elements holding that heading.
   */
  section(heading) {
    return this.page
      .locator('section')
      .filter({ has: this.page.getByRole('heading', { level: 2, name: heading, exact: true }) });
  }

  async findPartners(city) {
    await this.page.getByRole('link', { name: `Find partners for ${city}` }).click();
  }
}
