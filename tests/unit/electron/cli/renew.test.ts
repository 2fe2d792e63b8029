/**
 * `bot-login renew --dir DIR` (in-process), against the fake identitysso in one-certificate mode: the new set beside
 * the working one with the bot's files in the kit's layout and the steps in order (a kit found in DIR is named); the
 * working files unchanged; the old kit's files log in until the new certificate is "uploaded", then fail while the
 * new files log in (curl); --finish puts the new set under the old names and the old one in the 0700 archive;
 * --cancel goes back with nothing lost; --json for scripts.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCommand } from '../../../../electron/cli/generate.js';
import { renewCommand } from '../../../../electron/cli/renew.js';
import {
  DEFAULT_APP_KEYS,
  DEFAULT_TEST_PASSWORD,
  DEFAULT_TEST_USERNAME,
  startFakeSso,
  type FakeSso,
} from '../../../fixtures/fake-sso/server.js';
import { curlLogin, folderSnapshot, opensslFingerprint } from '../../../fixtures/renewal-checks.js';
import { recordingIo } from '../../../support/cli-io.js';

const account = { appKey: DEFAULT_APP_KEYS.live, username: DEFAULT_TEST_USERNAME, password: DEFAULT_TEST_PASSWORD };

let sso: FakeSso;
let dir: string;
let kitCerts: string;

beforeAll(async () => {
  sso = await startFakeSso({ oneCertificate: true });
  dir = join(await mkdtemp(join(tmpdir(), 'botlogin-cli-renew-')), 'certs');
  expect(await generateCommand.run(['--dir', dir], recordingIo())).toBe(0);
  sso.registerCertificate(await readFile(join(dir, 'client-2048.crt'), 'utf8'));
  // A betfairlightweight kit made for the working certificate: its certs/ folder.
  kitCerts = join(dir, 'bot-kit-betfairlightweight-2026-01-01', 'certs');
  await mkdir(kitCerts, { recursive: true });
  await cp(join(dir, 'client-2048.crt'), join(kitCerts, 'client-2048.crt'));
  await cp(join(dir, 'client-2048.key'), join(kitCerts, 'client-2048.key'));
});

afterAll(async () => {
  await sso.close();
});

interface StartJson {
  ok: true;
  renewalDir: string;
  botFilesDir: string;
  certificate: string;
  kits: string[];
  newCertificate: { fingerprintSha256: string; commonName: string };
  next: string[];
}

describe('bot-login renew', () => {
  let working: Record<string, string>;
  let started: StartJson;

  it('makes the new set beside the working one and prints the steps in order, naming the kit', async () => {
    working = folderSnapshot(dir);
    const io = recordingIo();
    expect(await renewCommand.run(['--dir', dir], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('Your working files are untouched.');
    const order = ['  1. Upload ', '  2. Right after', '  3. Test the new certificate', '  4. Once that test passes'];
    const at = order.map((line) => out.indexOf(line));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(out).toContain(`bot-kit-betfairlightweight-2026-01-01 (replace its certs/ files)`);
    expect(out).toContain(`bot-login renew --dir ${dir} --finish`);
    expect(folderSnapshot(dir)).toEqual(working);
  });

  it('run again, it shows the renewal under way (--json), without making another', async () => {
    const io = recordingIo();
    expect(await renewCommand.run(['--dir', dir, '--json'], io)).toBe(0);
    started = JSON.parse(io.out()) as StartJson;
    expect(started).toMatchObject({ ok: true, resumed: true, next: ['upload', 'replace-bot-files', 'test', 'finish'] });
    expect(started.kits).toEqual([join(dir, 'bot-kit-betfairlightweight-2026-01-01')]);
    expect(started.newCertificate.commonName).toMatch(/^Betfair bot login \d{4}-\d{2}-\d{2}$/);
    expect(await opensslFingerprint(started.certificate)).toBe(started.newCertificate.fingerprintSha256);
    expect((await readdir(dir)).filter((n) => n.startsWith('renewal-'))).toHaveLength(1);
    expect(io.out()).not.toMatch(/PRIVATE KEY/);
  });

  it('the old kit logs in until the upload; then it is refused and the new files log in', async () => {
    const botCerts = join(started.botFilesDir, 'certs');
    expect(await curlLogin(sso, kitCerts, account)).toBe('SUCCESS');
    sso.registerCertificate(await readFile(started.certificate, 'utf8'));
    expect(await curlLogin(sso, kitCerts, account)).toBe('CERT_AUTH_REQUIRED');
    expect(await curlLogin(sso, botCerts, account)).toBe('SUCCESS');
    expect(folderSnapshot(dir)).toEqual(working);
  });

  it('--finish puts the new set under the working names and the old one in the owner-only archive', async () => {
    const io = recordingIo();
    expect(await renewCommand.run(['--dir', dir, '--json'].concat('--finish'), io)).toBe(0);
    const done = JSON.parse(io.out()) as { stage: string; archiveDir: string; oldSetDir: string };
    expect(done.stage).toBe('done');
    expect(await opensslFingerprint(join(dir, 'client-2048.crt'))).toBe(started.newCertificate.fingerprintSha256);
    expect((await stat(done.archiveDir)).mode & 0o777).toBe(0o700);
    const archived = folderSnapshot(done.oldSetDir);
    for (const name of ['client-2048.crt', 'client-2048.key', 'client-2048.pem'])
      expect(archived[name]).toBe(working[name]);
  });

  it('--cancel goes back to the working set unchanged; the unused set moves to the archive', async () => {
    const startIo = recordingIo();
    expect(await renewCommand.run(['--dir', dir, '--json'], startIo)).toBe(0);
    const { renewalDir } = JSON.parse(startIo.out()) as StartJson;
    const now = folderSnapshot(dir);
    const io = recordingIo();
    expect(await renewCommand.run(['--dir', dir, '--cancel'], io)).toBe(0);
    expect(io.out()).toContain('Back to the working certificate, unchanged.');
    expect(folderSnapshot(dir)).toEqual(now);
    expect(await stat(renewalDir).catch(() => null)).toBeNull();
    expect(await readdir(join(dir, 'old-certificates'))).toContain(`cancelled-${basename(renewalDir)}`);
  });

  it('says what is wrong: no renewal to finish (exit 1, JSON), no folder (exit 2), no certificate in it (exit 1)', async () => {
    const io = recordingIo();
    expect(await renewCommand.run(['--dir', dir, '--finish', '--json'], io)).toBe(1);
    expect(JSON.parse(io.out())).toMatchObject({ ok: false, error: { code: 'NO_RENEWAL' } });
    expect(await renewCommand.run([], recordingIo())).toBe(2);
    expect(await renewCommand.run(['--dir', dir, '--finish', '--cancel'], recordingIo())).toBe(2);
    const empty = await mkdtemp(join(tmpdir(), 'botlogin-cli-renew-empty-'));
    const io2 = recordingIo();
    expect(await renewCommand.run(['--dir', empty], io2)).toBe(1);
    expect(io2.err()).toContain('There is no certificate (client-2048.crt)');
  });
});
