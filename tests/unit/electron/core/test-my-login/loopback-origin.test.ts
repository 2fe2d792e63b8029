/**
 * Test origins reach this computer only, and never through a name server: https://[::1]:PORT really connects
 * (the brackets do not reach the resolver), https://localhost:PORT goes to 127.0.0.1 without dns.lookup being
 * asked, and https://localhost.:PORT (a name a resolver answers) is refused before the password is read.
 */
import dns from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../../electron/cli/command.js';
import { loginCommand } from '../../../../../electron/cli/login.js';
import { runTestLogin } from '../../../../../electron/core/test-my-login/index.js';
import { loadClientCredential } from '../../../../../electron/core/certificates/index.js';
import { DEFAULT_TEST_PASSWORD, startLoginFixture, type LoginFixture } from '../../../../support/login-fixture.js';

let v4: LoginFixture;
let v6: LoginFixture;
beforeAll(async () => {
  [v4, v6] = await Promise.all([
    startLoginFixture(),
    startLoginFixture({ host: '::1', serverNames: { dns: ['localhost'], ip: ['::1'] } }),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([v4.close(), v6.close()]);
});

describe('loopback test origins', () => {
  it('https://[::1]:PORT connects and logs in', async () => {
    expect(v6.fake.origin).toMatch(/^https:\/\/\[::1\]:\d+$/);
    const result = await runTestLogin(
      v6.input({ appKey: '' }),
      { dataDir: await v6.newDataDir(), env: v6.env },
      loadClientCredential,
    );
    expect(result.ok && result.value.loginStatus, JSON.stringify(result)).toBe('SUCCESS');
  });

  it('https://localhost:PORT goes to 127.0.0.1 without asking the resolver', async () => {
    const asked: string[] = [];
    const real = dns.lookup;
    dns.lookup = ((hostname: string, ...rest: unknown[]) => {
      asked.push(hostname);
      return (real as (...a: unknown[]) => unknown)(hostname, ...rest);
    }) as typeof dns.lookup;
    try {
      const port = new URL(v4.fake.origin).port;
      const env = { ...v4.env, BOTLOGIN_SSO_ORIGIN: `https://localhost:${port}` };
      const result = await runTestLogin(
        v4.input({ appKey: '' }),
        { dataDir: await v4.newDataDir(), env },
        loadClientCredential,
      );
      expect(result.ok && result.value.loginStatus, JSON.stringify(result)).toBe('SUCCESS');
    } finally {
      dns.lookup = real;
    }
    expect(asked).toEqual([]);
  });

  it('https://localhost.:PORT is refused before the password is read or anything is sent (CLI, exit 2)', async () => {
    const port = new URL(v4.fake.origin).port;
    const before = v4.fake.requests().length;
    const asked: string[] = [];
    let stderr = '';
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      env: { BOTLOGIN_DATA_DIR: await v4.newDataDir(), ...v4.env, BOTLOGIN_SSO_ORIGIN: `https://localhost.:${port}` },
      interactive: true,
      promptHidden: async (q) => {
        asked.push(q);
        return DEFAULT_TEST_PASSWORD;
      },
    };
    const args = ['--jurisdiction', 'international', '--pem', v4.cert.keyPath, '--username', 'bettor'];
    expect(await loginCommand.run(args, io)).toBe(2);
    expect(stderr).toMatch(/TEST_ENDPOINT_NOT_LOCAL/);
    expect(asked).toEqual([]);
    expect(v4.fake.requests().length).toBe(before);
  });
});
