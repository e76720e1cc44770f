// The Playwright test with Passerelle's fixtures: dist/ served on 127.0.0.1 for each worker,
// page objects, a check that no page logged an error, and helpers for a second device and for
// servers with overrides.

import { test as base, expect } from '@playwright/test';
import { serve, dist, VIEWPORTS } from './support.mjs';
import { App } from './pages/app.mjs';
import { CityList } from './pages/list.mjs';
import { Profile } from './pages/profile.mjs';
import { Matrix } from './pages/matrix.mjs';
import { Match } from './pages/match.mjs';
import { ProposalList, Editor } from './pages/proposals.mjs';
import { CollaborationMap } from './pages/map.mjs';
import { Memberships } from './pages/memberships.mjs';
import { EmbedCode } from './pages/embed.mjs';

/** Uncaught errors and console errors of every page a test opens. */
class ErrorLog {
  constructor() {
    this.seen = [];
    this.allowed = [];
    this.stopped = false;
  }

  watch(context) {
    const note = (text) => this.stopped || this.seen.push(text);
    context.on('weberror', (e) => note(`uncaught: ${e.error()}`));
    context.on('console', (m) => m.type() === 'error' && note(`console: ${m.text()}`));
  }

  /**
   * The test is over: what pages do while the browser closes them (storage and fetches cut off
   * half-way) is not its behaviour.
   */
  stop() {
    this.stopped = true;
  }

  /** Errors a test provokes on purpose (a server taken away, a missing file). */
  allow(pattern) {
    this.allowed.push(pattern);
  }

  unexpected() {
    return this.seen.filter((e) => !this.allowed.some((p) => p.test(e)));
  }
}

export const test = base.extend({
  /** dist/ on 127.0.0.1, one server per worker, stopped with it. */
  server: [
    async ({}, use) => {
      const server = await serve();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server.url),

  errors: [
    async ({}, use) => {
      const log = new ErrorLog();
      await use(log);
      expect(log.unexpected(), 'no page logged an error').toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, errors }, use) => {
    errors.watch(context);
    await use(context);
    errors.stop();
  },

  /** Another person or device: a fresh browser profile on `device`, closed after the test. */
  newUser: async ({ browser, errors, baseURL, locale }, use) => {
    const contexts = [];
    await use(async (device = 'tablet-landscape', options = {}) => {
      const context = await browser.newContext({ ...VIEWPORTS[device], locale, baseURL, ...options });
      errors.watch(context);
      contexts.push(context);
      return context.newPage();
    });
    errors.stop();
    for (const context of contexts) await context.close();
  },

  /** A server of its own for the test (`root`, with `overrides`), stopped after it. */
  serveWith: async ({}, use) => {
    const servers = [];
    await use(async (root = dist, overrides = {}) => {
      const server = await serve(root, overrides);
      servers.push(server);
      return server;
    });
    for (const server of servers) await server.close();
  },

  app: async ({ page, locale }, use) => use(new App(page, locale.slice(0, 2))),
  list: async ({ page, locale }, use) => use(new CityList(page, locale.slice(0, 2))),
  profile: async ({ page }, use) => use(new Profile(page)),
  matrix: async ({ page, locale }, use) => use(new Matrix(page, locale.slice(0, 2))),
  match: async ({ page, locale }, use) => use(new Match(page, locale.slice(0, 2))),
  proposals: async ({ page }, use) => use(new ProposalList(page)),
  editor: async ({ page }, use) => use(new Editor(page)),
  map: async ({ page, locale }, use) => use(new CollaborationMap(page, locale.slice(0, 2))),
  memberships: async ({ page }, use) => use(new Memberships(page)),
  embedCode: async ({ page }, use) => use(new EmbedCode(page)),
});

export { expect };
export { VIEWPORTS };

/** Runs the tests declared in `body` on a device ("phone", "tablet-portrait"…). */
export function onDevice(device, body) {
  test.describe(`on ${device}`, () => {
    test.use(VIEWPORTS[device]);
    body();
  });
}
