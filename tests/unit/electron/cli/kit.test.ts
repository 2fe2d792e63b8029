/** `bot-login kit`: a kit from certificate files on the command line, passwords only from the environment or a prompt. */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKitCommand } from '../../../../electron/cli/kit.js';
import { main } from '../../../../electron/cli.js';
import { switchLanguage, text } from '../../../../shared/i18n/text.js';
import { makeClientCertificate, type TestClientCertificate } from '../../../fixtures/fake-sso/client-cert.js';
import { tempDir } from '../../../support/temp-dir.js';
import { recordingIo } from '../../../support/cli-io.js';
import { relativeFilesUnder } from '../../../support/files-under.js';

const run = promisify(execFile);
let root: string;
let cert: TestClientCertificate;
let standIn: string;

beforeAll(async () => {
  await switchLanguage('en');
  root = tempDir('cli-kit');
  cert = await makeClientCertificate(root);
  standIn = join(root, 'bot-login.cjs');
  writeFileSync(standIn, 'console.log("stand-in")\n');
});

afterAll(async () => {
  await switchLanguage('en');
});

function outDir(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  return dir;
}

const common = (dir: string, framework: string): string[] => [
  '--framework',
  framework,
  '--dir',
  dir,
  '--jurisdiction',
  'it',
  '--cert',
  cert.certPath,
  '--key',
  cert.keyPath,
  '--username',
  'bettor',
  '--app-key',
  'DelayKey4Bettor1',
];

describe('bot-login kit', () => {
  it('writes a Node kit with the one-file CLI and lists its files', async () => {
    const dir = outDir('node');
    const io = recordingIo();
    const code = await createKitCommand({ oneFileCli: standIn }).run(common(dir, 'node'), io);
    expect(code).toBe(0);
    const [kit] = readdirSync(dir);
    expect(kit).toMatch(/^bot-kit-node-\d{4}-\d{2}-\d{2}$/);
    expect(relativeFilesUnder(join(dir, kit ?? ''))).toEqual([
      'README.txt',
      'bot-login.cjs',
      'certs/client-2048.crt',
      'certs/client-2048.key',
      'check-login.mjs',
    ]);
    expect(io.out()).toContain(text.CLI_TEXT.kit.made(join(dir, kit ?? '')));
    expect(io.out()).toContain('certs/client-2048.key');
    expect(io.out()).not.toContain(text.CLI_TEXT.kit.noCli);
    // Printed in a terminal, the README is not "this file" (as it is inside README.txt).
    const readmeLine = io
      .out()
      .split('\n')
      .find((line) => line.trim().startsWith('README.txt'));
    expect(readmeLine).toContain(text.KIT_README_TEXT.readmeInApp);
    expect(readmeLine).not.toContain(text.KIT_README_TEXT.files.readme);
  });

  it('.NET: the .pfx password from BOTLOGIN_KIT_PASSWORD; openssl opens the .pfx with it; --json', async () => {
    const dir = outDir('dotnet');
    const io = recordingIo({ BOTLOGIN_KIT_PASSWORD: 'chosen pw 1' });
    const code = await createKitCommand({ oneFileCli: null }).run([...common(dir, 'dotnet'), '--json'], io);
    expect(code).toBe(0);
    const out = JSON.parse(io.out()) as { ok: boolean; dir: string; includesOneFileCli: boolean; files: unknown[] };
    expect(out).toMatchObject({ ok: true, framework: 'dotnet', includesOneFileCli: false });
    expect(relativeFilesUnder(out.dir)).toEqual(['CheckLogin.csproj', 'Program.cs', 'README.txt', 'client-2048.pfx']);
    await run('openssl', ['pkcs12', '-in', join(out.dir, 'client-2048.pfx'), '-nokeys', '-passin', 'env:PW'], {
      env: { ...process.env, PW: 'chosen pw 1' },
    });
  });

  it('Java on a terminal: asks for the password twice, hidden', async () => {
    const dir = outDir('java');
    const io = recordingIo({}, { interactive: true, answer: 'typed twice' });
    expect(await createKitCommand({ oneFileCli: null }).run(common(dir, 'java'), io)).toBe(0);
    expect(io.prompts).toEqual([text.CLI_TEXT.kit.kitPasswordPrompt, text.CLI_TEXT.kit.kitPasswordAgain]);
  });

  it('Java without a terminal or BOTLOGIN_KIT_PASSWORD: a usage error, nothing written', async () => {
    const dir = outDir('java-none');
    const io = recordingIo();
    expect(await createKitCommand({ oneFileCli: null }).run(common(dir, 'java'), io)).toBe(2);
    expect(io.err()).toContain(text.CLI_TEXT.kit.kitPasswordNeeded);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a password on the command line, an unknown framework and a missing --app-key', async () => {
    const dir = outDir('refused');
    const kit = createKitCommand({ oneFileCli: null });
    const pw = recordingIo();
    expect(await kit.run([...common(dir, 'dotnet'), '--kit-password', 'x'], pw)).toBe(2);
    expect(pw.err()).toContain(text.CLI_TEXT.kit.passwordFlag);
    const bad = recordingIo();
    expect(await kit.run(common(dir, 'rust'), bad)).toBe(2);
    expect(bad.err()).toContain(text.CLI_TEXT.kit.badFramework('rust'));
    const noKey = recordingIo();
    expect(await kit.run(common(dir, 'node').slice(0, -2), noKey)).toBe(2);
    expect(noKey.err()).toContain(text.CLI_TEXT.kit.needAppKey);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says when the certificate files cannot be used (exit 1)', async () => {
    const dir = outDir('broken');
    const io = recordingIo();
    const args = common(dir, 'node').map((a) => (a === cert.keyPath ? join(root, 'missing.key') : a));
    expect(await createKitCommand({ oneFileCli: null }).run(args, io)).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--dir that does not exist yet is made, owner-only, and the kit written in it', async () => {
    const dir = join(root, 'not', 'there', 'yet');
    const io = recordingIo();
    expect(await createKitCommand({ oneFileCli: null }).run(common(dir, 'node'), io)).toBe(0);
    if (process.platform !== 'win32') expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('--dir that cannot be made: the error names the folder tried', async () => {
    const blocker = join(root, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const dir = join(blocker, 'kits');
    const io = recordingIo();
    expect(await createKitCommand({ oneFileCli: null }).run(common(dir, 'node'), io)).toBe(1);
    expect(io.err()).toContain(text.KIT_ERROR_TEXT.dirNotMade(dir));
  });

  // Node's mkdir({ recursive: true }) never returns there: the command used to spin at full CPU for good.
  it.skipIf(process.platform !== 'linux')(
    '--dir under /proc: ends with the error naming the folder, instead of never returning',
    async () => {
      const dir = '/proc/botlogin-not-here/kits';
      const io = recordingIo();
      expect(await createKitCommand({ oneFileCli: null }).run(common(dir, 'node'), io)).toBe(1);
      expect(io.err()).toContain(text.KIT_ERROR_TEXT.dirNotMade(dir));
    },
    10_000,
  );

  it('a wrong --p12 password says the password of that file is wrong, not to make a new certificate', async () => {
    const p12 = join(root, 'mine.p12');
    await run(
      'openssl',
      ['pkcs12', '-export', '-in', cert.certPath, '-inkey', cert.keyPath, '-out', p12, '-passout', 'env:PW'],
      { env: { ...process.env, PW: 'right password' } },
    );
    const dir = outDir('wrong-p12');
    const args = common(dir, 'node').filter((a) => ![cert.certPath, cert.keyPath, '--cert', '--key'].includes(a));
    const io = recordingIo({ BOTLOGIN_P12_PASSWORD: 'wrong password' });
    expect(await createKitCommand({ oneFileCli: null }).run([...args, '--p12', p12], io)).toBe(1);
    expect(io.err()).toContain(text.FINDING_TEXT.P12_WRONG_PASSWORD('mine.p12'));
    expect(io.err()).not.toMatch(/new certificate/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is listed in the top-level help, and its help comes in the language asked for', async () => {
    const top = recordingIo();
    await main(['--help'], top);
    expect(top.out()).toMatch(/\n {2}kit +Make a bot kit/);
    const it = recordingIo();
    expect(await main(['kit', '--lang', 'it', '--help'], it)).toBe(0);
    expect(it.out()).toContain('Uso: bot-login kit --framework NOME');
    await switchLanguage('en');
  });
});
