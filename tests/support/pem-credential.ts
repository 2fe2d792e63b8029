/**
 * A minimal credential loader for the login tests (PEM pair or combined PEM, unencrypted key), so they do not
 * depend on the certificate engine's details. The product uses the certificate engine's loadClientCredential.
 */
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { CredentialSource } from '../../shared/certificate-types.js';
import { fail, ok, type Result } from '../../shared/result.js';
import type { LoginCredential } from '../../electron/core/login/types.js';

export async function loadPemCredential(source: CredentialSource): Promise<Result<LoginCredential>> {
  try {
    const [certText, keyText] =
      source.kind === 'pair'
        ? await Promise.all([readFile(source.certificatePath, 'utf8'), readFile(source.keyPath, 'utf8')])
        : source.kind === 'pem'
          ? await readFile(source.pemPath, 'utf8').then((t) => [t, t] as const)
          : ['', ''];
    const certPem = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(certText)?.[0];
    const keyPem = /-----BEGIN (?:RSA )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA )?PRIVATE KEY-----/.exec(keyText)?.[0];
    if (!certPem || !keyPem) return fail('FILE_NOT_FOUND', 'The certificate or key could not be read.');
    return ok({ certPem, keyPem, fingerprintSha256: new X509Certificate(certPem).fingerprint256 });
  } catch {
    return fail('FILE_NOT_FOUND', 'A certificate file could not be found.');
  }
}
