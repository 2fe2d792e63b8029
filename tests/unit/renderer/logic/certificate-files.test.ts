import { describe, expect, it } from 'vitest';
import type { StoredCertificate } from '../../../../shared/settings-schema.js';
import { baseName, needsP12Password, uploadFile } from '../../../../renderer/logic/certificate-files.js';

const base = { dir: null, fingerprintSha256: 'AB', commonName: null, notAfter: '2027-01-01T00:00:00Z' };

describe('certificate files in the UI', () => {
  it('asks for a .p12 password only when a .p12 or .pfx is chosen', () => {
    expect(needsP12Password(['/a/client.crt', '/a/client.key'])).toBe(false);
    expect(needsP12Password(['/a/bundle.P12'])).toBe(true);
    expect(needsP12Password(['C:\\certs\\bundle.pfx'])).toBe(true);
    expect(needsP12Password([])).toBe(false);
  });

  it('points the upload at the .crt, never at a file holding the key', () => {
    const pair: StoredCertificate = {
      ...base,
      source: { kind: 'pair', certificatePath: '/c/client-2048.crt', keyPath: '/c/client-2048.key' },
      files: ['/c/client-2048.key', '/c/client-2048.crt', '/c/client-2048.pem'],
    };
    expect(uploadFile(pair)).toBe('/c/client-2048.crt');
    const pemOnly: StoredCertificate = {
      ...base,
      source: { kind: 'pem', pemPath: '/c/both.pem' },
      files: ['/c/both.pem'],
    };
    expect(uploadFile(pemOnly)).toBeNull();
    const p12WithCer: StoredCertificate = {
      ...base,
      source: { kind: 'p12', p12Path: '/c/b.p12' },
      files: ['/c/b.p12', '/c/b.cer'],
    };
    expect(uploadFile(p12WithCer)).toBe('/c/b.cer');
  });

  it('names a file by its last path part on any system', () => {
    expect(baseName('/home/me/client-2048.crt')).toBe('client-2048.crt');
    expect(baseName('C:\\Users\\me\\client-2048.crt')).toBe('client-2048.crt');
  });
});
