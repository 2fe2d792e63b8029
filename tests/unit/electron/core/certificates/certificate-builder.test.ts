/** The certificate request of the reference's `openssl req -new` step, made in memory, checked by OpenSSL. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../../../../electron/core/certificates/certificate-builder.js';
import { generateRsaKeyPair } from '../../../../../electron/core/certificates/rsa-key-pair.js';
import { tool } from '../../../../support/tools.js';
import { tempDir } from '../../../../support/temp-dir.js';

describe('buildCsr', () => {
  it('makes a SHA-256 request OpenSSL verifies, for the same key, with the subject given', async () => {
    const keys = await generateRsaKeyPair();
    const csr = buildCsr(keys, { commonName: 'My bot', country: 'IE', organization: 'Acme' });
    expect(csr).not.toContain('\r');
    const dir = tempDir('csr');
    await writeFile(join(dir, 'client-2048.csr'), csr);
    await writeFile(join(dir, 'client-2048.key'), keys.privateKeyPem);
    const { code, stdout, stderr } = await tool('openssl', [
      'req',
      '-in',
      join(dir, 'client-2048.csr'),
      '-verify',
      '-noout',
      '-text',
    ]);
    expect(code).toBe(0);
    expect(stderr + stdout).toMatch(/verify OK/i);
    expect(stdout).toContain('Signature Algorithm: sha256WithRSAEncryption');
    expect(stdout).toMatch(/Subject: C = IE, O = Acme, CN = My bot/);
    const reqModulus = await tool('openssl', ['req', '-in', join(dir, 'client-2048.csr'), '-noout', '-modulus']);
    const keyModulus = await tool('openssl', ['rsa', '-in', join(dir, 'client-2048.key'), '-noout', '-modulus']);
    expect(reqModulus.stdout).toBe(keyModulus.stdout);
  });
});
