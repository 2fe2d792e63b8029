/**
 * Browser tests: the real renderer (dist/renderer) in Chromium through the harness (tests/harness),
 * wired to the real handler table and a fake identitysso. `npm test` builds first.
 *   chromium  tests/e2e/**\/*.spec.ts
 *   electron  tests/electron/**\/*.spec.ts (skips itself where no Electron binary can run)
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium-launch.js';

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results',
  globalSetup: './e2e/global-setup.ts',
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    screenshot: 'only-on-failure',
    trace: 'off',
    video: 'off',
  },
  projects: [
    {
      name: 'chromium',
      testMatch: 'e2e/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        viewport: { width: 900, height: 700 },
        launchOptions: chromiumLaunchOptions(),
      },
    },
    {
      name: 'electron',
      testMatch: 'electron/**/*.spec.ts',
    },
  ],
});
