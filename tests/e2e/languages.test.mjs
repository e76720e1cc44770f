// French and English: the first visit follows the browser, the choice is remembered, the lang
// attribute follows it, numbers are written the French way, the dataset's terms are translated,
// and no English is left on the French main views (quotations and proper names aside).

import { test, expect } from './fixtures.mjs';
import { MAIN_VIEWS, readDataset, screenshot } from './support.mjs';

test.use({ locale: 'fr-FR' });

/**
 * Words that are English and not French. A French page showing one of them, outside a
 * quotation or a name marked as English, has a string left untranslated.
 */
const ENGLISH_ONLY = `the and of with for from to is are this that these those which what who why how city cities
  partner partners partnership partnerships need needs sector sectors network networks filter
  filters search show hide unknown proposal proposals find open close existing emerging pipeline
  map list member members shared choose save saved draft back more about
  data since between their its our your waste growth employment housing tourism security
  youth green technology governance education challenges opportunities investing suggested
  weights reasons language languages country share`.split(/\s+/);

/** The dataset's proper names, longest first so that a name containing another goes whole. */
function properNames() {
  const dataset = readDataset();
  return [
    ...dataset.cities.map((c) => c.name),
    ...dataset.networks.map((n) => n.name),
    ...dataset.funding.map((f) => f.name),
    ...dataset.cities.flatMap((c) => c.initiatives.map((i) => i.name)),
    'Passerelle',
  ].sort((a, b) => b.length - a.length);
}

/**
 * English words shown on the page outside what is marked as another language, in text and in
 * accessible names and hints. An audit of the whole page, so it walks the DOM with selectors.
 */
function englishLeftovers(page) {
  return page.evaluate(
    ({ names, english }) => {
      const found = [];
      const stop = new Set(english);
      const words = /[A-Za-z\u00C0-\u017F'’-]+/g;
      const inOtherLanguage = (element) => {
        const marked = element.closest('[lang]');
        return marked && !marked.lang.startsWith('fr');
      };
      const check = (text, where) => {
        for (const name of names) text = text.split(name).join(' ');
        for (const word of text.match(words) ?? []) {
          if (stop.has(word.toLowerCase())) found.push(`${word} in ${where}`);
        }
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || element.closest('script, style, noscript, [hidden], .print-only') || inOtherLanguage(element)) continue;
        check(node.textContent, `"${node.textContent.trim().slice(0, 80)}"`);
      }
      for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
        if (inOtherLanguage(element)) continue;
        for (const attribute of ['aria-label', 'title', 'placeholder']) {
          const text = element.getAttribute(attribute) ?? '';
          check(text, `${attribute}="${text.slice(0, 80)}"`);
        }
      }
      return [...new Set(found)];
    },
    { names: properNames(), english: ENGLISH_ONLY },
  );
}

test.describe('a French browser', () => {
  test('gets the interface in French, with the lang attribute saying so', async ({ app }) => {
    await app.open();
    await expect(app.heading).toHaveText('Les villes du Dialogue et leurs partenaires');
    await expect.poll(() => app.language()).toBe('fr');
  });

  test('gets numbers written the French way', async ({ list }) => {
    await list.open();
    await expect(list.results).toContainText(/\d,\d million/);
    await expect(list.results).not.toContainText(/\d\.\d million/);
  });

  test('gets the dataset’s sectors and countries in French', async ({ list }) => {
    await list.open();
    await expect(list.card('Dakar')).toContainText('Gestion des déchets');
    await expect(list.card('Zürich')).toContainText('Suisse');
    await expect(list.results).not.toContainText(/Switzerland|Waste management/);
    await screenshot(list.page, 'list-french-tablet-landscape');
  });

  test('finds a city by its country’s French name', async ({ list }) => {
    await list.open();
    await list.search('suisse');
    await expect(list.cityNames).toHaveText(['Zürich']);
  });

  test('finds cities by a sector’s French name, without its accents', async ({ list }) => {
    await list.open();
    await list.search('dechets');
    await expect(list.results.getByText('Trouvé dans :').first()).toContainText('Gestion des déchets');
  });

  test('gets a profile’s goals, country and dates in French', async ({ profile, page }) => {
    await profile.open('dakar');
    await expect(page.getByRole('heading', { name: 'Inclusion sociale et accès aux services' })).toBeVisible();
    await expect(profile.fact('Pays')).toContainText('Sénégal');
    await expect(profile.fact('Chiffres datés de').getByRole('time')).toHaveText('août 2020');
    await expect(profile.fact('Chiffres datés de').getByRole('time')).toHaveAttribute('datetime', '2020-08');
  });

  test('is told that quotations stay in their original English', async ({ profile, page }) => {
    await profile.open('dakar');
    await expect(page.getByRole('blockquote').first()).toHaveAttribute('lang', 'en');
    await expect(page.getByText('Citation en anglais, langue d’origine.').first()).toBeVisible();
  });
});

test.describe('the choice of language', () => {
  test('switches the page and its lang attribute at once', async ({ app, list }) => {
    await list.open();
    await app.chooseLanguage('English');
    await expect.poll(() => app.language()).toBe('en');
    await expect(list.card('Dakar')).toContainText('Waste management');
  });

  test('is remembered on the device', async ({ app, list, page }) => {
    await list.open();
    await app.chooseLanguage('English');
    await expect(list.card('Dakar')).toContainText('Waste management');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Cities of the Dialogue and their partners' })).toBeVisible();
    await expect.poll(() => app.language()).toBe('en');
    await expect(page.getByRole('main')).toContainText(/\d\.\d million/);
  });

  test('back to French translates the dataset’s terms again', async ({ app, list }) => {
    await list.open();
    await app.chooseLanguage('English');
    await expect(list.card('Dakar')).toContainText('Waste management');
    await app.chooseLanguage('Français');
    await expect.poll(() => app.language()).toBe('fr');
    await expect(list.card('Dakar')).toContainText('Gestion des déchets');
  });

  test('rewrites the dates on screen', async ({ app, profile }) => {
    await profile.open('dakar');
    const date = profile.fact('Chiffres datés de').getByRole('time');
    await expect(date).toHaveText('août 2020');
    await app.chooseLanguage('English');
    await expect(profile.fact('Figures as of').getByRole('time')).toHaveText('August 2020');
  });
});

test.describe('no English is left on the French views', () => {
  for (const [name, address] of MAIN_VIEWS) {
    test(name, async ({ app, page }) => {
      await app.open(address);
      await expect.poll(() => app.language()).toBe('fr');
      // The dataset's French terms arrive with the page: wait until nothing English is left.
      await expect.poll(() => englishLeftovers(page), { message: 'English words on a French page' }).toEqual([]);
      await screenshot(page, `${name}-french`);
    });
  }
});
