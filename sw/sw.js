// Passerelle's service worker. scripts/postbuild.mjs writes the list of files of this build
// (each with the start of its SHA-256 and its size as served, brotli) and a version derived from
// their content in place of the two placeholders below.
//
// - First install: keeps only what the browser already holds of the pages open now, from its
//   HTTP cache (`only-if-cached`: never the network), so the page just visited works offline and
//   nothing it downloaded is downloaded again. Chosen over a list of URLs sent by the page: the
//   worker needs the bytes anyway, to check them, and the HTTP cache knows what it still holds
//   better than the page; it also costs the first page no code. Each file must be the one built
//   (the start of its SHA-256; a wasm must compile), so a stale copy in the HTTP cache (an older
//   index.html) is never kept: it is left for the server.
// - The rest (the other pages, vocabularies, basemap, icons) waits for a page to ask
//   ("precache", sent once the page is interactive and the browser idle, or, with data saver on,
//   once the user agreed: "missing" asks how many bytes that is). It downloads one file at a
//   time, each once no request of the pages has been on the network for a moment, so the user's
//   next page goes first; a file a page asks for while it downloads is served from that download.
//   Then the pages are told ("offline-ready"), once: a later visit finds nothing missing.
// - A new version installs in the background: every file from the server, checked before any is
//   cached. A version that fails is not installed: the working one stays, and the pages are told
//   ("update-failed"). It waits; the page tells the user, who reloads when ready (never forced
//   mid-edit): the page posts "skip-waiting".
// - The dataset lives in its own cache, so an update found at run time (unpacked whole by the app)
//   survives until the next build replaces it.

const VERSION = '__VERSION__';
const FILES = __FILES__;
const APP_CACHE = `passerelle-app-${VERSION}`;
const DATA_CACHE = 'passerelle-data';
const DATASET = 'data/dataset.bin';
// How long the pages' requests must have left the network before the next file downloads.
const QUIET_MS = 1000;

const scoped = (path) => new URL(path, self.registration.scope).href;

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

// `path` fetched from `address` with the cache mode `cache`, once it is the file of this build
// (a wasm, one that compiles); null when it is not, or could not be had that way.
async function checked(path, hash, cache, address = scoped(path)) {
  try {
    const response = await fetch(new Request(address, { cache, mode: 'same-origin' }));
    if (!response.ok) return null;
    const bytes = await response.clone().arrayBuffer();
    if (hex(await crypto.subtle.digest('SHA-256', bytes)).slice(0, hash.length) !== hash) return null;
    if (path.endsWith('.wasm')) await WebAssembly.compile(bytes);
    return response;
  } catch {
    return null;
  }
}

async function tellPages(message) {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })) {
    client.postMessage(message);
  }
}

// A first install: what the browser holds of the pages open now, nothing from the network.
async function keepWhatIsHeld() {
  const open = (await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })).map((c) => c.url);
  const app = await caches.open(APP_CACHE);
  for (const [path, hash] of FILES) {
    if (path === DATASET) continue;
    // The same file under another name (./ and index.html), or a page under the address it was
    // opened at, query and all.
    const twins = FILES.filter((f) => f[1] === hash).map((f) => scoped(f[0]));
    for (const address of [...twins, ...open.filter((url) => twins.includes(url.replace(/[?#].*/, '')))]) {
      const response = await checked(path, hash, 'only-if-cached', address);
      if (response) {
        await app.put(scoped(path), response);
        break;
      }
    }
  }
  // The copy the page has just loaded and checked; the page's update check replaces it.
  const dataset = await fetch(new Request(scoped(DATASET), { cache: 'only-if-cached', mode: 'same-origin' })).catch(() => null);
  if (dataset?.ok) await (await caches.open(DATA_CACHE)).put(scoped(DATASET), dataset);
}

// A new version: every file from the server, checked before any is cached.
async function update() {
  const files = [];
  for (const [path, hash] of FILES) {
    if (path === DATASET) continue;
    const response = await checked(path, hash, 'reload');
    if (!response) {
      await tellPages({ type: 'update-failed', detail: path });
      throw new Error(`${path}: not the file of version ${VERSION}`);
    }
    files.push([path, response]);
  }
  const app = await caches.open(APP_CACHE);
  await Promise.all(files.map(([path, response]) => app.put(scoped(path), response)));
  const dataset = await fetch(new Request(scoped(DATASET), { cache: 'reload' }));
  if (dataset.ok) await (await caches.open(DATA_CACHE)).put(scoped(DATASET), dataset);
}

self.addEventListener('install', (event) => {
  // Only an update has a working version to keep, and its files to check before it takes over.
  event.waitUntil(self.registration.active ? update() : keepWhatIsHeld());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('passerelle-app-') && name !== APP_CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// The pages' requests on the network now, and when the last one ended.
let busy = 0;
let lastBusy = 0;

// `request` from the network, counted as busy until its whole body has arrived.
function network(request) {
  busy += 1;
  const done = () => {
    busy -= 1;
    lastBusy = Date.now();
  };
  return fetch(request).then(
    (response) => {
      response.clone().arrayBuffer().then(done, done);
      return response;
    },
    (error) => {
      done();
      throw error;
    },
  );
}

// Resolves once no request of the pages has been on the network for QUIET_MS.
async function quiet() {
  for (;;) {
    const left = busy ? QUIET_MS : lastBusy + QUIET_MS - Date.now();
    if (left <= 0) return;
    await new Promise((done) => setTimeout(done, left));
  }
}

// The files of this build not cached yet.
async function missing() {
  const cached = await Promise.all(FILES.map(([path]) => caches.match(scoped(path))));
  return FILES.filter((_, i) => !cached[i]);
}

// One file into its cache, from the HTTP cache when it holds this build's copy, else the server.
async function download(path, hash) {
  try {
    if (path === DATASET) {
      const dataset = await fetch(scoped(DATASET));
      if (!dataset.ok) return false;
      await (await caches.open(DATA_CACHE)).put(scoped(DATASET), dataset);
      return true;
    }
    const response = (await checked(path, hash, 'force-cache')) ?? (await checked(path, hash, 'reload'));
    if (!response) return false;
    await (await caches.open(APP_CACHE)).put(scoped(path), response);
    return true;
  } catch {
    return false;
  }
}

// The download of the rest under way (shared by every page that asks), and its current file.
let rest = null;
let current = null;

async function precacheRest() {
  const left = await missing();
  for (const [path, hash] of left) {
    await quiet();
    current = { address: scoped(path), done: download(path, hash) };
    const ok = await current.done;
    current = null;
    // Offline, or the server has another version now (whose worker installs it whole).
    if (!ok) return;
  }
  if (left.length) await tellPages({ type: 'offline-ready' });
}

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (event.data === 'precache') {
    rest ??= precacheRest().finally(() => {
      rest = null;
    });
    event.waitUntil(rest);
  }
  if (event.data === 'missing') {
    event.waitUntil(
      missing().then((left) => {
        if (left.length) event.source.postMessage({ type: 'offline-missing', bytes: left.reduce((n, f) => n + f[2], 0) });
      }),
    );
  }
});

// The cached copy of `request`, else the download of the rest's when it is that file, else the
// network; a page the worker does not hold (a view written out as HTML, scripts/worker.mjs) is
// the landing list when the network fails.
async function answer(request, url) {
  const options = { ignoreSearch: request.mode === 'navigate' };
  const hit = await caches.match(request, options);
  if (hit) return hit;
  if (current?.address === url.href && (await current.done)) return (await caches.match(request, options)) ?? network(request);
  if (request.mode !== 'navigate') return network(request);
  return network(request).catch(async (error) => (await caches.match(scoped('./'))) ?? Promise.reject(error));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.href.startsWith(scoped(DATASET))) {
    // The app's update check asks for the server's copy explicitly.
    if (url.searchParams.has('check')) {
      event.respondWith(network(new Request(request, { cache: 'no-store' })));
    } else {
      event.respondWith(caches.open(DATA_CACHE).then(async (data) => (await data.match(scoped(DATASET))) ?? network(request)));
    }
    return;
  }
  // Pages are precached without their query string: any view opens offline.
  event.respondWith(answer(request, url));
});
