/**
 * The e2e fixture: each test gets its own harness (port 0, in-process) with a temp BOTLOGIN_DATA_DIR
 * and BOTLOGIN_CERT_DIR and a fake identitysso, and a `page` already on the wizard's first screen.
 * On failure it keeps a screenshot and the harness log (request names and result codes only: the
 * harness never logs inputs, so no password ends up in test-results).
 */
// The specs compute expected words with the shared catalogues in Node: every part of the words in `text`.
import '../../shared/i18n/all-words.js';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Env } from '../../electron/core/data-dir.js';
import { settingsFilePath } from '../../electron/core/settings/index.js';
import type { FakeSso } from '../fixtures/fake-sso/server.js';
import { startHarness, type Harness } from '../harness/server.js';

export interface HarnessSetup {
  /** Start the fake identitysso (default true). */
  readonly fakeSso: boolean;
  /** Trust the fake identitysso's CA (default true); false tests the "untrusted server" fault. */
  readonly trustFakeSsoCa: boolean;
  /** More environment for the handlers. */
  readonly env: Env;
  /** The fake keeps one certificate per account: an upload replaces the old one (renewal tests). */
  readonly oneCertificate?: boolean;
  /** When set, written as the settings file before the harness starts (e.g. a damaged one). */
  readonly settingsFile?: string;
}

interface Fixtures {
  harnessSetup: HarnessSetup;
  harness: Harness;
  sso: FakeSso;
}

export const test = base.extend<Fixtures>({
  harnessSetup: [{ fakeSso: true, trustFakeSsoCa: true, env: {} }, { option: true }],

  harness: async ({ harnessSetup }, use, testInfo) => {
    const root = await mkdtemp(join(tmpdir(), 'botlogin-e2e-'));
    const dataDir = join(root, 'data');
    const certDir = join(root, 'certs');
    const lines: string[] = [];
    if (harnessSetup.settingsFile !== undefined) {
      await mkdir(dataDir, { recursive: true });
      await writeFile(settingsFilePath(dataDir), harnessSetup.settingsFile);
    }
    const harness = await startHarness({
      port: 0,
      // Only what the handlers need: a developer's own BOTLOGIN_* settings must not leak in.
      env: { HOME: root, BOTLOGIN_DATA_DIR: dataDir, BOTLOGIN_CERT_DIR: certDir, ...harnessSetup.env },
      fakeSso: harnessSetup.fakeSso,
      trustFakeSsoCa: harnessSetup.trustFakeSsoCa,
      oneCertificate: harnessSetup.oneCertificate === true,
      log: (line) => lines.push(`${new Date().toISOString()} ${line}`),
    });
    try {
      await use(harness);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus) {
        const logPath = testInfo.outputPath('harness.log');
        await writeFile(logPath, lines.join('\n') + '\n');
        await testInfo.attach('harness.log', { path: logPath, contentType: 'text/plain' });
      }
      await harness.close();
      await rm(root, { recursive: true, force: true });
    }
  },

  sso: async ({ harness }, use) => {
    if (!harness.sso) throw new Error('This test needs the fake identitysso (harnessSetup.fakeSso).');
    await use(harness.sso);
  },

  page: async ({ page, harness }, use, testInfo) => {
    // Every test also checks that the page threw nothing and broke no rule of its CSP.
    const problems: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => problems.push(`uncaught error in the page: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
    await page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) => window.__reportCspViolation(e.violatedDirective + ' ' + e.blockedURI));`,
    });
    await page.goto(harness.url);
    await use(page);
    if (testInfo.status !== testInfo.expectedStatus) {
      const shot = testInfo.outputPath('failure.png');
      await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
      await testInfo.attach('failure.png', { path: shot, contentType: 'image/png' }).catch(() => undefined);
      const text = [...problems, ...consoleErrors.map((t) => `console: ${t}`)].join('\n');
      if (text) await testInfo.attach('page-errors.txt', { body: text, contentType: 'text/plain' });
    } else if (problems.length > 0) {
      throw new Error(`The page reported problems:\n${problems.join('\n')}`);
    }
  },
});

export { expect };
