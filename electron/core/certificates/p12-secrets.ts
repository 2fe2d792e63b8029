/**
 * The .p12's password-derived keys (RFC 7292 appendix B, see pkcs12-kdf.ts) and their salts. No forge
 * here: they are derived while the key pair is generated, before the rest of the engine is loaded.
 */
import { randomBytes } from 'node:crypto';
import { PKCS12_KDF_ID, pkcs12Kdf } from './pkcs12-kdf.js';

/** Rounds of the key derivation and of the MAC (what OpenSSL writes by default). */
export const P12_ITERATIONS = 2048;

/** The password-derived keys and salts. They do not depend on the RSA key, so they can be made while it is generated. */
export interface P12Secrets {
  readonly keySalt: Buffer;
  readonly key: Buffer;
  readonly iv: Buffer;
  readonly macSalt: Buffer;
  readonly macKey: Buffer;
}

export async function deriveP12Secrets(password: string): Promise<P12Secrets> {
  const keySalt = randomBytes(8);
  const macSalt = randomBytes(8);
  const key = await pkcs12Kdf(password, keySalt, PKCS12_KDF_ID.key, P12_ITERATIONS, 24);
  const iv = await pkcs12Kdf(password, keySalt, PKCS12_KDF_ID.iv, P12_ITERATIONS, 8);
  const macKey = await pkcs12Kdf(password, macSalt, PKCS12_KDF_ID.mac, P12_ITERATIONS, 20);
  return { keySalt, key, iv, macSalt, macKey };
}
