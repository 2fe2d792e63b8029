/**
 * `bot-login login` and the two checks after the key check, against the fake: `--json` gains streamCheck and
 * keepAliveCheck, `--no-stream` skips the stream, `--require-stream` turns "not allowed" into exit 5, a hanging
 * stream is answered within 15 s, and no session token appears in any output.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { loginCommand } from '../../../../electron/cli/login.js';
import { DEFAULT_APP_KEYS } from '../../../fixtures/fake-sso/server.js';
import { loginFixtureForSuite } from '../../../support/login-fixture-for-suite.js';
import { cliAgainstFake, fakeLoginArgs, type FakeCliRun } from '../../../support/cli-against-fake.js';

const f = loginFixtureForSuite();
beforeEach(() => {
  f.fake.setStreamMode({ kind: 'normal' });
  f.fake.allowStreaming(DEFAULT_APP_KEYS.live);
});

async function cli(extra: readonly string[]): Promise<FakeCliRun> {
  const r = await cliAgainstFake(f, loginCommand, [...fakeLoginArgs(f), ...extra], { LANG: 'C' });
  for (const token of f.fake.issuedTokens()) {
    expect(r.stdout).not.toContain(token);
    expect(r.stderr).not.toContain(token);
  }
  return r;
}

interface Json {
  ok: boolean;
  verdict: string;
  streamCheck: {
    status: string;
    host: string;
    errorCode?: string;
    connectionsAvailable?: number;
    request?: string;
    whatToDo: string;
  };
  keepAliveCheck: { status: string; errorCode?: string };
}

describe('bot-login login: stream and keepAlive', () => {
  it('--json: streamCheck allowed with the host, keepAliveCheck kept', async () => {
    const r = await cli(['--json']);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.streamCheck).toMatchObject({ status: 'allowed', host: f.fake.streamHostPort, connectionsAvailable: 9 });
    expect(out.keepAliveCheck).toMatchObject({ status: 'kept' });
  });

  it('a key not enabled for streaming: not-allowed NOT_AUTHORIZED, the request to Developer Support; exit unchanged', async () => {
    f.fake.denyStreaming(DEFAULT_APP_KEYS.live);
    const plain = await cli(['--json']);
    const out = JSON.parse(plain.stdout) as Json;
    expect(out.streamCheck).toMatchObject({ status: 'not-allowed', errorCode: 'NOT_AUTHORIZED' });
    expect(out.streamCheck.request).toContain(DEFAULT_APP_KEYS.live);
    expect(out.streamCheck.request).toContain('bettor');
    expect(out.streamCheck.request).toContain('please enable the Exchange Stream API for this application key');
    expect(plain.code).not.toBe(5);
  });

  it('--require-stream: not allowed exits 5; allowed does not', async () => {
    f.fake.denyStreaming(DEFAULT_APP_KEYS.live);
    expect((await cli(['--json', '--require-stream'])).code).toBe(5);
    f.fake.allowStreaming(DEFAULT_APP_KEYS.live);
    expect((await cli(['--json', '--require-stream'])).code).not.toBe(5);
  });

  it('--no-stream: not-checked and no stream connection', async () => {
    const before = f.fake.streamConnections();
    const out = JSON.parse((await cli(['--json', '--no-stream'])).stdout) as Json;
    expect(out.streamCheck.status).toBe('not-checked');
    expect(f.fake.streamConnections()).toBe(before);
    // Beside a key that passed, what to do follows the stream's own status: it was skipped, not the key's fault.
    expect(out.verdict).toBe('works');
    expect(out.streamCheck.whatToDo).toBe('Test again without --no-stream to find out.');
    expect(out.streamCheck.whatToDo).not.toMatch(/application key/);
  });

  it('text output: both checks in words, the Developer Support way and the request', async () => {
    f.fake.denyStreaming(DEFAULT_APP_KEYS.live);
    const r = await cli([]);
    expect(r.stdout).toContain(`Streaming (${f.fake.streamHostPort}): Your key may not stream yet`);
    expect(r.stdout).toContain('Keeping the session (keepAlive): Your session can be kept alive');
    expect(r.stdout).toContain('https://support.developer.betfair.com/');
    expect(r.stdout).toContain('please enable the Exchange Stream API for this application key');
  });

  it('a stream server that hangs is answered within 15 s', async () => {
    f.fake.setStreamMode({ kind: 'hang' });
    const started = performance.now();
    const out = JSON.parse((await cli(['--json'])).stdout) as Json;
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(out.streamCheck).toMatchObject({ status: 'failed', errorCode: 'TIMEOUT' });
  }, 20_000);

  it('--help names both flags', async () => {
    const r = await cli(['--help']);
    expect(r.stdout).toContain('--no-stream');
    expect(r.stdout).toContain('--require-stream');
  });
});
