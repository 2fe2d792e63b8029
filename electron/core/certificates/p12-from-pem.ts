/**
 * A .p12 / .pfx from a certificate and key already read (the bot kit's .NET and Java bundles): the same writer and
 * password-derived keys as the .p12 made with a new certificate (p12-writer.ts, p12-secrets.ts).
 */
import { X509Certificate } from 'node:crypto';
import { deriveP12Secrets } from './p12-secrets.js';

export async function p12FromPem(certPem: string, keyPem: string, password: string): Promise<Buffer> {
  const certificateDer = new X509Certificate(certPem).raw;
  const [secrets, { buildP12 }] = await Promise.all([deriveP12Secrets(password), import('./p12-writer.js')]);
  return buildP12(certificateDer, keyPem, secrets);
}
