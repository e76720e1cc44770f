// What every page of the app has: the main heading, the navigation, the language switch,
// notices about new versions and data, and the layout checks every view must pass.

import { expect } from '@playwright/test';
import { words } from './words.mjs';
import { screenshot } from '../support.mjs';

/**
 * Waits until the app has started: what the page showed before (a view written out at build
 * time, scripts/prerender.mjs, or "Passerelle…") is gone, so a test's next step acts on the app.
 */
export async function started(page) {
  await expect(page.locator('#app > [data-copy], #app > .loading')).toHaveCount(0, { timeout: 30_000 });
}

export class App {
  constructor(page, language = 'en') {
    this.page = page;
    this.t = words(language);
  }

  get main() {
    return this.page.getByRole('main');
  }

  /** The view's title: there is one level-1 heading per view. */
  get heading() {
    return this.main.getByRole('heading', { level: 1 });
  }

  /** Opens an address of the app and waits until its view has rendered. */
  async open(address = './') {
    await this.page.goto(address);
    await expect(this.heading).toBeVisible();
    await started(this.page);
  }

  get navigation() {
    return this.page.getByRole('navigation', { name: this.t('nav.main') });
  }

  /** The header: brand, navigation and language switch. */
  get banner() {
    return this.page.getByRole('banner');
  }

  /** The menu that holds the navigation on a phone. */
  get menuButton() {
    return this.navigation.getByRole('button', { name: this.t('nav.menu') });
  }

  navigationLink(name) {
    return this.navigation.getByRole('link', { name, exact: true });
  }

  /** Follows a link of the navigation, through the menu where the screen folds it into one. */
  async navigateTo(name) {
    if (await this.menuButton.isVisible()) await this.menuButton.click();
    await this.navigationLink(name).click();
  }

  /** The first thing Tab reaches: "Skip to content". */
  get skipLink() {
    return this.page.getByRole('link', { name: this.t('nav.skip') });
  }

  /**
   * Presses `key` until `target` has the focus, at most `limit` times; the number of presses
   * it took, or Infinity when it never did.
   */
  async pressUntilFocused(key, target, limit = 200) {
    for (let presses = 1; presses <= limit; presses += 1) {
      await this.page.keyboard.press(key);
      if (await target.evaluate((e) => e === document.activeElement)) return presses;
    }
    return Infinity;
  }

  /** How far down the page is scrolled, in pixels. */
  scrollY() {
    return this.page.evaluate(() => window.scrollY);
  }

  /** Scrolls to the very end of the page at once. */
  scrollToEnd() {
    return this.page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  }

  /** Each language's button is labelled in its own language ("English", "Français"). */
  async chooseLanguage(name) {
    await this.page.getByRole('button', { name }).click();
  }

  /** The page's `lang`, which screen readers use to pick a voice. */
  language() {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  /** A status or alert message that says `text`. */
  notice(text) {
    return this.page.getByRole('status').or(this.page.getByRole('alert')).filter({ hasText: text });
  }

  /** With data saver on: the offer to download the rest of the app for use without a network. */
  get offlineOffer() {
    return this.page.getByRole('status').getByText(this.t('offline.ask'));
  }

  async makeAvailableOffline() {
    await this.page.getByRole('button', { name: this.t('offline.download') }).click();
  }

  async notNow() {
    await this.page.getByRole('button', { name: this.t('offline.not_now') }).click();
  }

  /** Said once, when the whole app has arrived on the device. */
  get availableOffline() {
    return this.notice(this.t('offline.ready'));
  }

  async reloadFromNotice() {
    await this.page.getByRole('button', { name: this.t('offline.reload') }).click();
  }

  /** How many pixels the page scrolls sideways (none is right). */
  sidewaysScroll() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  /**
   * Every visible control smaller than 44×44 px, described. An audit of all controls at once,
   * so it walks the DOM with selectors rather than looking one thing up.
   */
  smallTouchTargets() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('button, select, input, summary, .nav-link, .card-title a')]
        .filter((e) => e.offsetParent !== null)
        // A checkbox is tapped through its label, which is the target.
        .map((e) => (e.type === 'checkbox' && e.closest('label')) || e)
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 44 || r.width < 44)
        .map(({ e, r }) => `${e.tagName} "${e.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`),
    );
  }

  /** The whole page, or with `firstScreen` only what shows before any scrolling. */
  screenshot(name, { firstScreen = false } = {}) {
    return screenshot(this.page, name, { fullPage: !firstScreen });
  }
}
