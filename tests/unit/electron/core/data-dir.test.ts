import { describe, expect, it } from 'vitest';
import { resolveDataDir, resolveDefaultCertificateDir } from '../../../../electron/core/data-dir.js';

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
