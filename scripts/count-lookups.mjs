// Counts how the end-to-end tests find things on the page: by what a person perceives (role,
// label, text, placeholder, alt text, title) or by CSS/XPath selectors. Exits non-zero unless
// the accessible lookups outnumber the selectors (issue 15).
//
//   node scripts/count-lookups.mjs [folder]   (default: tests/e2e)

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(process.argv[2] ?? join(repo, 'tests', 'e2e'));

const ACCESSIBLE = /\bgetBy(?:Role|Label|Text|Placeholder|AltText|Title)\s*\(/g;
const SELECTORS = [
  /\.locator\s*\(/g, // page.locator('…'), frame.locator('…'), CSS or XPath alike
  /\bframeLocator\s*\(/g,
  /\.\$\$?(?:eval)?\s*\(/g, // page.$, page.$$, page.$eval, page.$$eval
  /\bquerySelector(?:All)?\s*\(/g,
  /\bwaitForSelector\s*\(/g,
  /\bgetElementById\s*\(/g,
  /\bgetElementsBy(?:ClassName|TagName|Name)\s*\(/g,
  /\.closest\s*\(/g,
  /\.matches\s*\(/g,
  /\bgetByTestId\s*\(/g, // a test id is not something a person sees
];

/** The source without its comments (strings kept, so `'http://…'` is not a comment). */
function withoutComments(source) {
  let out = '';
  let quote = null;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (quote) {
      out += c;
      if (c === '\\') out += source[++i] ?? '';
      else if (c === quote) quote = null;
    } else if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i += 1;
      out += '\n';
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 1;
    } else {
      if (c === "'" || c === '"' || c === '`') quote = c;
      out += c;
    }
  }
  return out;
}

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'artifacts' || name === 'node_modules' ? [] : files(path);
    return /\.(?:m?js|ts)$/.test(name) ? [path] : [];
  });
}

const count = (text, patterns) => patterns.reduce((n, p) => n + (text.match(p) ?? []).length, 0);

let accessible = 0;
let selectors = 0;
for (const file of files(root).sort()) {
  const code = withoutComments(readFileSync(file, 'utf8'));
  const a = count(code, [ACCESSIBLE]);
  const s = count(code, SELECTORS);
  accessible += a;
  selectors += s;
  if (a || s) console.log(`${relative(root, file).padEnd(36)} role/label/text ${String(a).padStart(4)}   css/xpath ${String(s).padStart(4)}`);
}
console.log(`\nlookups by role, label or text: ${accessible}`);
console.log(`lookups by CSS or XPath selector: ${selectors}`);
if (selectors >= accessible) {
  console.error('CSS/XPath lookups must be fewer than lookups by role, label or text (issue 15).');
  process.exit(1);
}
