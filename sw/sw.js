// Passerelle's service worker. scripts/postbuild.mjs writes the list of files of this build and
// a version derived from their content in place of the two placeholders below.
//
// - Install: precache every file of the build, so the app starts and works with no network.
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

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const app = await caches.open(APP_CACHE);
      await app.addAll(FILES.filter((f) => f !== DATASET).map((f) => new Request(scoped(f), { cache: 'reload' })));
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
