// Passerelle's service worker. scripts/postbuild.mjs writes the list of files of this build
// (each with the start of its SHA-256) and a version derived from their content in place of the
// two placeholders below.
//
// - Install: fetch every file of the build and check it before precaching any, so the app
//   starts and works with no network: each file must be the one built (a truncated script or a
//   corrupt wasm from a broken deploy is not), and each wasm must compile. A version that fails
//   is not installed: the working one stays, and the pages are told ("update-failed").
// - A new version installs in the background and waits; the page tells the user, who reloads
//   when ready (never forced mid-edit): the page posts "skip-waiting".
// - The dataset lives in its own cache, so an update found at run time (unpacked whole by the app)
//   survives until the next build replaces it.

const VERSION = '__VERSION__';
const FILES = __FILES__;
const APP_CACHE = `passerelle-app-${VERSION}`;
const DATA_CACHE = 'passerelle-data';
const DATASET = 'data/dataset.bin';

const scoped = (path) => new URL(path, self.registration.scope).href;

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The response for `path`, once it is the file of this build (and, for a wasm, compiles). */
async function checked(path, hash) {
  const response = await fetch(new Request(scoped(path), { cache: 'reload' }));
  if (!response.ok) throw new Error(`${path}: the server answered ${response.status}`);
  const bytes = await response.clone().arrayBuffer();
  if (hex(await crypto.subtle.digest('SHA-256', bytes)).slice(0, hash.length) !== hash) {
    throw new Error(`${path}: not the file of this version`);
  }
  if (path.endsWith('.wasm')) await WebAssembly.compile(bytes);
  return response;
}

async function tellPages(message) {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })) {
    client.postMessage(message);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      let files;
      try {
        files = await Promise.all(FILES.filter(([f]) => f !== DATASET).map(async ([f, hash]) => [f, await checked(f, hash)]));
      } catch (error) {
        // Only an update has a working version to keep; its pages say so.
        if (self.registration.active) await tellPages({ type: 'update-failed', detail: String(error) });
        throw error;
      }
      const app = await caches.open(APP_CACHE);
      await Promise.all(files.map(([f, response]) => app.put(scoped(f), response)));
      const data = await caches.open(DATA_CACHE);
      const dataset = await fetch(new Request(scoped(DATASET), { cache: 'reload' }));
      if (dataset.ok) await data.put(scoped(DATASET), dataset);
    })(),
  );
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

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.href.startsWith(scoped(DATASET))) {
    // The app's update check asks for the server's copy explicitly.
    if (url.searchParams.has('check')) {
      event.respondWith(fetch(request, { cache: 'no-store' }));
    } else {
      event.respondWith(
        caches.open(DATA_CACHE).then(async (data) => (await data.match(scoped(DATASET))) ?? fetch(request)),
      );
    }
    return;
  }
  // Pages are precached without their query string: any view opens offline.
  event.respondWith(
    caches.match(request, { ignoreSearch: request.mode === 'navigate' }).then((hit) => hit ?? fetch(request)),
  );
});
