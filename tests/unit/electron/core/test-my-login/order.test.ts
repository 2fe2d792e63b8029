/**
 * "Test my login" as one orchestration: on one session, login -> (key check, keepAlive once, stream) at once ->
 * logout. The stream request carries the key given and the test session; keepAlive's answers are reported; the
 * stream's answer counts only for a key that passed the key check, and nothing is dialled with checkStream:false
 * (--no-stream) or without a key.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { runTestLogin } from '../../../../../electron/core/test-my-login/test-login.js';
import type { TestLoginInput } from '../../../../../electron/core/login/types.js';
import { DEFAULT_APP_KEYS } from '../../../../fixtures/fake-sso/server.js';
import { steppingClock } from '../../../../support/login-fixture.js';
import { loginFixtureForSuite } from '../../../../support/login-fixture-for-suite.js';
import { loadPemCredential } from '../../../../support/pem-credential.js';

const f = loginFixtureForSuite();
beforeEach(() => {
  f.fake.setStreamMode({ kind: 'normal' });
  f.fake.setKeepAliveMode({ kind: 'normal' });
  f.fake.allowStreaming(DEFAULT_APP_KEYS.delayed);
});

async function run(over: Partial<TestLoginInput> = {}) {
  const before = f.fake.requests().length;
  const r = await runTestLogin(
    f.input({ appKey: DEFAULT_APP_KEYS.delayed, ...over }),
    { dataDir: await f.newDataDir(), env: f.env, now: steppingClock() },
    loadPemCredential,
  );
  if (!r.ok) throw new Error(`login failed: ${r.error.code}`);
  return { report: r.value, sent: f.fake.requests().slice(before) };
}

describe('Test my login: order and the two checks', () => {
  it('login, then key check, keepAlive once and stream with the key and the session at once, then logout', async () => {
    const { report, sent } = await run();
    expect(sent[0]?.path).toBe('/api/certlogin');
    expect(sent.at(-1)?.path).toBe('/api/logout');
    expect(
      sent
        .slice(1, -1)
        .map((r) => r.path)
        .sort(),
    ).toEqual(['(stream)', '/api/keepAlive', '/exchange/account/json-rpc/v1', '/exchange/account/json-rpc/v1']);
    const keepAlive = sent.filter((r) => r.path === '/api/keepAlive');
    expect(keepAlive).toHaveLength(1);
    expect(keepAlive[0]).toMatchObject({ sessionMatched: true, answered: 'SUCCESS' });
    expect(keepAlive[0]?.headers['x-application']).toBe(DEFAULT_APP_KEYS.delayed);
    const stream = sent.find((r) => r.path === '(stream)');
    // the key typed, and the session of this very test (the fake knows it as bettor's open session)
    expect(stream).toMatchObject({ appKey: DEFAULT_APP_KEYS.delayed, sessionMatched: true, username: 'bettor' });
    expect(report.appKeyCheck?.status).toBe('valid');
    expect(report.keepAliveCheck).toEqual({ status: 'kept' });
    expect(report.streamCheck).toEqual({ status: 'allowed', host: f.fake.streamHostPort, connectionsAvailable: 9 });
    expect(report.loggedOut).toBe(true);
    expect(f.fake.openSessions()).toBe(0);
    expect(JSON.stringify(report)).not.toContain(f.fake.issuedTokens().at(-1));
  });

  it('a key not enabled for streaming: not-allowed NOT_AUTHORIZED, the login and the key still pass', async () => {
    f.fake.denyStreaming(DEFAULT_APP_KEYS.delayed);
    const { report } = await run();
    expect(report.success).toBe(true);
    expect(report.appKeyCheck?.status).toBe('valid');
    expect(report.streamCheck).toEqual({
      status: 'not-allowed',
      host: f.fake.streamHostPort,
      errorCode: 'NOT_AUTHORIZED',
    });
    expect(report.loggedOut).toBe(true);
  });

  it('checkStream:false (--no-stream): not-checked, no stream connection', async () => {
    const connections = f.fake.streamConnections();
    const { report, sent } = await run({ checkStream: false });
    expect(report.streamCheck).toEqual({ status: 'not-checked', host: f.fake.streamHostPort });
    expect(sent.some((r) => r.path === '(stream)')).toBe(false);
    expect(f.fake.streamConnections()).toBe(connections);
  });

  it("a refused key: the stream's answer (asked at the same time) is not reported; keepAlive still is", async () => {
    const { report, sent } = await run({ appKey: 'NotAKeyOfAnyone1' });
    expect(report.appKeyCheck?.status).toBe('refused');
    expect(report.streamCheck?.status).toBe('not-checked');
    expect(sent.filter((r) => r.path === '/api/keepAlive')).toHaveLength(1);
    expect(report.keepAliveCheck).toEqual({ status: 'kept' });
  });

  it('no key given: nothing is dialled for the stream', async () => {
    const connections = f.fake.streamConnections();
    const { report, sent } = await run({ appKey: '' });
    expect(report.streamCheck).toEqual({ status: 'not-checked', host: f.fake.streamHostPort });
    expect(sent.some((r) => r.path === '(stream)')).toBe(false);
    expect(f.fake.streamConnections()).toBe(connections);
  });

  it('a stream that hangs does not hold the logout back beyond the deadline', async () => {
    f.fake.setStreamMode({ kind: 'hang' });
    const r = await runTestLogin(
      f.input({ appKey: DEFAULT_APP_KEYS.delayed }),
      { dataDir: await f.newDataDir(), env: f.env, now: steppingClock(), streamTimeoutMs: 300 },
      loadPemCredential,
    );
    expect(r.ok && r.value.streamCheck).toMatchObject({ status: 'failed', errorCode: 'TIMEOUT' });
    expect(r.ok && r.value.loggedOut).toBe(true);
  });

  it('a failed login runs neither check', async () => {
    f.fake.setMode({ kind: 'status', status: 'INVALID_USERNAME_OR_PASSWORD' });
    try {
      const { report, sent } = await run();
      expect(report.streamCheck).toBeNull();
      expect(report.keepAliveCheck).toBeNull();
      expect(sent.map((r) => r.path)).toEqual(['/api/certlogin']);
    } finally {
      f.fake.setMode({ kind: 'normal' });
    }
  });
});

describe('keepAlive: every answer reported', () => {
  it.each(['NO_SESSION', 'INPUT_VALIDATION_ERROR', 'INTERNAL_ERROR'])('FAIL %s', async (error) => {
    f.fake.setKeepAliveMode({ kind: 'fail', error });
    const { report } = await run();
    expect(report.keepAliveCheck).toEqual({ status: 'failed', errorCode: error });
    expect(report.loggedOut).toBe(true);
  });

  it('an answer that is not JSON: failed, UNEXPECTED_ANSWER', async () => {
    f.fake.setKeepAliveMode({ kind: 'not-json' });
    const { report } = await run();
    expect(report.keepAliveCheck).toEqual({ status: 'failed', errorCode: 'UNEXPECTED_ANSWER' });
  });

  it('checkKeepAlive:false: not-checked and not called', async () => {
    const { report, sent } = await run({ checkKeepAlive: false });
    expect(report.keepAliveCheck).toEqual({ status: 'not-checked' });
    expect(sent.some((r) => r.path === '/api/keepAlive')).toBe(false);
  });
});
