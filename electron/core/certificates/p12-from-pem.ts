/**
 * A .p12 / .pfx from a certificate and key already read (the bot kit's .NET and Java bundles): the same writer as the
 * .p12 made with a new certificate (p12-writer.ts, p12-secrets.ts), in the AES-256 format unless `format` asks for
 * the legacy one (older readers: docs/bot-kit.md).
 */
import { X509Certificate } from 'node:crypto';
import { deriveP12AesSecrets, deriveP12Secrets } from './p12-secrets.js';

export type KeystoreFormat = 'aes256' | 'legacy';

export async function p12FromPem(
  certPem: string,
  keyPem: string,
  password: string,
  format: KeystoreFormat = 'aes256',
): Promise<Buffer> {
  const certificateDer = new X509Certificate(certPem).raw;
  const secrets = format === 'legacy' ? deriveP12Secrets(password) : deriveP12AesSecrets(password);
  const [derived, { buildP12 }] = await Promise.all([secrets, import('./p12-writer.js')]);
  return buildP12(certificateDer, keyPem, derived);
}
