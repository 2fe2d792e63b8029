import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedCertificate } from '../../../../../shared/certificate-types.js';
import {
  generateCertificate,
  loadClientCredential,
  summarizeCertificatePem,
} from '../../../../../electron/core/certificates/index.js';
import { tool } from '../../../../support/tools.js';
import { tempDir } from '../../../../support/temp-dir.js';

const CORPUS = join(import.meta.dirname, '../../../../fixtures/bad-inputs');

describe('loadClientCredential', () => {
  let made: GeneratedCertificate;

  beforeAll(async () => {
    const result = await generateCertificate({ dir: tempDir('cred'), p12Password: 'pw 1' });
    if (!result.ok) throw new Error(result.error.message);
    made = result.value;
  });

  it.each(['pair', 'pem', 'p12'] as const)('gives PEM certificate + unencrypted PEM key from a %s', async (kind) => {
    const source =
      kind === 'pair'
        ? { kind, certificatePath: made.files.certificate, keyPath: made.files.key }
        : kind === 'pem'
          ? { kind, pemPath: made.files.pem }
          : { kind, p12Path: made.files.p12 ?? '' };
    const result = await loadClientCredential(source, kind === 'p12' ? 'pw 1' : undefined);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.fingerprintSha256).toBe(made.certificate.fingerprintSha256);
    expect(new X509Certificate(result.value.certPem).checkPrivateKey(createPrivateKey(result.value.keyPem))).toBe(true);
    expect(result.value.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    // The key is the very key in the file (checked by OpenSSL, not by ourselves).
    const fromFile = await tool('openssl', ['pkey', '-in', made.files.key, '-pubout']);
    expect(createPrivateKey(result.value.keyPem).export({ type: 'pkcs8', format: 'pem' })).toBe(
      await readFile(made.files.key, 'utf8'),
    );
    expect(fromFile.code).toBe(0);
  });

  it.each([
    [{ kind: 'p12' as const, p12Path: 'P12' }, undefined, 'P12_PASSWORD_NEEDED'],
    [{ kind: 'p12' as const, p12Path: 'P12' }, 'wrong', 'P12_WRONG_PASSWORD'],
    [{ kind: 'pem' as const, pemPath: '/nowhere/client-2048.pem' }, undefined, 'FILE_NOT_FOUND'],
  ])('fails with a plain message: %j -> %s', async (source, password, code) => {
    const fixed = source.kind === 'p12' ? { ...source, p12Path: made.files.p12 ?? '' } : source;
    const result = await loadClientCredential(fixed, password);
    expect(!result.ok && result.error.code).toBe(code);
    expect(!result.ok && result.error.message).not.toMatch(/Error|stack|at \//);
  });

  it('fails KEY_MISMATCH for a pair that does not belong together', async () => {
    const result = await loadClientCredential({
      kind: 'pair',
      certificatePath: join(CORPUS, 'mismatch.crt'),
      keyPath: join(CORPUS, 'mismatch.key'),
    });
    expect(!result.ok && result.error.code).toBe('KEY_MISMATCH');
  });

  it('summarizeCertificatePem shows only public data', () => {
    const summary = summarizeCertificatePem(
      made.certificate.certificatePem,
      new Date(Date.parse(made.certificate.notAfter) + 86_400_000 * 2),
    );
    expect(summary.daysLeft).toBe(-2);
    expect(summary.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(JSON.stringify(summary)).not.toMatch(/PRIVATE KEY/);
  });
});
