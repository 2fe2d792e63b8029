import { chmod, chown, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDataDir, resolveDefaultCertificateDir } from '../../../../electron/core/data-dir.js';
import { reserveLoginAttempt } from '../../../../electron/core/guard/index.js';
import { loginCommand } from '../../../../electron/cli/login.js';
import { makeClientCertificate } from '../../../fixtures/fake-sso/client-cert.js';
import { recordingIo } from '../../../support/cli-io.js';
import { fakeLoginArgs } from '../../../support/cli-against-fake.js';

describe('data folder', () => {
  it('matches where Electron keeps userData for "Bot Login Wizard", so the CLI and the app share the guard', () => {
    expect(resolveDataDir({}, 'linux', '/home/ann')).toBe('/home/ann/.config/Bot Login Wizard');
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/ann')).toBe('/x/Bot Login Wizard');
    expect(resolveDataDir({}, 'darwin', '/Users/ann')).toBe('/Users/ann/Library/Application Support/Bot Login Wizard');
  });

  it('honours BOTLOGIN_DATA_DIR and BOTLOGIN_CERT_DIR', () => {
    expect(resolveDataDir({ BOTLOGIN_DATA_DIR: '/tmp/d' }, 'linux', '/h')).toBe('/tmp/d');
    expect(resolveDefaultCertificateDir({ BOTLOGIN_CERT_DIR: '/tmp/c' }, '/h')).toBe('/tmp/c');
    expect(resolveDefaultCertificateDir({}, '/h', 'linux')).toBe('/h/betfair-certs');
  });
});

describe('the data folder is private', () => {
  it('reserving a login (CLI and app) tightens a folder an older version left at 0755 to 0700', async () => {
    const root = await mkdtemp(join(tmpdir(), 'data-dir-mode-'));
    try {
      const dir = join(root, 'Bot Login Wizard');
      await mkdir(dir, { mode: 0o755 });
      await chmod(dir, 0o755);
      expect((await reserveLoginAttempt(dir, new Date())).ok).toBe(true);
      expect((await stat(dir)).mode & 0o777).toBe(0o700);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('a data folder that was already there (issue 26, repro 6)', () => {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const posixModes = process.platform !== 'win32';
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'data-dir-given-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function folder(name: string, mode: number): Promise<string> {
    const dir = join(root, name);
    await mkdir(dir);
    await chmod(dir, mode);
    return dir;
  }

  it.skipIf(!posixModes)(
    'a shared folder with the sticky bit (1777, like /tmp) keeps its mode after a login attempt',
    async () => {
      const dir = await folder('sticky', 0o1777);
      expect((await reserveLoginAttempt(dir, new Date())).ok).toBe(true);
      expect((await stat(dir)).mode & 0o7777).toBe(0o1777);
    },
  );

  it.skipIf(!posixModes)(
    'a folder anyone may write to without the sticky bit is refused with words, left as it was and empty',
    async () => {
      const dir = await folder('open', 0o777);
      const r = await reserveLoginAttempt(dir, new Date());
      expect(r).toMatchObject({ ok: false, error: { code: 'DATA_DIR_SHARED' } });
      expect(!r.ok && r.error.message).toMatch(/anyone on this computer may change/);
      expect((await stat(dir)).mode & 0o7777).toBe(0o777);
      expect(await readdir(dir)).toEqual([]);
    },
  );

  it.skipIf(!isRoot)(
    'a folder another user owns is refused and left as it was (needs root to give it away)',
    async () => {
      const dir = await folder('theirs', 0o755);
      await chown(dir, 65534, 65534);
      expect(await reserveLoginAttempt(dir, new Date())).toMatchObject({
        ok: false,
        error: { code: 'DATA_DIR_SHARED' },
      });
      const info = await stat(dir);
      expect([info.uid, info.mode & 0o7777]).toEqual([65534, 0o755]);
    },
  );

  it.skipIf(!posixModes)(
    'a private folder of another name keeps its mode (0750 stays 0750); a new one is made 0700',
    async () => {
      const dir = await folder('mine', 0o750);
      expect((await reserveLoginAttempt(dir, new Date())).ok).toBe(true);
      expect((await stat(dir)).mode & 0o7777).toBe(0o750);
      const fresh = join(root, 'fresh', 'data');
      expect((await reserveLoginAttempt(fresh, new Date())).ok).toBe(true);
      expect((await stat(fresh)).mode & 0o7777).toBe(0o700);
    },
  );

  it.skipIf(!posixModes)(
    'bot-login login with BOTLOGIN_DATA_DIR on such a folder: exit 2 with words, nothing sent',
    async () => {
      const dir = await folder('cli-open', 0o777);
      const cert = await makeClientCertificate(root);
      const io = recordingIo({
        BOTLOGIN_DATA_DIR: dir,
        BOTLOGIN_PASSWORD: 'pw',
        // Never reached: the guard refuses first; port 9 on loopback would only refuse the connection.
        BOTLOGIN_SSO_ORIGIN: 'https://127.0.0.1:9',
      });
      const args = fakeLoginArgs({ cert }, { username: 'u', appKey: null });
      expect(await loginCommand.run(args, io)).toBe(2);
      expect(io.err() + io.out()).toContain('The data folder is not yours alone');
      expect((await stat(dir)).mode & 0o7777).toBe(0o777);
    },
  );
});
