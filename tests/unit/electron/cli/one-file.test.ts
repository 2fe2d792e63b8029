/**
 * dist/bot-login.cjs is the whole CLI in one file: copied ALONE into an empty folder outside the repository and run
 * with plain `node` (no node_modules next to it or above it, no network but the fake identitysso on 127.0.0.1), it
 * answers --version, generate, inspect and login like the CLI from the repository (electron/cli.ts's main, in this
 * process), in English and in Italian (--lang it, and LANG=it_IT.UTF-8). The certificate it makes is checked with
 * OpenSSL. A location refusal carries the note about this machine's internet address (shared/location-note.ts).
 */
import { execFile } from 'node:child_process';
import { builtinModules } from 'node:module';
import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli.js';
import { en } from '../../../../shared/i18n/en/index.js';
import { it as italian } from '../../../../shared/i18n/it/index.js';
import { DEFAULT_TEST_PASSWORD, startLoginFixture, type LoginFixture } from '../../../support/login-fixture.js';
import { ONE_FILE_NAME, buildOneFileCli } from '../../../support/one-file-build.js';
import { fakeLoginArgs, fakeLoginEnv } from '../../../support/cli-against-fake.js';
import { runCli } from '../../../support/cli-io.js';
import { runProcess } from '../../../support/run-process.js';

const run = promisify(execFile);

interface Answer {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let f: LoginFixture;
let folder = '';
let dataDirs = 0;

beforeAll(async () => {
  const [built, fixture] = await Promise.all([buildOneFileCli(), startLoginFixture()]);
  f = fixture;
  folder = await mkdtemp(join(tmpdir(), 'botlogin-onefile-'));
  await copyFile(built, join(folder, ONE_FILE_NAME));
}, 120_000);

afterAll(async () => {
  await f.close();
  await rm(folder, { recursive: true, force: true });
});

/** A clean environment: no NODE_PATH, no npm variables, only what a shell on a server would have plus `extra`. */
function envWith(extra: Readonly<Record<string, string>>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: folder, ...extra };
}

/** `node bot-login.cjs …` in the folder that holds only that file. */
async function oneFile(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<Answer> {
  const { code, stdout, stderr } = await runProcess(process.execPath, [ONE_FILE_NAME, ...args], {
    cwd: folder,
    env: envWith(env),
  });
  return { code: code ?? -1, stdout, stderr };
}

/** The same arguments through the repository's CLI (electron/cli.ts), in this process. */
async function repository(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<Answer> {
  const { code, stdout, stderr } = await runCli(main, args, envWith(env));
  return { code, stdout, stderr };
}

async function both(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<[Answer, Answer]> {
  return [await oneFile(args, env), await repository(args, env)];
}

const loginArgs = (): string[] => ['login', ...fakeLoginArgs(f)];

function loginEnv(extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  dataDirs += 1;
  return { ...fakeLoginEnv(f, join(f.root, `onefile-data-${dataDirs}`)), ...extra };
}

describe('dist/bot-login.cjs alone in an empty folder, with plain node', () => {
  it('is one file that needs nothing but Node built-ins', async () => {
    expect(await readdir(folder)).toEqual([ONE_FILE_NAME]);
    const source = await readFile(join(folder, ONE_FILE_NAME), 'utf8');
    const required = [...source.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1] ?? '');
    expect(required.length).toBeGreaterThan(0);
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(required.filter((name) => !builtins.has(name))).toEqual([]);
    expect(source).not.toMatch(/\bimport\(["']/);
  });

  it('--version prints the package version, like the repository CLI', async () => {
    const [ours, repo] = await both(['--version']);
    const { version } = JSON.parse(await readFile(join(import.meta.dirname, '../../../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(ours).toEqual(repo);
    expect(ours.stdout).toBe(`${version}\n`);
  });

  it('generate makes a key and certificate OpenSSL accepts, and says so in Italian with --lang it', async () => {
    const made = await oneFile(['generate', '--dir', 'certs', '--lang', 'it']);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(join(folder, 'certs'));
    expect(made.stdout.split('\n')[0]).toBe(italian.CLI_GENERATE_TEXT.made(join(folder, 'certs')));
    const certificate = join(folder, 'certs', 'client-2048.crt');
    const key = join(folder, 'certs', 'client-2048.key');
    const { stdout: subject } = await run('openssl', ['x509', '-in', certificate, '-noout', '-subject']);
    expect(subject).toContain('Betfair bot login');
    const fromCert = await run('openssl', ['x509', '-in', certificate, '-noout', '-pubkey']);
    const fromKey = await run('openssl', ['pkey', '-in', key, '-pubout']);
    expect(fromCert.stdout).toBe(fromKey.stdout);
    // The same command again is refused the same way by both (the files exist), in English.
    const [again, repoAgain] = await both(['generate', '--dir', join(folder, 'certs'), '--json']);
    expect(again.code).toBe(1);
    expect(again).toEqual(repoAgain);
  });

  it('inspect answers exactly as the repository CLI, in English and under LANG=it_IT.UTF-8', async () => {
    const files = [join(folder, 'certs', 'client-2048.crt'), join(folder, 'certs', 'client-2048.key')];
    const [english, repoEnglish] = await both(['inspect', ...files]);
    expect(english.code).toBe(0);
    expect(english).toEqual(repoEnglish);
    const [inItalian, repoItalian] = await both(['inspect', ...files], { LANG: 'it_IT.UTF-8' });
    expect(inItalian).toEqual(repoItalian);
    expect(inItalian.stdout).not.toBe(english.stdout);
  });

  it('login against the fake identitysso answers as the repository CLI, in English and Italian', async () => {
    f.fake.setMode({ kind: 'normal' });
    for (const lang of ['en', 'it']) {
      const [ours, repo] = await both([...loginArgs(), '--lang', lang], loginEnv());
      expect(ours.code, lang).toBe(0);
      expect(ours, lang).toEqual(repo);
    }
    const [english, italianAnswer] = [
      await oneFile([...loginArgs(), '--json'], loginEnv()),
      await oneFile([...loginArgs(), '--json'], loginEnv({ LANG: 'it_IT.UTF-8' })),
    ];
    expect(JSON.parse(english.stdout)).toMatchObject({ ok: true, loginStatus: 'SUCCESS' });
    expect(JSON.parse(italianAnswer.stdout)).toMatchObject({ ok: true, loginStatus: 'SUCCESS' });
    expect(italianAnswer.stdout).not.toBe(english.stdout);
    for (const answer of [english, italianAnswer]) expect(answer.stdout).not.toContain(DEFAULT_TEST_PASSWORD);
  });

  it('a location refusal says the test ran from this machine and to run it on the server, in both languages', async () => {
    f.fake.setMode({ kind: 'status', status: 'BETTING_RESTRICTED_LOCATION' });
    for (const [lang, words] of [
      ['en', en],
      ['it', italian],
    ] as const) {
      const [ours, repo] = await both([...loginArgs(), '--lang', lang], loginEnv());
      expect(ours.code, lang).toBe(1);
      expect(ours, lang).toEqual(repo);
      expect(ours.stdout).toContain(words.LOCATION_TEXT.ranFrom);
      expect(ours.stdout).toContain(words.LOCATION_TEXT.testOnServer);
    }
    f.fake.setMode({ kind: 'status', status: 'SECURITY_RESTRICTED_LOCATION' });
    const json = JSON.parse((await oneFile([...loginArgs(), '--json'], loginEnv())).stdout) as {
      loginStatus: string;
      explanation: string;
      whatToDo: string;
    };
    expect(json.loginStatus).toBe('SECURITY_RESTRICTED_LOCATION');
    expect(json.explanation).toContain(en.LOCATION_TEXT.ranFrom);
    expect(json.whatToDo).toContain(en.LOCATION_TEXT.testOnServer);
    f.fake.setMode({ kind: 'status', status: 'CERT_AUTH_REQUIRED' });
    const other = await oneFile(loginArgs(), loginEnv());
    expect(other.code).toBe(1);
    expect(other.stdout).not.toContain(en.LOCATION_TEXT.ranFrom);
  });
});
