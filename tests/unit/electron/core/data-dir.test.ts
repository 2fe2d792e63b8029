import { chmod, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir, resolveDefaultCertificateDir } from '../../../../electron/core/data-dir.js';
import { reserveLoginAttempt } from '../../../../electron/core/guard/index.js';

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
