/** Test helper: the app's handler table on the real engines, its logins sent to a fake identitysso. */
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createHandlers, type HandlerTable } from '../../electron/core/handlers/index.js';
import { openSettings } from '../../electron/core/settings/index.js';
import { startFakeSso, type FakeSso, type FakeSsoOptions } from '../fixtures/fake-sso/server.js';
import { recordingPlatform } from './fakes.js';
import { tempDir } from './temp-dir.js';

export interface RealHandlersFixture {
  readonly sso: FakeSso;
  /** A fresh data folder (settings, guard). */
  readonly dataDir: string;
  /** A fresh folder for the certificate, with a space in its name ("betfair certs"). */
  readonly certDir: string;
  /** The handler table as the app opens it at start, its settings read from dataDir; open again for a restart. */
  open(): HandlerTable;
}

/**
 * Started before a test file's first test, closed after its last. The object is filled in when the fake has started,
 * so read its fields inside tests and hooks, not at the top of the file.
 */
export function realHandlersForSuite(name: string, fakeOptions: FakeSsoOptions = {}): RealHandlersFixture {
  const fixture: Partial<RealHandlersFixture> = {};
  beforeAll(async () => {
    const sso = await startFakeSso(fakeOptions);
    const dataDir = tempDir(`${name}-data`);
    const certDir = join(tempDir(`${name}-certs`), 'betfair certs');
    const open = (): HandlerTable => {
      const { store, notice } = openSettings(dataDir);
      return createHandlers({
        platform: recordingPlatform(),
        settings: store,
        env: { BOTLOGIN_SSO_ORIGIN: sso.origin, BOTLOGIN_SSO_CA: sso.caPath },
        dataDir,
        appVersion: '0.1.0',
        settingsNotice: notice,
      });
    };
    Object.assign(fixture, { sso, dataDir, certDir, open });
  });
  afterAll(async () => {
    await fixture.sso?.close();
  });
  return fixture as RealHandlersFixture;
}
