/**
 * The bot kit per framework, checked with the tools of each language and with OpenSSL and keytool (not with the code
 * that made it): the exact files, their modes, no secret in any file, never over an earlier kit, the samples parse or
 * compile, the .pfx/.p12 open, and the Python, Node and Java checks log in against the fake identitysso with the
 * certificate from the kit.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBotKit, kitFiles, type BotKitInput } from '../../../../../electron/core/kit/index.js';
import { BOT_FRAMEWORKS, type BotFramework } from '../../../../../shared/bot-kit.js';
import { switchLanguage, text } from '../../../../../shared/i18n/text.js';
import { hasOwnerOnlyFileModes } from '../../../../../shared/file-modes.js';
import {
  DEFAULT_APP_KEYS,
  DEFAULT_TEST_PASSWORD,
  DEFAULT_TEST_USERNAME,
} from '../../../../fixtures/fake-sso/server.js';
import { loginFixtureForSuite } from '../../../../support/login-fixture-for-suite.js';
import { KIT_DEPS, kitInput, pemsOf, type KitPems } from '../../../../support/test-kit.js';
import { EXPECTED_KIT_FILES } from '../../../../fixtures/kit-files.js';
import { posixWord } from '../../../../../electron/core/quote.js';
import { relativeFilesUnder } from '../../../../support/files-under.js';

const run = promisify(execFile);
/** Java reads a PKCS#12 password in ASCII only: the kit refuses others for Java (tested below). */
const KIT_PASSWORD = 'kit Password 42!';
const APP_KEY = DEFAULT_APP_KEYS.delayed;
const owner = hasOwnerOnlyFileModes(process.platform);

const f = loginFixtureForSuite();
let pems: KitPems;
let standInCli: string;

function input(framework: BotFramework, parentDir: string, extra: Partial<BotKitInput> = {}): BotKitInput {
  return kitInput(pems, {
    parentDir,
    framework,
    appKey: APP_KEY,
    kitPassword: KIT_PASSWORD,
    oneFileCli: standInCli,
    now: new Date(2026, 11, 4, 12, 0, 0),
    ...extra,
  });
}

async function kitFor(framework: BotFramework, extra: Partial<BotKitInput> = {}): Promise<string> {
  const parent = join(f.root, `${framework}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(parent);
  const result = await writeBotKit(input(framework, parent, extra), KIT_DEPS);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.dir;
}

/** Whether a checker is on this machine (a test without it reports itself skipped). */
function has(tool: string, args: string[] = ['--version']): boolean {
  return spawnSync(tool, args, { stdio: 'ignore' }).status === 0;
}

beforeAll(async () => {
  await switchLanguage('en');
  pems = pemsOf(f.cert);
  standInCli = join(f.root, 'bot-login.cjs');
  writeFileSync(standInCli, '#!/usr/bin/env node\nconsole.log("stand-in for the one-file CLI");\n');
});

afterAll(async () => {
  await switchLanguage('en');
});

const EXPECTED = EXPECTED_KIT_FILES;

describe.each(BOT_FRAMEWORKS)('the %s kit', (framework) => {
  let dir: string;
  beforeAll(async () => {
    dir = await kitFor(framework);
  });

  it('is a dated folder next to the certificate holding exactly the listed files', () => {
    expect(dir).toMatch(new RegExp(`bot-kit-${framework}-2026-12-04$`));
    expect(relativeFilesUnder(dir)).toEqual([...EXPECTED[framework]]);
    expect(
      kitFiles(framework, true)
        .map((f) => f.name)
        .sort(),
    ).toEqual([...EXPECTED[framework]]);
  });

  it.skipIf(!owner)(
    'keeps the key, the key bundles and every file holding the application key 0600, the folder 0700',
    () => {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      for (const name of relativeFilesUnder(dir)) {
        const mode = statSync(join(dir, name)).mode & 0o777;
        const secret = /\.(key|pfx|p12)$|^\.env/.test(name) || readFileSync(join(dir, name)).includes(APP_KEY);
        if (secret) expect([name, mode]).toEqual([name, 0o600]);
        else if (/\.(crt|csproj|cjs)$/.test(name)) expect([name, mode]).toEqual([name, 0o644]);
      }
    },
  );

  it('holds no password: neither the Betfair password nor the key-file password, nor a session token', () => {
    for (const name of relativeFilesUnder(dir)) {
      const bytes = readFileSync(join(dir, name));
      expect(bytes.includes(Buffer.from(KIT_PASSWORD)), name).toBe(false);
      expect(bytes.includes(Buffer.from(DEFAULT_TEST_PASSWORD)), name).toBe(false);
      for (const token of f.fake.issuedTokens()) expect(bytes.includes(Buffer.from(token)), name).toBe(false);
    }
  });

  it('carries the one-file CLI and its exact command in the README', () => {
    expect(readFileSync(join(dir, 'bot-login.cjs'), 'utf8')).toBe(readFileSync(standInCli, 'utf8'));
    const readme = readFileSync(join(dir, 'README.txt'), 'utf8');
    const certificate =
      framework === 'dotnet'
        ? '--p12 client-2048.pfx'
        : framework === 'java'
          ? '--p12 client-2048.p12'
          : '--cert certs/client-2048.crt --key certs/client-2048.key';
    expect(readme).toContain(
      `node bot-login.cjs login --jurisdiction international ${certificate} --username '${DEFAULT_TEST_USERNAME}' --app-key '${APP_KEY}'`,
    );
    expect(readme).toContain(text.KIT_README_TEXT.privateKey);
    expect(readme).toContain(text.KIT_README_TEXT.trouble.restrictedLocation);
    expect(readme).toContain(owner ? text.KIT_README_TEXT.modesOwnerOnly : text.KIT_README_TEXT.modesWindows);
  });
});

describe('writing kits', () => {
  it('never writes over an earlier kit: the same day gives -2, -3, and an earlier folder stays as it was', async () => {
    const parent = join(f.root, 'twice');
    mkdirSync(join(parent, 'bot-kit-node-2026-12-04'), { recursive: true });
    writeFileSync(join(parent, 'bot-kit-node-2026-12-04', 'mine.txt'), 'mine');
    const second = await writeBotKit(input('node', parent), KIT_DEPS);
    const third = await writeBotKit(input('node', parent), KIT_DEPS);
    expect(second.ok && second.value.dir).toBe(join(parent, 'bot-kit-node-2026-12-04-2'));
    expect(third.ok && third.value.dir).toBe(join(parent, 'bot-kit-node-2026-12-04-3'));
    expect(relativeFilesUnder(join(parent, 'bot-kit-node-2026-12-04'))).toEqual(['mine.txt']);
  });

  it('without the one-file CLI, leaves it out and says in the README where to download it', async () => {
    const dir = await kitFor('betfairlightweight', { oneFileCli: null });
    expect(relativeFilesUnder(dir)).not.toContain('bot-login.cjs');
    const readme = readFileSync(join(dir, 'README.txt'), 'utf8');
    expect(readme).toContain(text.KIT_README_TEXT.cliMissing);
    expect(readme).toContain('node bot-login.cjs login --jurisdiction international');
  });

  it('a CLI path that is not there counts as missing', async () => {
    const dir = await kitFor('node', { oneFileCli: join(f.root, 'nowhere', 'bot-login.cjs') });
    expect(relativeFilesUnder(dir)).not.toContain('bot-login.cjs');
  });

  it('writes the README in the language in use', async () => {
    await switchLanguage('it');
    try {
      const dir = await kitFor('java');
      const readme = readFileSync(join(dir, 'README.txt'), 'utf8');
      expect(readme).toContain(text.KIT_README_TEXT.filesHeading);
      expect(readme).toContain('Cosa c’è in questa cartella');
    } finally {
      await switchLanguage('en');
    }
  });

  it('on Windows says that file modes do not apply', async () => {
    const dir = await kitFor('node', { platform: 'win32' });
    expect(readFileSync(join(dir, 'README.txt'), 'utf8')).toContain(text.KIT_README_TEXT.modesWindows);
  });

  it('refuses .NET and Java without a key-file password, and values that would break the code, writing nothing', async () => {
    const parent = join(f.root, 'refused');
    mkdirSync(parent);
    const noPassword = await writeBotKit(input('dotnet', parent, { kitPassword: '' }), KIT_DEPS);
    expect(noPassword).toMatchObject({ ok: false, error: { code: 'KIT_PASSWORD_NEEDED' } });
    const quote = await writeBotKit(input('node', parent, { username: 'x"; import os' }), KIT_DEPS);
    expect(quote).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const notAscii = await writeBotKit(input('java', parent, { kitPassword: 'Pässword' }), KIT_DEPS);
    expect(notAscii).toMatchObject({ ok: false, error: { code: 'KIT_PASSWORD_NOT_ASCII' } });
    const denmark = await writeBotKit(input('node', parent, { jurisdiction: 'dk' }), KIT_DEPS);
    expect(denmark).toMatchObject({ ok: false, error: { code: 'BOT_LOGIN_NOT_AVAILABLE' } });
    expect(readdirSync(parent)).toEqual([]);
  });

  it('uses the hosts of the jurisdiction', async () => {
    const dir = await kitFor('node', { jurisdiction: 'au' });
    const code = readFileSync(join(dir, 'check-login.mjs'), 'utf8');
    expect(code).toContain('"https://identitysso-cert.betfair.com.au"');
    expect(code).toContain('"https://identitysso.betfair.com.au"');
    expect(code).toContain('"https://api.betfair.com.au"');
  });

  it('.env.example: the app key filled in (quoted for a POSIX shell), the password left blank', async () => {
    const dir = await kitFor('flumine');
    expect(readFileSync(join(dir, '.env.example'), 'utf8')).toContain(
      `\nBETFAIR_APP_KEY='${APP_KEY}'\nBETFAIR_PASSWORD=''\n`,
    );
  });
});

describe('the samples, with the tools of their languages', () => {
  const env = (): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    HOME: f.root,
    BOTLOGIN_SSO_ORIGIN: f.fake.origin,
    BOTLOGIN_SSO_CA: f.fake.caPath,
  });

  it('check_login.py compiles and logs in, keeps alive, reads the funds and logs out with the kit certificate', async () => {
    const dir = await kitFor('betfairlightweight');
    await run('python3', ['-m', 'py_compile', join(dir, 'check_login.py')]);
    const before = f.fake.requests().length;
    const { stdout } = await run('python3', ['check_login.py'], {
      cwd: dir,
      env: { ...env(), BETFAIR_APP_KEY: APP_KEY, BETFAIR_PASSWORD: DEFAULT_TEST_PASSWORD },
    });
    expect(stdout).toBe(
      'Login path: requests (betfairlightweight is not installed here; your bot needs it)\n' +
        'Login: SUCCESS\nKeep alive: SUCCESS\nAvailable to bet: 1234.56\nLogout: SUCCESS\nOK\n',
    );
    const seen = f.fake.requests().slice(before);
    expect(seen.map((r) => [r.path, r.answered])).toEqual([
      ['/api/certlogin', 'SUCCESS'],
      ['/api/keepAlive', 'SUCCESS'],
      ['/exchange/account/json-rpc/v1', 'result'],
      ['/api/logout', 'SUCCESS'],
    ]);
    expect(seen[0]?.passwordMatched).toBe(true);
    expect(f.fake.openSessions()).toBe(0);
    expect(stdout).not.toContain(DEFAULT_TEST_PASSWORD);
  });

  it('check_login.py reads a .env made from .env.example', async () => {
    const dir = await kitFor('flumine');
    const example = readFileSync(join(dir, '.env.example'), 'utf8');
    writeFileSync(
      join(dir, '.env'),
      example.replace("BETFAIR_PASSWORD=''", `BETFAIR_PASSWORD=${posixWord(DEFAULT_TEST_PASSWORD)}`),
    );
    const { stdout } = await run('python3', ['check_login.py'], { cwd: dir, env: env() });
    expect(stdout).toContain('Login: SUCCESS');
    expect(stdout.trim().endsWith('OK')).toBe(true);
  });

  it('check-login.mjs parses and logs in with https only', async () => {
    const dir = await kitFor('node');
    await run(process.execPath, ['--check', join(dir, 'check-login.mjs')]);
    const { stdout } = await run(process.execPath, ['check-login.mjs'], {
      cwd: dir,
      env: { ...env(), BETFAIR_PASSWORD: DEFAULT_TEST_PASSWORD },
    });
    expect(stdout).toBe('Login: SUCCESS\nKeep alive: SUCCESS\nAvailable to bet: 1234.56\nLogout: SUCCESS\nOK\n');
  });

  it('the .pfx opens with openssl pkcs12 and the chosen password only', async () => {
    const dir = await kitFor('dotnet');
    const pfx = join(dir, 'client-2048.pfx');
    const { stdout } = await run('openssl', ['pkcs12', '-in', pfx, '-nokeys', '-passin', 'env:PW'], {
      env: { ...process.env, PW: KIT_PASSWORD },
    });
    expect(stdout.replace(/\r\n/g, '\n')).toContain(pems.certPem.trim());
    await expect(
      run('openssl', ['pkcs12', '-in', pfx, '-nokeys', '-passin', 'env:PW'], { env: { ...process.env, PW: 'wrong' } }),
    ).rejects.toThrow();
  });

  it.skipIf(!has('keytool', ['-help']))('the .p12 opens with openssl pkcs12 and keytool -list', async () => {
    const dir = await kitFor('java');
    const p12 = join(dir, 'client-2048.p12');
    const keyOut = await run('openssl', ['pkcs12', '-in', p12, '-nocerts', '-nodes', '-passin', 'env:PW'], {
      env: { ...process.env, PW: KIT_PASSWORD },
    });
    expect(keyOut.stdout).toContain('PRIVATE KEY');
    const { stdout } = await run(
      'keytool',
      ['-list', '-keystore', p12, '-storetype', 'PKCS12', '-storepass:env', 'PW'],
      {
        env: { ...process.env, PW: KIT_PASSWORD },
      },
    );
    expect(stdout).toMatch(/PrivateKeyEntry/);
    expect(stdout).toMatch(/1 entry/);
  });

  it.skipIf(!has('javac', ['-version']))(
    'CheckLogin.java compiles with javac and logs in with the .p12',
    async () => {
      const dir = await kitFor('java');
      const out = join(f.root, 'javac-out');
      mkdirSync(out, { recursive: true });
      await run('javac', ['-d', out, join(dir, 'CheckLogin.java')]);
      const { stdout } = await run('java', ['-cp', out, 'CheckLogin'], {
        timeout: 50_000,
        cwd: dir,
        // Java decodes environment variables in the locale's charset: the test password has a "£" in it.
        env: {
          ...env(),
          LANG: 'C.UTF-8',
          BETFAIR_PASSWORD: DEFAULT_TEST_PASSWORD,
          BETFAIR_KEYSTORE_PASSWORD: KIT_PASSWORD,
        },
      }).catch((e: { stdout: string; stderr: string; code: unknown }) => {
        throw new Error(`java exit ${String(e.code)}\n${e.stdout}\n${e.stderr}`);
      });
      expect(stdout).toBe('Login: SUCCESS\nKeep alive: SUCCESS\nAvailable to bet: 1234.56\nLogout: SUCCESS\nOK\n');
    },
    60_000,
  );

  it('Program.cs passes a C# syntax sanity check (not compiled: no .NET SDK here unless dotnet is found)', async () => {
    const dir = await kitFor('dotnet');
    const code = readFileSync(join(dir, 'Program.cs'), 'utf8');
    // Brackets outside strings, characters and comments must balance and nest.
    const stack: string[] = [];
    const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
    for (let i = 0; i < code.length; i += 1) {
      const ch = code[i] ?? '';
      if (ch === '/' && code[i + 1] === '/') i = code.indexOf('\n', i);
      else if (ch === '"' || ch === "'") {
        for (i += 1; code[i] !== ch; i += code[i] === '\\' ? 2 : 1) expect(code[i]).not.toBe('\n');
      } else if ('([{'.includes(ch)) stack.push(ch);
      else if (ch in pairs) expect(stack.pop()).toBe(pairs[ch]);
    }
    expect(stack).toEqual([]);
    expect(code).not.toContain('${');
    expect(code).toContain('Environment.GetEnvironmentVariable("BETFAIR_KEYSTORE_PASSWORD")');
    expect(code).toContain('new X509Certificate2(Path.GetFullPath("client-2048.pfx"), keystorePassword)');
    if (has('dotnet')) {
      await run('dotnet', ['build', dir], { timeout: 120_000 });
    }
  });

  it('every kit file a check names is there', async () => {
    const dir = await kitFor('dotnet');
    const project = readFileSync(join(dir, 'CheckLogin.csproj'), 'utf8');
    expect(project).toContain('<OutputType>Exe</OutputType>');
    expect(relative(dir, join(dir, 'client-2048.pfx'))).toBe('client-2048.pfx');
  });
});
