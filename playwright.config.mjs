// End-to-end tests of the release build (dist/) in Debian's Chromium: `npx playwright test`.
// Each worker serves dist/ on 127.0.0.1 itself (tests/e2e/fixtures.mjs); tests that need a
// broken file or a second site start servers of their own.

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, VIEWPORTS } from './tests/e2e/support.mjs';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.test.mjs',
  outputDir: 'tests/e2e/artifacts/test-results',
  globalSetup: './tests/e2e/global-setup.mjs',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Flaky tests are fixed, not retried.
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    launchOptions: {
      // Playwright's own browser download is not reachable here: Debian's Chromium.
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    // Tablets in landscape by default; files and groups choose other viewports with test.use.
    ...VIEWPORTS['tablet-landscape'],
    locale: 'en-GB',
    screenshot: 'only-on-failure',
  },
  projects: [
    // What the app does, on both cores of the machine.
    { name: 'behaviour', testIgnore: 'timings.test.mjs', fullyParallel: true },
    // Figures for measurements.json, measured alone so that the other tests do not slow them.
    { name: 'timings', testMatch: 'timings.test.mjs', dependencies: ['behaviour'], workers: 1 },
  ],
  workers: 2,
});
