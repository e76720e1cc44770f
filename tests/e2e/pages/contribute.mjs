// The Contribute page: profiles described on this device, their form, partners and share link,
// the contribution file and corrections.

import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import { words, escape } from './words.mjs';

/** Kisumu, Kenya: a city the 2020 papers do not cover, with a need in its own words. */
export const KISUMU_WORDS = 'Our informal settlements have no regular waste collection; we need help to organise it.';

/** The sector's name in each language (data/vocabulary). */
const WASTE = { en: 'Waste management', fr: 'Gestion des déchets' };

export class Contribute {
  constructor(page, language = 'en') {
    this.page = page;
    this.language = language;
    this.t = words(language);
  }

  field(key) {
    return this.page.getByLabel(this.t(key), { exact: true });
  }

  /** A select, whose name is its label followed by the option it shows. */
  select(key, values) {
    return this.page.getByRole('combobox', { name: new RegExp(`^${escape(this.t(key, values))}`) });
  }

  async open() {
    await this.page.goto('contribute.html?view=contribute');
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('contribute.title') })).toBeVisible();
  }

  /** Starts a profile and waits for its form. */
  async start(name) {
    await this.field('contribute.name').fill(name);
    await this.page.getByRole('button', { name: this.t('contribute.create') }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** Types `value` into the field labelled `key` and leaves it, as a person moving on does. */
  async type(key, value) {
    const field = this.field(key);
    await field.fill(value);
    await field.blur();
  }

  /** Kisumu's facts, languages, network and its need in waste management. */
  async describeKisumu() {
    await this.start('Kisumu');
    await this.type('contribute.country', 'Kenya');
    await this.type('contribute.country_code', 'KE');
    await this.type('contribute.latitude', '-0.09');
    await this.type('contribute.longitude', '34.77');
    await this.type('contribute.languages', 'en, sw');
    await this.page.getByRole('checkbox', { name: 'United Cities and Local Governments of Africa (UCLGA)' }).check();
    await this.page.getByRole('button', { name: this.t('contribute.add_priority') }).click();
    await this.select('contribute.sector', { number: 1 }).selectOption({ label: WASTE[this.language] });
    await this.select('contribute.stance').selectOption('need');
    await this.field('contribute.own_words').fill(KISUMU_WORDS);
  }

  /** Taps the location map where `lat`, `lon` is drawn. The map is a pointer shortcut hidden
   * from assistive technology (the typed fields say the same), so only a selector reaches it;
   * its frame is src/map/geometry.rs's: longitude −26…60 scaled by 0.82, latitude 71…−37. */
  async tapMapAt(lat, lon) {
    const map = this.page.locator('svg.location-map');
    const box = await map.boundingBox();
    const x = ((lon + 26) * 0.82) / (86 * 0.82);
    const y = (71 - lat) / 108;
    await map.click({ position: { x: x * box.width, y: y * box.height } });
  }

  get partners() {
    return this.page.getByRole('region', { name: this.t('contribute.partners') });
  }

  /** The self-described badge (a mark, then the word). */
  badge(within = this.page) {
    return within.getByText(new RegExp(`${escape(this.t('contribute.self_described'))}$`));
  }

  /** The list of profiles on this device. */
  get list() {
    return this.page.getByRole('region', { name: this.t('contribute.list_title') });
  }

  /** Clicks `button` and returns the text of the file the browser downloads. */
  async download(button) {
    const [file] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return readFile(await file.path(), 'utf8');
  }

  async exportFile(contributor) {
    await this.field('contribute.contributor').fill(contributor);
    return JSON.parse(await this.download(this.page.getByRole('button', { name: this.t('contribute.export') })));
  }

  async importFile(text, name = 'contribution.json') {
    await this.page.getByLabel(this.t('contribute.import_choose')).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  /** Opens the share panel and returns the link it offers. */
  async shareLink() {
    await this.page.getByRole('button', { name: this.t('share.share'), exact: true }).click();
    return this.field('share.link').inputValue();
  }
}
