// Starts a page of Passerelle. scripts/postbuild.mjs writes one per page, with the page's JS
// glue and WebAssembly in place of the two placeholders below, in place of Trunk's inline start
// script (the Content Security Policy allows no inline script).
//
// When the glue or the wasm fails to load or to start (a broken deploy, a corrupt download),
// the page shows its #fatal screen instead of "Passerelle…" for ever. Its Reload fetches the
// app afresh: past the HTTP cache, and past a service worker that serves a version that does
// not start (a newer waiting version takes over; otherwise the worker is removed, when online).

const GLUE = './__GLUE__';
const WASM = './__WASM__';

function fatal(error) {
  const screen = document.getElementById('fatal');
  // Already shown by the app's panic hook, with its detail.
  if (!screen || !screen.hidden) return;
  document.getElementById('fatal-detail').textContent = String((error && error.stack) || error);
  screen.hidden = false;
  document.getElementById('app').hidden = true;
}

async function takeOver(worker) {
  if (worker.state !== 'installed') {
    await new Promise((done) => worker.addEventListener('statechange', () => worker.state === 'installed' && done()));
  }
  const changed = new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done));
  worker.postMessage('skip-waiting');
  await changed;
}

async function reloadAfresh(event) {
  event.preventDefault();
  try {
    await Promise.all([GLUE, WASM].map((file) => fetch(file, { cache: 'reload' })));
    const registration = navigator.serviceWorker && (await navigator.serviceWorker.getRegistration());
    if (registration && navigator.onLine) {
      await registration.update().catch(() => {});
      const next = registration.installing || registration.waiting;
      if (next) {
        await takeOver(next);
      } else {
        await registration.unregister();
        for (const name of await caches.keys()) if (name.startsWith('passerelle-app-')) await caches.delete(name);
      }
    }
  } finally {
    location.reload();
  }
}

document.getElementById('fatal-reload')?.addEventListener('click', reloadAfresh);

try {
  const bindings = await import(GLUE);
  const wasm = await bindings.default({ module_or_path: WASM });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  fatal(error);
}
