/**
 * "Test my login" in few round trips: the other hosts' TLS handshakes happen while the certlogin is in flight (and
 * nothing is sent on them before there is a session), the key check, keepAlive and the stream go out at once, the
 * running checks are told as they change, and BOTLOGIN_TEST_HOSTS sends each Betfair host to its own address.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runTestLogin } from '../../../../../electron/core/test-my-login/test-login.js';
import type { TestLoginDeps, TestLoginInput } from '../../../../../electron/core/login/types.js';
import type { TestProgress } from '../../../../../shared/test-progress.js';
import { DEFAULT_APP_KEYS } from '../../../../fixtures/fake-sso/server.js';
import { startLatencyRelay } from '../../../../fixtures/latency-relay.js';
import { startLoginFixture, steppingClock, type LoginFixture } from '../../../../support/login-fixture.js';
import { loadPemCredential } from '../../../../support/pem-credential.js';

let f: LoginFixture;
beforeAll(async () => {
  f = await startLoginFixture({
    serverNames: { ip: ['127.0.0.1', '127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5'] },
  });
});
afterAll(async () => {
  await f.close();
});
beforeEach(() => {
  f.fake.setMode({ kind: 'normal' });
  f.fake.setAccountsMode({ kind: 'normal' });
  f.fake.setStreamMode({ kind: 'normal' });
  f.fake.allowStreaming(DEFAULT_APP_KEYS.delayed);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function run(over: Partial<TestLoginInput> = {}, deps: Partial<TestLoginDeps> = {}) {
  return f
    .newDataDir()
    .then((dataDir) =>
      runTestLogin(
        f.input({ appKey: DEFAULT_APP_KEYS.delayed, ...over }),
        { dataDir, env: f.env, now: steppingClock(), ...deps },
        loadPemCredential,
      ),
    );
}

describe('Test my login in few round trips', () => {
  it('opens the other connections while the certlogin is in flight, and sends nothing on them before the session', async () => {
    f.fake.setMode({ kind: 'slow', ms: 3000 });
    const handshakes = f.fake.handshakes();
    const streams = f.fake.streamConnections();
    const requests = f.fake.requests().length;
    const test = run();
    try {
      // the login's, and two to the Accounts API (keepAlive rides the login's: one host here); and the stream's
      const deadline = performance.now() + 2500;
      while (f.fake.handshakes() - handshakes < 3 && performance.now() < deadline) await sleep(20);
      expect(f.fake.handshakes() - handshakes).toBe(3);
      expect(f.fake.streamConnections() - streams).toBe(1);
      expect(
        f.fake
          .requests()
          .slice(requests)
          .map((r) => r.path),
      ).toEqual([]); // the certlogin is not answered yet
    } finally {
      await test.catch(() => undefined);
    }
    const r = await test;
    expect(r.ok && r.value).toMatchObject({ success: true, appKeyCheck: { status: 'valid' }, loggedOut: true });
    expect(r.ok && r.value.streamCheck?.status).toBe('allowed');
    // no more connections than were opened ahead
    expect(f.fake.handshakes() - handshakes).toBe(3);
    expect(f.fake.streamConnections() - streams).toBe(1);
  });

  it('a failed login sends nothing on the connections opened ahead, and closes them', async () => {
    f.fake.setMode({ kind: 'status', status: 'INVALID_USERNAME_OR_PASSWORD' });
    const requests = f.fake.requests().length;
    const r = await run();
    expect(r.ok && r.value.success).toBe(false);
    expect(
      f.fake
        .requests()
        .slice(requests)
        .map((q) => q.path),
    ).toEqual(['/api/certlogin']);
    expect(f.fake.openSessions()).toBe(0);
  });

  it('the key check and the stream run at the same time: a slow Accounts API and a silent stream cost one wait', async () => {
    f.fake.setAccountsMode({ kind: 'slow', ms: 3000 });
    f.fake.setStreamMode({ kind: 'hang' });
    const started = performance.now();
    const r = await run({}, { timeoutMs: 2000, streamTimeoutMs: 2000 });
    const elapsed = performance.now() - started;
    // each still answers for itself: neither cancels nor hides the other
    expect(r.ok && r.value.appKeyCheck).toMatchObject({ status: 'not-checked', code: 'TIMEOUT' });
    expect(r.ok && r.value.keepAliveCheck).toEqual({ status: 'kept' });
    expect(r.ok && r.value.loggedOut).toBe(true);
    expect(elapsed).toBeLessThan(3500); // one after the other would take at least 4000 ms
  });

  it('tells which checks are still running: the login, then the three at once, then the logout, then none', async () => {
    const seen: TestProgress[] = [];
    const r = await run({}, { onProgress: (p) => seen.push(p) });
    expect(r.ok).toBe(true);
    const lists = seen.map((p) => p.running.join(' '));
    expect(lists[0]).toBe('login');
    expect(lists).toContain('appKeys keepAlive stream');
    expect(lists.at(-2)).toBe('logout');
    expect(lists.at(-1)).toBe('');
  });

  it('a progress listener that throws changes nothing', async () => {
    const r = await run(
      {},
      {
        onProgress: () => {
          throw new Error('listener broke');
        },
      },
    );
    expect(r.ok && r.value).toMatchObject({ success: true, loggedOut: true });
  });
});

describe('BOTLOGIN_TEST_HOSTS: each Betfair host on its own loopback address', () => {
  it("every call reaches its own host's address: one connection each, two to the Accounts API", async () => {
    const port = Number(new URL(f.fake.origin).port);
    const streamPort = Number(f.fake.streamHostPort.split(':')[1]);
    const hosts = [
      'identitysso-cert.betfair.com',
      'identitysso.betfair.com',
      'api.betfair.com',
      'stream-api.betfair.com',
    ];
    const relays = await Promise.all(
      hosts.map((h, i) =>
        startLatencyRelay(
          `127.0.0.${i + 2}`,
          { host: '127.0.0.1', port: h.startsWith('stream') ? streamPort : port },
          0,
        ),
      ),
    );
    try {
      const env = {
        BOTLOGIN_TEST_HOSTS: hosts.map((h, i) => `${h}=${relays[i]?.hostPort ?? ''}`).join(','),
        BOTLOGIN_SSO_CA: f.fake.caPath,
      };
      const r = await run({}, { env });
      expect(r.ok && r.value).toMatchObject({ success: true, testEndpoint: true, appKeyCheck: { status: 'valid' } });
      expect(r.ok && r.value.streamCheck).toMatchObject({ status: 'allowed', host: relays[3]?.hostPort });
      expect(relays.map((x) => x.connections())).toEqual([1, 1, 2, 1]);
    } finally {
      await Promise.all(relays.map((x) => x.close()));
    }
  });
});
