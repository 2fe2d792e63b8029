/**
 * The kit checks against what a hostile environment or server can do (issue 26): the test switch
 * BOTLOGIN_SSO_ORIGIN is obeyed only for exactly https://127.0.0.1:PORT or https://[::1]:PORT (no user info, no
 * path, a port), so https://127.0.0.1:1@127.0.0.2:PORT never sends the password to 127.0.0.2; and server text
 * (a loginStatus with escape codes and direction overrides) is printed without its control and bidi characters.
 * Python, Node and Java run for real; Program.cs is checked as text (no .NET SDK here unless `dotnet` is found).
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIT_TEST_ORIGIN_RULE, SERVER_TEXT_UNSAFE } from '../../../../../electron/core/samples/hosts.js';
import type { BotFramework } from '../../../../../shared/bot-kit.js';
import { DEFAULT_APP_KEYS, DEFAULT_TEST_PASSWORD } from '../../../../fixtures/fake-sso/server.js';
import { loginFixtureForSuite } from '../../../../support/login-fixture-for-suite.js';
import { pemsOf, writeKit, type KitPems } from '../../../../support/test-kit.js';

const run = promisify(execFile);
const KIT_PASSWORD = 'kit Password 42!';
const hasJava = spawnSync('javac', ['-version'], { stdio: 'ignore' }).status === 0;

const f = loginFixtureForSuite();
let pems: KitPems;
/** A TCP listener on 127.0.0.2: a redirected check would connect here. */
let trap: Server;
let trapPort = 0;
let trapConnections = 0;
const kits = new Map<BotFramework, string>();
let javaClasses = '';

async function kit(framework: BotFramework): Promise<string> {
  const parent = join(f.root, framework);
  mkdirSync(parent);
  return writeKit(pems, { parentDir: parent, framework, kitPassword: KIT_PASSWORD });
}

beforeAll(async () => {
  pems = pemsOf(f.cert);
  trap = createServer((socket) => {
    trapConnections += 1;
    socket.destroy();
  });
  await new Promise<void>((done) => trap.listen(0, '127.0.0.2', done));
  trapPort = (trap.address() as { port: number }).port;
  for (const framework of ['betfairlightweight', 'node', 'java', 'dotnet'] as const)
    kits.set(framework, await kit(framework));
  if (hasJava) {
    javaClasses = join(f.root, 'classes');
    mkdirSync(javaClasses);
    await run('javac', ['-d', javaClasses, join(kits.get('java') ?? '', 'CheckLogin.java')]);
  }
}, 60_000);

afterAll(async () => {
  await new Promise<void>((done) => trap.close(() => done()));
});

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs one framework's check with only these variables (plus PATH), never throwing. */
async function check(framework: 'betfairlightweight' | 'node' | 'java', extra: NodeJS.ProcessEnv): Promise<Outcome> {
  const dir = kits.get(framework) ?? '';
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: f.root,
    LANG: 'C.UTF-8',
    BOTLOGIN_SSO_CA: f.fake.caPath,
    BETFAIR_PASSWORD: DEFAULT_TEST_PASSWORD,
    BETFAIR_APP_KEY: DEFAULT_APP_KEYS.delayed,
    BETFAIR_KEYSTORE_PASSWORD: KIT_PASSWORD,
    ...extra,
  };
  const [command, args] =
    framework === 'betfairlightweight'
      ? ['python3', ['check_login.py']]
      : framework === 'node'
        ? [process.execPath, ['check-login.mjs']]
        : ['java', ['-cp', javaClasses, 'CheckLogin']];
  try {
    const { stdout, stderr } = await run(command, args, { cwd: dir, env, timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const REFUSED = (port: number): string[] => [
  'https://127.0.0.1:1@127.0.0.2:8443',
  `https://127.0.0.1:1@127.0.0.2:${port}`,
  `https://127.0.0.1:${port}@127.0.0.2:${port}`,
  `https://user@127.0.0.1:${port}`,
  `https://127.0.0.2:${port}`,
  `https://127.0.0.10:${port}`,
  `https://localhost:${port}`,
  `http://127.0.0.1:${port}`,
  `https://127.0.0.1:${port}/api`,
  `https://127.0.0.1:${port}?x=1`,
  `https://127.0.0.1:${port}#x`,
  'https://127.0.0.1',
  'https://127.0.0.1:0',
  'https://127.0.0.1:99999',
  ` https://127.0.0.1:${port}`,
  `https://127.0.0.1:${port}\n`,
];

describe('the test switch BOTLOGIN_SSO_ORIGIN', () => {
  it('the rule itself: exactly https://127.0.0.1:PORT or https://[::1]:PORT', () => {
    const rule = new RegExp(KIT_TEST_ORIGIN_RULE);
    for (const bad of REFUSED(8443).filter((o) => !/:(0|99999)$/.test(o)))
      expect([bad, rule.test(bad)]).toEqual([bad, false]);
    for (const good of ['https://127.0.0.1:8443', 'https://127.0.0.1:8443/', 'https://[::1]:8443'])
      expect([good, rule.test(good)]).toEqual([good, true]);
  });

  it.each(['betfairlightweight', 'node'] as const)(
    '%s: https://127.0.0.1:1@127.0.0.2:PORT and every other near miss are refused, nothing is sent anywhere',
    async (framework) => {
      const before = f.fake.requests().length;
      for (const origin of REFUSED(trapPort)) {
        const out = await check(framework, { BOTLOGIN_SSO_ORIGIN: origin });
        expect([origin, out.code === 0, out.stderr]).toEqual([
          origin,
          false,
          expect.stringContaining('must be https://127.0.0.1:PORT or https://[::1]:PORT, nothing else'),
        ]);
      }
      expect(trapConnections).toBe(0);
      expect(f.fake.requests().length).toBe(before);
    },
    60_000,
  );

  it.skipIf(!hasJava)(
    'java: https://127.0.0.1:1@127.0.0.2:PORT, a path and a user name are refused, nothing is sent anywhere',
    async () => {
      for (const origin of [
        `https://127.0.0.1:1@127.0.0.2:${trapPort}`,
        `https://127.0.0.1:${f.fake.origin.split(':')[2] ?? ''}/x`,
        `https://127.0.0.2:${trapPort}`,
      ]) {
        const out = await check('java', { BOTLOGIN_SSO_ORIGIN: origin });
        expect([origin, out.code, out.stderr]).toEqual([origin, 2, expect.stringContaining('nothing else')]);
      }
      expect(trapConnections).toBe(0);
    },
    60_000,
  );

  it('Program.cs: the same rule, and in test mode only an untrusted root is put right, never a name mismatch', () => {
    const code = readFileSync(join(kits.get('dotnet') ?? '', 'Program.cs'), 'utf8');
    expect(code).toContain(`Regex.Match(testOrigin, ${JSON.stringify(KIT_TEST_ORIGIN_RULE)})`);
    expect(code).toContain(
      'if ((errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None) return false;',
    );
    expect(code).not.toContain('StartsWith("https://127.0.0.1:"');
  });
});

describe('server text with escape codes and direction overrides', () => {
  const HOSTILE = '\u001b]0;owned\u0007\u001b[2J\u009bRED\u202eevil\u2066x\u200f';
  const SHOWN = ']0;owned[2JREDevilx';

  it.each([
    [
      'betfairlightweight',
      `Login path: requests (betfairlightweight is not installed here; your bot needs it)\nLogin: ${SHOWN}\n`,
    ],
    ['node', `Login: ${SHOWN}\n`],
  ] as const)('%s prints the loginStatus without them', async (framework, expected) => {
    f.fake.setMode({ kind: 'status', status: HOSTILE });
    try {
      const out = await check(framework, { BOTLOGIN_SSO_ORIGIN: f.fake.origin });
      expect(out.code).toBe(1);
      expect(out.stdout).toBe(expected);
    } finally {
      f.fake.setMode({ kind: 'normal' });
    }
  });

  it.skipIf(!hasJava)(
    'java prints it without them (the JSON escapes stay as text, never as codes)',
    async () => {
      f.fake.setMode({ kind: 'status', status: HOSTILE });
      try {
        const out = await check('java', { BOTLOGIN_SSO_ORIGIN: f.fake.origin });
        expect(out.code).toBe(1);
        expect(out.stdout.startsWith('Login: ')).toBe(true);
        expect(out.stdout.replaceAll('\n', '')).not.toMatch(new RegExp(SERVER_TEXT_UNSAFE, 'u'));
      } finally {
        f.fake.setMode({ kind: 'normal' });
      }
    },
    30_000,
  );

  it('Program.cs cleans every server text it prints', () => {
    const code = readFileSync(join(kits.get('dotnet') ?? '', 'Program.cs'), 'utf8');
    const printed = code
      .split('\n')
      .filter((line) => /Console\.WriteLine\("(Login|Keep alive|Available|Funds|Logout)/.test(line));
    expect(printed).toHaveLength(5);
    for (const line of printed) expect(line).toContain('Clean(');
    expect(code).toContain(`new Regex(${JSON.stringify(SERVER_TEXT_UNSAFE)})`);
  });
});
