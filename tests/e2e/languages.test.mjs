// French and English: the first visit follows the browser, the choice is remembered, the lang
// attribute follows it, numbers are written the French way, the dataset's terms are translated,
// and no English is left on the French main views (quotations and proper names aside).

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPage, screenshot, waitForList, repo, MAIN_VIEWS, appUnderTest } from './support.mjs';

const app = appUnderTest();
let dataset;
before(async () => {
  dataset = JSON.parse(await readFile(join(repo, 'public/data/dataset.json'), 'utf8'));
});

/**
 * Words that are English and not French. A French page showing one of them, outside a
 * quotation or a name marked as English, has a string left untranslated.
 */
const ENGLISH_ONLY = new Set(
  `the and of with for from to is are this that these those which what who why how city cities
  partner partners partnership partnerships need needs sector sectors network networks filter
  filters search show hide unknown proposal proposals find open close existing emerging pipeline
  map list member members shared choose save saved draft back more about
  data since between their its our your waste growth employment housing tourism security
  youth green technology governance education challenges opportunities investing suggested
  weights reasons language languages country share`.split(/\s+/),
);

/** Texts shown on the page that are not in the page's language: everything under an element
 * marked with another language, and the dataset's proper names. */
async function englishLeftovers(page, properNames) {
  return page.evaluate((names) => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const words = /[A-Za-z\u00C0-\u017F'’-]+/g;
    const stop = new Set(window.__englishOnly);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('script, style, noscript, [hidden], .print-only')) continue;
      const marked = element.closest('[lang]');
      if (marked && !marked.lang.startsWith('fr')) continue;
      let text = node.textContent;
      for (const name of names) text = text.split(name).join(' ');
      for (const word of text.match(words) ?? []) {
        if (stop.has(word.toLowerCase())) found.push(`${word} in "${node.textContent.trim().slice(0, 80)}"`);
      }
    }
    // Labels that are not text nodes: accessible names and hints.
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      const marked = element.closest('[lang]');
      if (marked && !marked.lang.startsWith('fr')) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder']) {
        let text = element.getAttribute(attribute) ?? '';
        for (const name of names) text = text.split(name).join(' ');
        for (const word of text.match(words) ?? []) {
          if (stop.has(word.toLowerCase())) found.push(`${word} in ${attribute}="${text.slice(0, 80)}"`);
        }
      }
    }
    return [...new Set(found)];
  }, properNames);
}

function properNames() {
  const names = [
    ...dataset.cities.map((c) => c.name),
    ...dataset.networks.map((n) => n.name),
    ...dataset.funding.map((f) => f.name),
    ...dataset.cities.flatMap((c) => c.initiatives.map((i) => i.name)),
    'Passerelle',
  ];
  // Longest first, so that a name containing another is removed whole.
  return names.sort((a, b) => b.length - a.length);
}

test('a French browser gets French, with French numbers and dates and the dataset terms translated', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-landscape', { locale: 'fr-FR' });
  await page.goto(app.server.url);
  await waitForList(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  await page.locator('.city-card', { hasText: 'Gestion des déchets' }).first().waitFor();
  const cards = await page.locator('main .cards').innerText();
  assert.match(cards, /\d,\d million/, 'a decimal comma');
  assert.doesNotMatch(cards, /\d\.\d million/);
  assert.match(cards, /Suisse/);
  assert.doesNotMatch(cards, /Switzerland|Waste management/);
  await screenshot(page, 'list-french-tablet-landscape');
  // The French names are searched too: "suisse" finds Zürich, "déchets" the waste sector.
  await page.getByLabel('Rechercher des villes').fill('suisse');
  await page.waitForFunction(() => document.querySelectorAll('.city-card').length === 1);
  assert.equal(await page.locator('.city-card .card-title').innerText(), 'Zürich');
  await page.getByLabel('Rechercher des villes').fill('dechets');
  await page.waitForFunction(() => document.querySelector('.city-card .matched')?.innerText.includes('Gestion des déchets'));

  // The profile: goals, sectors, challenges and countries in French, quotations in English and
  // said to be.
  await page.goto(app.server.url + '?view=city&city=dakar');
  await page.getByRole('heading', { name: 'Inclusion sociale et accès aux services' }).waitFor();
  const profile = await page.locator('main').innerText();
  assert.match(profile, /Sénégal/);
  assert.match(profile, /août 2020/, 'dates in French');
  assert.equal(await page.locator('time[datetime="2020-08"]').first().innerText(), 'août 2020');
  const quote = page.locator('blockquote.quote').first();
  assert.equal(await quote.getAttribute('lang'), 'en');
  assert.match(await page.locator('.quote-language').first().innerText(), /anglais/i);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the choice of language is remembered and the lang attribute follows it', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-portrait', { locale: 'fr-FR' });
  await page.goto(app.server.url);
  await waitForList(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.locator('.city-card', { hasText: 'Waste management' }).first().waitFor();
  await page.reload();
  await waitForList(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await page.locator('main .cards').innerText(), /\d\.\d million/);
  await page.getByRole('button', { name: 'Français' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.locator('.city-card', { hasText: 'Gestion des déchets' }).first().waitFor();
  await page.goto(app.server.url + '?view=city&city=dakar');
  await page.locator('time[datetime="2020-08"]').first().waitFor();
  assert.equal(await page.locator('time[datetime="2020-08"]').first().innerText(), 'août 2020');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.querySelector('time[datetime="2020-08"]')?.innerText === 'August 2020');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('no English is left on the French main views', async () => {
  const { context, page } = await openPage(app.browser, 'tablet-landscape', { locale: 'fr-FR' });
  const names = properNames();
  const leftovers = {};
  for (const [name, query] of MAIN_VIEWS) {
    await page.goto(app.server.url + query);
    await page.locator('main h1').waitFor();
    await page.evaluate((words) => (window.__englishOnly = words), [...ENGLISH_ONLY]);
    // The vocabulary arrives with the page; wait until a translated term shows where there are any.
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.waitForTimeout(150);
    const found = await englishLeftovers(page, names);
    if (found.length) leftovers[name] = found;
    await screenshot(page, `${name}-french`);
  }
  assert.deepEqual(leftovers, {});
  assert.deepEqual(page.errors, []);
  await context.close();
});
