// Writes the Explore views a newcomer lands on as HTML, so that a first visit on a slow link
// shows the cities before the app has downloaded, and a browser without JavaScript can read them.
//
// Approach: the built app itself renders each view in headless Chromium (the same components,
// no second copy of the rendering), and its DOM is saved into a copy of index.html: the list,
// every city profile, the matrix, the networks and the sources, in each language. Leptos's
// build-time rendering (SSR and hydration) was not chosen: the components use the browser
// directly (IndexedDB, localStorage, the service worker), and hydration would add code to the
// page whose bytes are the scarcest.
//
// In each file: links between written-out views point at their files (so they read without
// JavaScript); form controls are disabled until the app takes over (nothing typed into a copy
// can be lost); a first-paint script (inline, allowed by its hash in the Content Security
// Policy) hides the copy when the address asks for another view (a deep link, an embed) and
// moves to the other language's file when the reader's language is not this one. When the app
// has loaded it replaces the copy with the same DOM (src/ui/mod.rs), so nothing moves.
//
// index.html becomes the English list; the French list is index.fr.html; others are
// `<view>[-<city>][.fr].html`. Fails the build when a view logs an error.

import { chromium } from 'playwright-core';
import { createHash } from 'node:crypto';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, CHROMIUM_ARGS, readDataset } from '../tests/e2e/support.mjs';
import { root, dist } from './built.mjs';

/** What each language's files say outside the app's own words. */
const LANGUAGES = {
  en: {
    locale: 'en-GB',
    description:
      'Explore the cities of the Mayors Dialogue on Growth and Solidarity, their priorities, networks and partnerships, every fact with its source.',
    noscript:
      'Without JavaScript, Passerelle shows the cities, their profiles, the priority matrix, the networks and the sources. Search, filters, match-making and proposals need JavaScript and WebAssembly.',
    other: 'Version française',
  },
  fr: {
    locale: 'fr-FR',
    description:
      'Explorez les villes du Dialogue des maires sur la croissance et la solidarité, leurs priorités, réseaux et partenariats, chaque fait avec sa source.',
    noscript:
      'Sans JavaScript, Passerelle montre les villes, leurs profils, la matrice des priorités, les réseaux et les sources. La recherche, les filtres, la mise en relation et les propositions ont besoin de JavaScript et de WebAssembly.',
    other: 'English version',
  },
};

/** The app's address of each view written out, with its file's name (before the language). */
const VIEWS = [
  ['', 'index'],
  ['?view=matrix', 'matrix'],
  ['?view=networks', 'networks'],
  ['?view=sources', 'sources'],
  ...readDataset().cities.map((city) => [`?view=city&city=${city.id}`, `city-${city.id}`]),
];
const NAMES = new Map(VIEWS);

/** A view's file in `language`. */
const fileOf = (address, language) => `${NAMES.get(address)}${language === 'en' ? '' : `.${language}`}.html`;

/** A link to a view's file: the English list is the folder itself. */
const linkTo = (address, language) => fileOf(address, language).replace(/^index\.html$/, './');

/**
 * Runs in the page's <head> before anything shows. The app's default language is English and
 * a remembered choice comes before the browser's languages, as in src/ui/browser/settings.rs.
 */
function firstPaint() {
  const html = document.documentElement;
  const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')];
  let remembered = null;
  try {
    remembered = localStorage.getItem('passerelle.language');
  } catch {}
  const wanted =
    [remembered, ...navigator.languages]
      .map((code) => code && code.split('-')[0])
      .find((code) => alternates.some((link) => link.hreflang === code)) ?? 'en';
  if (location.search && location.search !== html.dataset.address) {
    html.dataset.snapshot = 'stale';
  } else if (wanted !== html.lang) {
    html.dataset.snapshot = 'stale';
    location.replace(alternates.find((link) => link.hreflang === wanted).href + location.hash);
  } else if (!location.pathname.endsWith('/')) {
    history.replaceState(history.state, '', `./${html.dataset.address}${location.hash}`);
  }
}
const FIRST_PAINT = `(${firstPaint})();`;
const FIRST_PAINT_HASH = `'sha256-${createHash('sha256').update(FIRST_PAINT).digest('base64')}'`;

/** Styles for a browser without JavaScript, copied from style/ next to the views. */
const NOSCRIPT_CSS = 'noscript.css';

const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The app's DOM as a copy: links to written-out views go to their files, controls wait. */
function copyOf(dom, language) {
  return dom
    .replaceAll('<!---->', '')
    .replace(/href="([^"]*)"/g, (whole, value) => {
      const address = value.replaceAll('&amp;', '&');
      const key = address === '?' ? '' : address;
      return NAMES.has(key) ? `href="${linkTo(key, language)}"` : whole;
    })
    .replace(/<(button|input|select|textarea)(?=[\s>])/g, '<$1 disabled');
}

/** index.html with the view written in, for `language`. */
function written(template, { address, language, title, dom }) {
  const words = LANGUAGES[language];
  const alternates = Object.keys(LANGUAGES)
    .map((code) => `<link rel="alternate" hreflang="${code}" href="${linkTo(address, code)}" />`)
    .join('');
  const other = Object.keys(LANGUAGES).find((code) => code !== language);
  const replaced = (html, pattern, by) => {
    if (!pattern.test(html)) throw new Error(`index.html has no ${pattern}`);
    return html.replace(pattern, by);
  };
  let html = template;
  html = replaced(html, /<html lang="en">/, `<html lang="${language}" data-address="${escape(address)}">`);
  html = replaced(html, /<title>[^<]*<\/title>/, () => `<title>${escape(title)}</title>`);
  html = replaced(html, /(<meta name="description" content=")[^"]*/, (_, start) => start + escape(words.description));
  // The page's own "needs JavaScript" goes: the copy reads without it.
  html = replaced(html, /\s*<noscript>[\s\S]*?<\/noscript>/, '');
  html = replaced(html, /(script-src 'self')/, `$1 ${FIRST_PAINT_HASH}`);
  html = replaced(
    html,
    /(<meta http-equiv="Content-Security-Policy"[^>]*>)/,
    (policy) => `${policy}${alternates}<script>${FIRST_PAINT}</script>`,
  );
  // After the app's styles, which it overrides.
  html = replaced(html, /<\/head>/, () => `<noscript><link rel="stylesheet" href="${NOSCRIPT_CSS}" /></noscript></head>`);
  html = replaced(
    html,
    /(<div id="app">\s*<p class="status-screen loading">[^<]*<\/p>)/,
    (start) =>
      `<noscript><p class="status-screen">${escape(words.noscript)} <a href="${linkTo(address, other)}" lang="${other}">${escape(words.other)}</a></p></noscript>` +
      `${start}${dom.replace(/^<div /, '<div data-copy ')}`,
  );
  return html;
}

const template = await readFile(join(dist, 'index.html'), 'utf8');
if (template.includes('data-address')) throw new Error('dist/index.html is already written out: run scripts/build.sh');
/** Written once every view is rendered: the views are rendered from the build as it was. */
const files = new Map();
const server = await serve(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const [language, { locale }] of Object.entries(LANGUAGES)) {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    for (const [address] of VIEWS) {
      await page.goto(server.url + (address || './'));
      await page.locator('#app main h1').first().waitFor();
      const dom = await page.evaluate(settled);
      if (!dom.startsWith('<div ')) throw new Error(`${address || 'the list'} (${language}): the app's DOM is not one <div>`);
      if (errors.length) throw new Error(`${address || 'the list'} (${language}): ${errors.join('; ')}`);
      const title = await page.title();
      files.set(fileOf(address, language), written(template, { address, language, title, dom: copyOf(dom, language) }));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
await Promise.all([...files].map(([file, html]) => writeFile(join(dist, file), html)));
await copyFile(join(root, 'style', NOSCRIPT_CSS), join(dist, NOSCRIPT_CSS));
console.log(`prerender: ${VIEWS.length} views in ${Object.keys(LANGUAGES).length} languages written out as HTML`);

/** In the page: the app's DOM once nothing has changed in it for 300 ms. */
function settled() {
  const app = document.getElementById('app');
  return new Promise((done) => {
    let timer;
    const observer = new MutationObserver(() => wait());
    const wait = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        observer.disconnect();
        done(app.innerHTML);
      }, 300);
    };
    observer.observe(app, { subtree: true, childList: true, attributes: true, characterData: true });
    wait();
  });
}
