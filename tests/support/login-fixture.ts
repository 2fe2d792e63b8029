/**
 * Shared setup for the login tests and benches: a fake identitysso, an openssl-made client certificate, a fresh data
 * folder. Free of vitest, so the benches (plain Node) use it too; loginFixtureForSuite (login-fixture-for-suite.ts)
 * ties it to a test file's hooks.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startFakeSso,
  DEFAULT_APP_KEYS,
  DEFAULT_TEST_PASSWORD,
  DEFAULT_TEST_USERNAME,
  type FakeSso,
  type FakeSsoOptions,
} from '../fixtures/fake-sso/server.js';
import { makeClientCertificate, type TestClientCertificate } from '../fixtures/fake-sso/client-cert.js';
import type { TestLoginInput } from '../../electron/core/login/types.js';

export { DEFAULT_APP_KEYS, DEFAULT_TEST_PASSWORD, DEFAULT_TEST_USERNAME };

export interface LoginFixture {
  readonly fake: FakeSso;
  readonly cert: TestClientCertificate;
  readonly root: string;
  /** The fake's default account: the username and password it accepts. */
  readonly credentials: { readonly username: string; readonly password: string };
  /** A fresh, empty data folder. */
  newDataDir(): Promise<string>;
  /** Env pointing the login at the fake (BOTLOGIN_SSO_ORIGIN + BOTLOGIN_SSO_CA + BOTLOGIN_STREAM_ORIGIN). */
  readonly env: Readonly<Record<string, string>>;
  input(over?: Partial<TestLoginInput>): TestLoginInput;
  close(): Promise<void>;
}

export async function startLoginFixture(opts: FakeSsoOptions = {}): Promise<LoginFixture> {
  const root = await mkdtemp(join(tmpdir(), 'login-test-'));
  const [fake, cert] = await Promise.all([startFakeSso(opts), makeClientCertificate(root)]);
  fake.registerCertificate(cert.certPem);
  let n = 0;
  return {
    fake,
    cert,
    root,
    credentials: { username: DEFAULT_TEST_USERNAME, password: DEFAULT_TEST_PASSWORD },
    async newDataDir() {
      n += 1;
      return join(root, `data-${n}`);
    },
    env: {
      BOTLOGIN_SSO_ORIGIN: fake.origin,
      BOTLOGIN_SSO_CA: fake.caPath,
      BOTLOGIN_STREAM_ORIGIN: fake.streamHostPort,
    },
    input(over = {}) {
      return {
        jurisdiction: 'international',
        source: { kind: 'pair', certificatePath: cert.certPath, keyPath: cert.keyPath },
        appKey: 'test-app-key',
        username: DEFAULT_TEST_USERNAME,
        password: DEFAULT_TEST_PASSWORD,
        ...over,
      };
    },
    async close() {
      await fake.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** The default account's application keys, as getDeveloperAppKeys lists them and the reports carry them. */
export const DEFAULT_ACCOUNT_KEYS = [
  {
    appName: 'My betting bot',
    applicationKey: DEFAULT_APP_KEYS.delayed,
    version: '1.0-DELAY',
    delayed: true,
    active: true,
  },
  { appName: 'My betting bot', applicationKey: DEFAULT_APP_KEYS.live, version: '1.0', delayed: false, active: true },
] as const;

/** A clock that moves on by `stepMs` at each call (keeps the guard's per-minute limit out of the way). */
export function steppingClock(stepMs = 61_000, start = Date.parse('2026-01-01T10:00:00Z')): () => Date {
  let t = start;
  return () => {
    t += stepMs;
    return new Date(t);
  };
}
