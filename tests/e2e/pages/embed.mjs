// Embedding: a partner's page (demo/host.html, on another site) with the app in a frame, and
// the app's Embed page that gives the code to paste.

import { expect } from '@playwright/test';

export class HostPage {
  /** `host` serves demo/, `app` serves dist/; the host page is opened as localhost so that it
   * is another site than the app on 127.0.0.1. */
  constructor(page, host, app) {
    this.page = page;
    this.host = host;
    this.app = app;
  }

  async open(view) {
    const address = `http://localhost:${this.host.port}/host.html?app=${encodeURIComponent(this.app.url + view)}`;
    await this.page.goto(address);
  }

  /** The iframe, found by its title. */
  get frameElement() {
    return this.page.getByTitle('Passerelle', { exact: true });
  }

  get frame() {
    return this.frameElement.contentFrame();
  }

  frameHeight() {
    return this.frameElement.evaluate((frame) => frame.getBoundingClientRect().height);
  }

  /** The height messages the host page received from the app. */
  heightMessages() {
    return this.page.evaluate(() => window.heightMessages);
  }
}

export class EmbedCode {
  constructor(page) {
    this.page = page;
  }

  async openFrom(address) {
    await this.page.goto(address);
    await this.page.getByRole('link', { name: 'Embed this view' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Embed this view in your website' })).toBeVisible();
  }

  get code() {
    return this.page.getByLabel('Code to paste');
  }

  async copy() {
    await this.page.getByRole('button', { name: 'Copy the code' }).click();
  }

  get copied() {
    return this.page.getByRole('status').filter({ hasText: 'Copied.' });
  }
}
