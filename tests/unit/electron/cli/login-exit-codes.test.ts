/**
 * `bot-login login` against the fake identitysso: the exit code and the answer (text and --json) for a login that
 * works, each of Betfair's failure codes, each way of getting no proper answer, the guard holding a test, and bad
 * input (exit 0 to 4; docs/verdict.md).
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLoginCommand } from '../../../../electron/cli/login.js';
import { LOGIN_STATUS_CODES, explainLoginStatus } from '../../../../shared/login-catalogue.js';
import { startFakeSso } from '../../../fixtures/fake-sso/server.js';
import { DEFAULT_TEST_PASSWORD, steppingClock } from '../../../support/login-fixture.js';
import { loginFixtureForSuite } from '../../../support/login-fixture-for-suite.js';
import { fakeLoginArgs, loginInProcess } from '../../../support/cli-against-fake.js';
import { filesUnder } from '../../../support/files-under.js';

const f = loginFixtureForSuite();

const cli = loginInProcess(f);
const base = (): string[] => fakeLoginArgs(f);

describe('bot-login login: exit codes and answers', () => {
  it('exit 0 on SUCCESS, says "test endpoint", logs out, and never shows the password', async () => {
    f.fake.setMode({ kind: 'normal' });
    const r = await cli(base());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SUCCESS: Your bot login works');
    expect(r.stdout).toContain('logged out again');
    expect(r.stderr).toMatch(/test endpoint/);
    expect(r.stdout).not.toMatch(/Session token/);
    for (const text of [r.stdout, r.stderr]) expect(text).not.toContain(DEFAULT_TEST_PASSWORD);
    for (const file of filesUnder(r.dataDir)) expect(await readFile(file, 'utf8')).not.toContain(DEFAULT_TEST_PASSWORD);
  });

  it('--json prints one object; the token only with --keep-session', async () => {
    f.fake.setMode({ kind: 'normal' });
    const plain = await cli([...base(), '--json']);
    const out = JSON.parse(plain.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      ok: true,
      verdict: 'works',
      loginStatus: 'SUCCESS',
      loggedOut: true,
      title: 'Your bot login works',
    });
    expect(out.sessionToken).toBeUndefined();
    expect(typeof out.explanation).toBe('string');
    expect(typeof out.whatToDo).toBe('string');
    expect(plain.stdout.trim().split('\n')).toHaveLength(1);
    const kept = await cli([...base(), '--json', '--keep-session']);
    const keptOut = JSON.parse(kept.stdout) as Record<string, unknown>;
    expect(keptOut.loggedOut).toBeNull();
    expect(typeof keptOut.sessionToken).toBe('string');
  });

  it('after two wrong passwords in a row holds the next login for a short wait (exit 4, in words), nothing sent; then tries; a success clears it', async () => {
    const dataDir = await f.newDataDir();
    let t = Date.parse('2026-02-01T10:00:00Z');
    const command = createLoginCommand({ now: () => new Date(t) });
    const env = { BOTLOGIN_DATA_DIR: dataDir };
    f.fake.setMode({ kind: 'status', status: 'INVALID_USERNAME_OR_PASSWORD' });
    for (let i = 0; i < 2; i += 1) {
      expect((await cli(base(), { command, env })).code).toBe(1);
      t += 2_000;
    }
    const sent = f.fake.requests().length;
    const held = await cli(base(), { command, env });
    expect(held.code).toBe(4);
    expect(held.stderr).toContain('Two wrong passwords in a row');
    expect(held.stderr).toMatch(/wait 2\d seconds/);
    expect(f.fake.requests().length).toBe(sent);
    // The wait is over: each CLI run is deliberate, so the login goes; a success ends the row.
    t += 30_000;
    f.fake.setMode({ kind: 'normal' });
    expect((await cli(base(), { command, env })).code).toBe(0);
    f.fake.setMode({ kind: 'status', status: 'INVALID_USERNAME_OR_PASSWORD' });
    t += 2_000;
    expect((await cli(base(), { command, env })).code).toBe(1);
    t += 2_000;
    expect((await cli(base(), { command, env })).code).toBe(1);
    f.fake.setMode({ kind: 'normal' });
  });

  it('exit 1 with the right title for every one of the 43 failure codes', async () => {
    const command = createLoginCommand({ now: steppingClock() });
    for (const code of LOGIN_STATUS_CODES) {
      f.fake.setMode({ kind: 'status', status: code });
      const r = await cli([...base(), '--json'], { command });
      const out = JSON.parse(r.stdout) as { ok: boolean; loginStatus: string; title: string; action?: { url: string } };
      expect(r.code, code).toBe(1);
      expect(out.ok).toBe(false);
      expect(out.loginStatus).toBe(code);
      expect(out.title).toBe(explainLoginStatus(code, 'international').title);
    }
    f.fake.setMode({ kind: 'status', status: 'CERT_AUTH_REQUIRED' });
    const text = await cli(base(), { command });
    expect(text.stdout).toContain('Betfair answered CERT_AUTH_REQUIRED: Certificate not recognised');
    expect(text.stdout).toContain('https://myaccount.betfair.com/accountdetails/mysecurity?showAPI=1');
  });

  it('exit 3 for every way of not getting a proper answer, with the fault code', async () => {
    const quick = createLoginCommand({ timeoutMs: 500, now: steppingClock() });
    const expectFault = async (env: Record<string, string | undefined>, code: string): Promise<void> => {
      const r = await cli([...base(), '--json'], { env, command: quick });
      const out = JSON.parse(r.stdout) as {
        ok: boolean;
        error: { code: string; message: string };
        title: string;
        whatToDo: string;
      };
      expect(out.error.code, code).toBe(code);
      expect(r.code, code).toBe(3);
      expect(out.title).toBeTruthy();
      expect(out.whatToDo).toBeTruthy();
    };
    f.fake.setMode({ kind: 'hang' });
    await expectFault({}, 'TIMEOUT');
    f.fake.setMode({ kind: 'http-error', status: 502 });
    await expectFault({}, 'UNEXPECTED_ANSWER');
    f.fake.setMode({ kind: 'not-json' });
    await expectFault({}, 'UNEXPECTED_ANSWER');
    f.fake.setMode({ kind: 'reject-handshake' });
    await expectFault({}, 'CLIENT_CERT_REJECTED');
    f.fake.setMode({ kind: 'normal' });
    await expectFault({ BOTLOGIN_SSO_CA: undefined }, 'SERVER_CERT_UNTRUSTED');
    const wrongHost = await startFakeSso({ serverNames: { dns: ['elsewhere.example'], ip: [] } });
    await expectFault(
      { BOTLOGIN_SSO_ORIGIN: wrongHost.origin, BOTLOGIN_SSO_CA: wrongHost.caPath },
      'SERVER_CERT_WRONG_HOST',
    );
    const closedOrigin = wrongHost.origin;
    await wrongHost.close();
    await expectFault({ BOTLOGIN_SSO_ORIGIN: closedOrigin }, 'CONNECTION_REFUSED');
    await expectFault({ BOTLOGIN_SSO_ORIGIN: closedOrigin, HTTPS_PROXY: 'http://proxy.example:8080' }, 'PROXY');
    const { createServer } = await import('node:net');
    const dropper = createServer((s) => s.destroy());
    await new Promise<void>((r) => dropper.listen(0, '127.0.0.1', () => r()));
    await expectFault(
      { BOTLOGIN_SSO_ORIGIN: `https://127.0.0.1:${(dropper.address() as { port: number }).port}` },
      'CONNECTION_RESET',
    );
    dropper.close();
    const text = await cli(base(), { env: { BOTLOGIN_SSO_ORIGIN: closedOrigin }, command: quick });
    expect(text.stderr).toContain(
      'The test login could not be completed: The connection was refused (CONNECTION_REFUSED)',
    );
    expect(text.stderr).toMatch(/What to do: /);
  });

  it('exit 4 when the guard holds the 6th test in a minute, with nothing sent', async () => {
    f.fake.setMode({ kind: 'normal' });
    const dataDir = await f.newDataDir();
    const env = { BOTLOGIN_DATA_DIR: dataDir };
    for (let i = 0; i < 5; i += 1) expect((await cli(base(), { env })).code).toBe(0);
    const count = f.fake.requests().length;
    const sixth = await cli([...base(), '--json'], { env });
    expect(sixth.code).toBe(4);
    const out = JSON.parse(sixth.stdout) as { error: { code: string }; retryAt: string };
    expect(out.error.code).toBe('GUARD_RATE_LIMITED');
    expect(Date.parse(out.retryAt)).toBeGreaterThan(Date.now());
    expect(f.fake.requests().length).toBe(count);
  });

  it('exit 4 during a ban, telling the minutes left', async () => {
    const dataDir = await f.newDataDir();
    const env = { BOTLOGIN_DATA_DIR: dataDir };
    f.fake.setMode({ kind: 'status', status: 'TEMPORARY_BAN_TOO_MANY_REQUESTS' });
    expect((await cli(base(), { env })).code).toBe(1);
    f.fake.setMode({ kind: 'normal' });
    const count = f.fake.requests().length;
    const held = await cli(base(), { env });
    expect(held.code).toBe(4);
    expect(held.stderr).toMatch(/Wait about 20 more minutes/);
    expect(f.fake.requests().length).toBe(count);
  });

  it('exit 2 for bad input: missing options, a password flag, no password, Denmark, unreadable files', async () => {
    const count = f.fake.requests().length;
    expect((await cli(['--jurisdiction', 'international'])).code).toBe(2);
    const unknownPlace = await cli(['--jurisdiction', 'xx', ...base().slice(2)]);
    expect(unknownPlace.code).toBe(2);
    expect(unknownPlace.stderr).toMatch(/international, au, it, es, ro, se, dk/);
    const flag = await cli([...base(), '--password', 'hunter2']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/not accepted on the command line/);
    expect(flag.stderr + flag.stdout).not.toContain('hunter2');
    const noPw = await cli(base(), { env: { BOTLOGIN_PASSWORD: undefined } });
    expect(noPw.code).toBe(2);
    expect(noPw.stderr).toContain('BOTLOGIN_PASSWORD');
    expect(noPw.stderr).toContain('--password-stdin');
    // Denmark is answered before any password: not asked for at a terminal, not missed without one.
    for (const interactive of [false, true]) {
      const dkFirst = await cli(['--jurisdiction', 'dk', ...base().slice(2)], {
        env: { BOTLOGIN_PASSWORD: undefined },
        interactive,
        answers: ['typed'],
      });
      expect(dkFirst.code).toBe(2);
      expect(dkFirst.stderr).toContain('Bot login is not available in Denmark');
      expect(dkFirst.stderr).not.toContain('No password');
    }
    const dk = await cli(['--jurisdiction', 'dk', ...base().slice(2), '--json']);
    expect(dk.code).toBe(2);
    expect((JSON.parse(dk.stdout) as { error: { code: string } }).error.code).toBe('BOT_LOGIN_NOT_AVAILABLE');
    const both = await cli([...base(), '--pem', f.cert.pemPath]);
    expect(both.code).toBe(2);
    const missing = await cli([
      '--jurisdiction',
      'it',
      '--pem',
      join(f.root, 'nope.pem'),
      '--app-key',
      'k',
      '--username',
      'u',
      '--json',
    ]);
    expect(missing.code).toBe(2);
    expect(f.fake.requests().length).toBe(count);
  });
});
