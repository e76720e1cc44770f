// The interface's own words, from locales/<language>.json, so that a page object finds things
// by the label a person reads in either language.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from '../support.mjs';

const cache = new Map();

export const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` as a RegExp source; any run of spaces (French puts no-break ones before ":") as \s+. */
const pattern = (text) => escape(text).replace(/\s+/g, '\\s+');

/**
 * `t('list.count')` is the string, or, when it has `{{ placeholders }}`, a RegExp matching it
 * with any value in their place; `t('list.count', { count: 4 })` fills them in.
 */
export function words(language = 'en') {
  if (!cache.has(language)) {
    cache.set(language, JSON.parse(readFileSync(join(repo, 'locales', `${language}.json`), 'utf8')));
  }
  const strings = cache.get(language);
  return (key, values) => {
    const text = key.split('.').reduce((node, part) => node?.[part], strings);
    if (typeof text !== 'string') throw new Error(`no string ${key} in locales/${language}.json`);
    const placeholder = /\{\{\s*(\w+)\s*\}\}/g;
    if (values) return text.replace(placeholder, (_, name) => String(values[name]));
    if (!placeholder.test(text)) return text;
    return new RegExp(`^${text.split(/\{\{\s*\w+\s*\}\}/).map(pattern).join('.+')}$`);
  };
}

/** A string of the interface in any of its languages, as a RegExp (for a page that switches). */
export function inAnyLanguage(key) {
  const languages = readdirSync(join(repo, 'locales')).map((file) => file.replace(/\.json$/, ''));
  const patterns = languages.map((language) => {
    const text = words(language)(key);
    return text instanceof RegExp ? text.source : `^${pattern(text)}$`;
  });
  return new RegExp(patterns.map((p) => `(?:${p})`).join('|'));
}
