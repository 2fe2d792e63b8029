/**
 * Each kit README's troubleshooting quotes the words the bettor's own tools print. The errors are made for real
 * (java with a wrong keystore password, node and openssl with a wrong .pfx passphrase or locked key, Python's ssl
 * with a damaged or foreign key, the betfairlightweight stand-in without certs/) and one of the phrases the README
 * quotes must be in what was printed. .NET is checked as text when no `dotnet` is found.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BotFramework } from '../../../../../shared/bot-kit.js';
import { switchLanguage, text } from '../../../../../shared/i18n/text.js';
import { makeClientCertificate } from '../../../../fixtures/fake-sso/client-cert.js';
import { tempDir } from '../../../../support/temp-dir.js';
import { pemsOf, writeKit, type KitPems } from '../../../../support/test-kit.js';

const run = promisify(execFile);
const KIT_PASSWORD = 'kit Password 42!';
const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
const hasDotnet = spawnSync('dotnet', ['--version'], { stdio: 'ignore' }).status === 0;

let root: string;
let pems: KitPems;

async function kit(framework: BotFramework): Promise<{ dir: string; readme: string }> {
  const parent = join(root, `${framework}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(parent);
  const dir = await writeKit(pems, { parentDir: parent, framework, kitPassword: KIT_PASSWORD });
  return { dir, readme: readFileSync(join(dir, 'README.txt'), 'utf8') };
}

/** The "…"-quoted phrases of one troubleshooting item. */
function quoted(item: string): string[] {
  return [...item.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** The README holds the item, and the tool's output holds one of the phrases it quotes. */
function expectWordsOf(readme: string, item: string, output: string): void {
  expect(readme).toContain(item);
  const phrases = quoted(item);
  expect(phrases.length).toBeGreaterThan(0);
  expect([output, phrases.some((p) => output.includes(p))]).toEqual([output, true]);
}

async function failing(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  try {
    await run(command, args, { ...options, timeout: 60_000 });
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return e.stdout + e.stderr;
  }
  throw new Error(`${command} did not fail`);
}

/** The kit's check run with a wrong BETFAIR_KEYSTORE_PASSWORD (and `env`): the README's `item` quotes what it printed. */
async function expectWrongKeystorePasswordWords(
  framework: 'java' | 'dotnet',
  [command, ...args]: readonly [string, ...string[]],
  env: NodeJS.ProcessEnv,
  item: string,
): Promise<void> {
  const { dir, readme } = await kit(framework);
  const output = await failing(command, args, {
    cwd: dir,
    env: { ...env, BETFAIR_PASSWORD: 'x', BETFAIR_KEYSTORE_PASSWORD: 'not the one chosen' },
  });
  expectWordsOf(readme, item, output);
}

beforeAll(async () => {
  await switchLanguage('en');
  root = tempDir('kit-trouble');
  pems = pemsOf(await makeClientCertificate(root));
});

describe('a wrong key-file password, in the words of the tool that opens it', () => {
  it.skipIf(!hasJava)(
    'Java: CheckLogin.java with a wrong BETFAIR_KEYSTORE_PASSWORD',
    async () => {
      await expectWrongKeystorePasswordWords(
        'java',
        ['java', 'CheckLogin.java'],
        { PATH: process.env.PATH },
        text.KIT_README_TEXT.trouble.keystorePasswordJava('client-2048.p12', 'BETFAIR_KEYSTORE_PASSWORD'),
      );
    },
    60_000,
  );

  it('Java: the README says how to start Java for a password beyond plain ASCII (the check refuses one read as U+FFFD)', async () => {
    const { readme } = await kit('java');
    expect(readme).toContain(text.KIT_README_TEXT.trouble.javaEncoding);
    expect(text.KIT_README_TEXT.trouble.javaEncoding).toContain('LANG=C.UTF-8 java CheckLogin.java');
  });

  it(".NET: the README quotes .NET's words; openssl refuses the .pfx with a wrong password too", async () => {
    const { dir, readme } = await kit('dotnet');
    const item = text.KIT_README_TEXT.trouble.keystorePasswordDotnet('client-2048.pfx', 'BETFAIR_KEYSTORE_PASSWORD');
    expect(readme).toContain(item);
    expect(quoted(item)).toContain('The specified network password is not correct');
    const output = await failing('openssl', [
      'pkcs12',
      '-in',
      join(dir, 'client-2048.pfx'),
      '-nokeys',
      '-passin',
      'pass:wrong',
    ]);
    expect(output).toMatch(/mac verify failure|invalid password|verify error/i);
  });

  it.skipIf(!hasDotnet)(
    '.NET: dotnet run with a wrong BETFAIR_KEYSTORE_PASSWORD (skipped: no .NET SDK here)',
    async () => {
      await expectWrongKeystorePasswordWords(
        'dotnet',
        ['dotnet', 'run'],
        process.env,
        text.KIT_README_TEXT.trouble.keystorePasswordDotnet('client-2048.pfx', 'BETFAIR_KEYSTORE_PASSWORD'),
      );
    },
    180_000,
  );

  it('Node: a .pfx with a wrong passphrase ("mac verify failure") and a locked key ("bad decrypt")', async () => {
    const { readme } = await kit('node');
    const { dir: dotnetDir } = await kit('dotnet');
    const item = text.KIT_README_TEXT.trouble.nodeKey;
    const pfx = await failing(process.execPath, [
      '-e',
      `require('node:tls').createSecureContext({ pfx: require('node:fs').readFileSync(${JSON.stringify(join(dotnetDir, 'client-2048.pfx'))}), passphrase: 'wrong' })`,
    ]);
    expectWordsOf(readme, item, pfx);
    const locked = join(root, 'locked.key');
    writeFileSync(join(root, 'plain.key'), pems.keyPem);
    await run('openssl', ['pkey', '-in', join(root, 'plain.key'), '-aes256', '-passout', 'pass:right', '-out', locked]);
    const key = await failing(process.execPath, [
      '-e',
      `require('node:tls').createSecureContext({ key: require('node:fs').readFileSync(${JSON.stringify(locked)}), passphrase: 'wrong' })`,
    ]);
    expect(key).toContain('bad decrypt');
    expect(quoted(item)).toEqual(expect.arrayContaining(['bad decrypt', 'mac verify failure']));
  });
});

describe('Python: certificate files, in the words of the library and of ssl', () => {
  const env = (): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    LANG: 'C.UTF-8',
    BETFAIR_APP_KEY: 'DelayKey4Bettor1',
    BETFAIR_PASSWORD: 'x',
  });

  it('no certs/ folder: betfairlightweight (stand-in) says "No such file or directory"', async () => {
    const { dir, readme } = await kit('betfairlightweight');
    rmSync(join(dir, 'certs'), { recursive: true });
    const output = await failing('python3', ['check_login.py'], {
      cwd: dir,
      env: { ...env(), PYTHONPATH: resolve('tests/fixtures/betfairlightweight') },
    });
    expectWordsOf(readme, text.KIT_README_TEXT.trouble.certsNotFound, output);
  });

  it('a damaged or foreign key: Python\'s ssl says "PEM lib" or "key values mismatch"', async () => {
    const { dir, readme } = await kit('flumine');
    const item = text.KIT_README_TEXT.trouble.pemLib;
    const key = join(dir, 'certs', 'client-2048.key');
    const cert = join(dir, 'certs', 'client-2048.crt');
    const load = (keyFile: string): Promise<string> =>
      failing('python3', [
        '-c',
        `import ssl; ssl.create_default_context().load_cert_chain(${JSON.stringify(cert)}, ${JSON.stringify(keyFile)})`,
      ]);
    writeFileSync(key, 'damaged\n');
    expectWordsOf(readme, item, await load(key));
    const otherDir = join(root, `other-${Math.random().toString(36).slice(2)}`);
    mkdirSync(otherDir);
    const other = await makeClientCertificate(otherDir);
    expectWordsOf(readme, item, await load(other.keyPath));
  });
});
