// Where a page's WebAssembly bytes go, by crate and by module of the app: what to read before
// cutting the Explore page's first load (issue 17).
//
//   node scripts/wasm-breakdown.mjs [bin]      bin: passerelle (default), passerelle-work, …
//
// Builds the page's wasm as the release does (profile wasm-release) but with function names
// kept, in target/breakdown so the release build is untouched (the first run compiles
// everything: several minutes), runs wasm-bindgen as Trunk does, and sums twiggy's shallow
// sizes. Sizes are raw and before wasm-opt, so they give shares, not the brotli bytes the
// budget counts (scripts/budget.mjs); functions inlined into another count for the one that
// holds them. Installs twiggy through crates.io when it is missing.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './built.mjs';

const bin = process.argv[2] ?? 'passerelle';
const target = join(root, 'target', 'breakdown');
const run = (command, args, env = {}) =>
  execFileSync(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30 }).toString();

try {
  run('twiggy', ['--version']);
} catch {
  run('cargo', ['install', 'twiggy', '--locked']);
}
run('cargo', ['build', '--profile', 'wasm-release', '--target', 'wasm32-unknown-unknown', '--bin', bin, '--locked'], {
  CARGO_TARGET_DIR: target,
  CARGO_PROFILE_WASM_RELEASE_STRIP: 'none',
});
const out = mkdtempSync(join(tmpdir(), 'breakdown-'));
run('wasm-bindgen', ['--target', 'web', '--keep-debug', '--out-dir', out, '--out-name', bin, join(target, 'wasm32-unknown-unknown', 'wasm-release', `${bin}.wasm`)]);
const items = JSON.parse(run('twiggy', ['top', '--format', 'json', join(out, `${bin}_bg.wasm`)]));
rmSync(out, { recursive: true });

// The first path in an item's name is the crate that defines it (`tachys::view::…`,
// `<passerelle::ui::… as …>`, `core[1a2b]::fmt::…`); an app path also gives its module.
const PATH = /(?:^|[<\s(&])(?:mut |dyn )?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::((?:[a-z_][a-z0-9_]*::){0,2})/;
const crates = new Map();
const modules = new Map();
const add = (map, key, size) => map.set(key, (map.get(key) ?? 0) + size);
let code = 0;
for (const { name, shallow_size: size } of items) {
  // Debug information and names are kept for this reading only; the release strips them.
  if (name.startsWith('custom section') || name.includes('subsection')) continue;
  code += size;
  if (name.startsWith('data segment')) {
    add(crates, 'data (strings, tables, panic locations)', size);
    continue;
  }
  const path = PATH.exec(name);
  add(crates, path ? path[1] : 'other (glue, imports, tables)', size);
  if (path?.[1] === 'passerelle') add(modules, path[2].replace(/::$/, '') || '(crate root)', size);
}

const table = (title, map, limit) => {
  console.log(`\n${title}`);
  for (const [key, size] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`${key.padEnd(44)} ${(size / 1000).toFixed(1).padStart(8)} kB ${((100 * size) / code).toFixed(1).padStart(5)} %`);
  }
};
console.log(`${bin}: ${(code / 1000).toFixed(1)} kB of code and data (raw, before wasm-opt)`);
table('by crate', crates, 20);
table('the app, by module', modules, 25);
