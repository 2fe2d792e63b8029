/**
 * The dashboard samples that keep a session are RUN, as the app shows them, against the fake identitysso posing
 * as Betfair's hosts (server certificate for those names from a test CA only these runs trust): the Node sample with
 * a preload that only redirects its TCP connections, the Python sample through the betfairlightweight stand-in.
 * Their clocks run faster (a preload / sitecustomize divides every wait by CLOCK_SPEED, recording what was asked),
 * so keepAlive "every 4 hours" comes round in a blink. The fake answers one keepAlive with NO_SESSION: the sample
 * must log in again, no sooner than 20 seconds (its own clock) after the last login, and its loop must go on
 * keeping the new session. The Node sample once never logged in again (it emitted an event nothing listened to).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEST_PASSWORD, type FakeSsoRequest } from '../../../../fixtures/fake-sso/server.js';
import { snippetsOnFakeForSuite } from '../../../../support/snippets-on-fake.js';

const HOSTS = ['identitysso-cert.betfair.com', 'identitysso.betfair.com'];
/** 4 hours become 300 ms; 20 seconds become 0.4 ms. */
const CLOCK_SPEED = 48_000;
const STAND_IN = resolve('tests/fixtures/betfairlightweight');

const live = snippetsOnFakeForSuite({
  hosts: HOSTS,
  name: 'samples-session',
  certFolder: 'certs',
  commonName: 'Session test',
  appKey: 'SessionAppKey1',
});

async function until(what: string, done: () => boolean, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!done()) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`${what}: not seen (exit ${String(child.exitCode)})\n${output()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Runs the sample until it has logged in, kept the session, met NO_SESSION, logged in again and kept the new
 * session; returns the requests it made, in order.
 */
async function followSession(child: ChildProcess): Promise<FakeSsoRequest[]> {
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const before = live.sso.requests().length;
  const mine = (): FakeSsoRequest[] => live.sso.requests().slice(before);
  const count = (path: string, answered?: string): number =>
    mine().filter((r) => r.path === path && (answered === undefined || r.answered === answered)).length;
  try {
    await until(
      'a keepAlive SUCCESS',
      () => count('/api/keepAlive', 'SUCCESS') >= 1,
      child,
      () => output,
    );
    live.sso.setKeepAliveMode({ kind: 'fail', error: 'NO_SESSION' });
    await until(
      'a second login',
      () => count('/api/certlogin') >= 2,
      child,
      () => output,
    );
    live.sso.setKeepAliveMode({ kind: 'normal' });
    const kept = count('/api/keepAlive', 'SUCCESS');
    await until(
      'the loop going on',
      () => count('/api/keepAlive', 'SUCCESS') >= kept + 2,
      child,
      () => output,
    );
  } finally {
    live.sso.setKeepAliveMode({ kind: 'normal' });
    child.kill();
  }
  return mine();
}

/** login, keepAlive SUCCESS…, NO_SESSION…, one new login, keepAlive SUCCESS… with the new session. */
function expectSessionKept(seen: readonly FakeSsoRequest[]): void {
  const steps = seen.map((r) => `${r.path} ${r.answered}`);
  const collapsed = steps.filter((s, i) => s !== steps[i - 1]);
  expect(collapsed.slice(0, 5)).toEqual([
    '/api/certlogin SUCCESS',
    '/api/keepAlive SUCCESS',
    '/api/keepAlive NO_SESSION',
    '/api/certlogin SUCCESS',
    '/api/keepAlive SUCCESS',
  ]);
  expect(seen.filter((r) => r.path === '/api/certlogin')).toHaveLength(2);
  for (const login of seen.filter((r) => r.path === '/api/certlogin')) expect(login.passwordMatched).toBe(true);
  const afterRelogin = seen.slice(seen.findLastIndex((r) => r.path === '/api/certlogin') + 1);
  for (const keep of afterRelogin.filter((r) => r.path === '/api/keepAlive' && r.answered === 'SUCCESS'))
    expect(keep.sessionMatched).toBe(true);
}

describe('samples that keep a session, run against the fake', () => {
  it('Node: keepAlive on its timer, NO_SESSION, a new login no sooner than 20 s, and the loop goes on', async () => {
    const file = join(live.work, 'bot.mjs');
    writeFileSync(file, live.code('node'));
    const waits = join(live.work, 'node-waits.txt');
    const preload = join(live.work, 'preload.cjs');
    writeFileSync(
      preload,
      [
        "const tls = require('node:tls');",
        "const fs = require('node:fs');",
        'const connect = tls.connect;',
        `const hosts = ${JSON.stringify(HOSTS)};`,
        'tls.connect = function (...args) {',
        '  const o = args[0];',
        `  if (o && typeof o === 'object' && hosts.includes(o.servername)) { o.host = '127.0.0.1'; o.port = ${live.port}; }`,
        '  return connect.apply(this, args);',
        '};',
        `const speed = ${CLOCK_SPEED};`,
        'for (const name of ["setTimeout", "setInterval"]) {',
        '  const real = globalThis[name];',
        '  globalThis[name] = (fn, ms, ...rest) => {',
        `    if (ms >= 1000) fs.appendFileSync(${JSON.stringify(waits)}, name + ' ' + ms + '\\n');`,
        '    return real(fn, (ms ?? 0) / speed, ...rest);',
        '  };',
        '}',
      ].join('\n'),
    );
    const child = spawn(process.execPath, ['--require', preload, file], {
      env: { PATH: '/usr/bin:/bin', NODE_EXTRA_CA_CERTS: live.sso.caPath, BETFAIR_PASSWORD: DEFAULT_TEST_PASSWORD },
    });
    expectSessionKept(await followSession(child));
    const asked = readFileSync(waits, 'utf8').split('\n').filter(Boolean);
    expect(asked[0]).toBe(`setInterval ${4 * 60 * 60 * 1000}`);
    // The new login waited out the 20 seconds since the first one (on the sample's own clock, less the time spent).
    const relogin = asked.find((line) => line.startsWith('setTimeout '));
    expect(Number(relogin?.split(' ')[1])).toBeGreaterThan(19_000);
    expect(Number(relogin?.split(' ')[1])).toBeLessThanOrEqual(20_000);
  }, 40_000);

  it('Python (betfairlightweight stand-in): the same, through trading.keep_alive() and KeepAliveError', async () => {
    const site = join(live.work, 'site');
    mkdirSync(site, { recursive: true });
    const waits = join(live.work, 'python-waits.txt');
    writeFileSync(
      join(site, 'sitecustomize.py'),
      [
        'import time',
        '_real_sleep = time.sleep',
        'def _sleep(seconds):',
        `    with open(${JSON.stringify(waits)}, "a") as f:`,
        '        f.write("%s\\n" % seconds)',
        `    _real_sleep(seconds / ${CLOCK_SPEED})`,
        'time.sleep = _sleep',
      ].join('\n'),
    );
    const file = join(live.work, 'bot.py');
    writeFileSync(file, live.code('betfairlightweight'));
    const child = spawn('python3', [file], {
      env: {
        PATH: process.env.PATH,
        PYTHONPATH: `${site}:${STAND_IN}`,
        BETFAIR_PASSWORD: DEFAULT_TEST_PASSWORD,
        BOTLOGIN_SSO_ORIGIN: live.sso.origin,
        BOTLOGIN_SSO_CA: live.sso.caPath,
      },
    });
    expectSessionKept(await followSession(child));
    const asked = readFileSync(waits, 'utf8').split('\n').filter(Boolean).map(Number);
    expect(asked[0]).toBe(4 * 60 * 60);
    const relogin = asked.find((s) => s < 4 * 60 * 60);
    expect(relogin).toBeGreaterThan(19);
    expect(relogin).toBeLessThanOrEqual(20);
  }, 40_000);
});
