// The map of collaborations (Visual page): cities as links, partnerships as buttons on an SVG
// picture, the status filter, focus mode, and the same facts as a list.

import { expect } from '@playwright/test';
import { escape, inAnyLanguage, words } from './words.mjs';

export class CollaborationMap {
  constructor(page, language = 'en') {
    this.page = page;
    this.t = words(language);
  }

  async open(query = '') {
    await this.page.goto(`visual.html?view=map${query}`);
    await expect(this.markers.first()).toBeVisible();
  }

  get picture() {
    return this.page.getByRole('group', { name: this.t('map.picture') });
  }

  /** The legend: a region named by its heading, in whichever language the page is in. */
  get legend() {
    return this.page.getByRole('region', { name: inAnyLanguage('map.legend') });
  }

  /** Every city drawn on the map: a link named "Dakar (Dialogue city)". */
  get markers() {
    return this.picture.getByRole('link');
  }

  get participants() {
    return this.picture.getByRole('link', { name: /\(Dialogue city\)$/ });
  }

  marker(city) {
    return this.picture.getByRole('link', { name: new RegExp(`^${escape(city)} \\(`) });
  }

  /** Every partnership drawn: a button named "Milan – Freetown: Waste management (Emerging)". */
  get arcs() {
    return this.picture.getByRole('button');
  }

  arc(startOfName) {
    return this.picture.getByRole('button', { name: new RegExp(`^${escape(startOfName)}`) }).first();
  }

  /** Focus mode's suggested partners, drawn as dashed lines. Decorative (aria-hidden: the list
   * under the map names them), so only a selector reaches them. */
  get suggestionLines() {
    return this.picture.locator('path.suggestion');
  }

  /** The partnerships listed as text, one "Details" button each. */
  get listedPartnerships() {
    return this.page.getByRole('button', { name: this.t('map.show_tie'), exact: true });
  }

  /**
   * The list under a heading of the text alternative ("Suggested partners", "Outside the map").
   * The lists are not labelled by their headings, so the list is the heading's next sibling.
   */
  listUnder(heading) {
    return this.page.getByRole('heading', { name: heading, exact: true }).locator('xpath=following-sibling::*[1]');
  }

  /** The basemap image's address and drawn width. The image is decorative (aria-hidden), so
   * only a selector reaches it. */
  basemap() {
    return this.picture.evaluate((svg) => {
      const image = svg.querySelector('image');
      return { href: image.getAttribute('href'), width: image.getBoundingClientRect().width };
    });
  }

  async focusOn(cityId) {
    await this.page.getByLabel(this.t('map.focus')).selectOption(cityId);
  }

  async showStatus(name) {
    await this.page.getByRole('group', { name: this.t('map.statuses') }).getByRole('button', { name, exact: true }).tap();
  }

  /** Taps the middle of an arc's line, where a finger would (its box's centre may be off it). */
  async tapArc(startOfName) {
    const { x, y } = await this.arc(startOfName).evaluate((target) => {
      const line = target.lastElementChild;
      // At once, not smoothly as the app's CSS asks: the point is read right after.
      line.scrollIntoView({ block: 'center', behavior: 'instant' });
      const middle = line.getPointAtLength(line.getTotalLength() / 2);
      const screen = new DOMPoint(middle.x, middle.y).matrixTransform(line.getScreenCTM());
      return { x: screen.x, y: screen.y };
    });
    await this.page.touchscreen.tap(x, y);
  }

  /**
   * The partnership opened from the map. Its panel is an aria-live section with no name, so it
   * is reached as the parent of its "Partnership" heading.
   */
  get selected() {
    return this.selectedHeading.locator('xpath=..');
  }

  get selectedHeading() {
    return this.page.getByRole('heading', { level: 2, name: this.t('map.selected'), exact: true });
  }

  /** A zoom button: `map.zoom_in`, `map.zoom_out` or `map.zoom_reset`. */
  zoomButton(key) {
    return this.page.getByRole('group', { name: this.t('map.zoom') }).getByRole('button', { name: this.t(key), exact: true });
  }

  /** The part of the map in view, as the picture's viewBox: `{ x, y, width, height }`. */
  async view() {
    const [x, y, width, height] = (await this.picture.getAttribute('viewBox')).split(' ').map(Number);
    return { x, y, width, height };
  }

  /** Presses `keys` one after the other with the map focused. */
  async pressOnMap(...keys) {
    await this.picture.focus();
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** The names drawn on the map among `names`, with their boxes on the screen. */
  async nameBoxes(names) {
    const boxes = [];
    for (const name of names) {
      const label = this.picture.getByText(name, { exact: true });
      if ((await label.count()) === 1) boxes.push({ name, box: await label.boundingBox() });
    }
    return boxes;
  }
}
