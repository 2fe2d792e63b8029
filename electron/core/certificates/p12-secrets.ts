/**
 * The .p12's password-derived keys (RFC 7292 appendix B, see pkcs12-kdf.ts) and their salts. No forge
 * here: they are derived while the key pair is generated, before the rest of the engine is loaded.
 */
import { pbkdf2, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { PKCS12_KDF_ID, pkcs12Kdf } from './pkcs12-kdf.js';

/** Rounds of the key derivation and of the MAC (what OpenSSL writes by default). */
export const P12_ITERATIONS = 2048;

/** The password-derived keys and salts. They do not depend on the RSA key, so they can be made while it is generated. */
export interface P12Secrets {
  readonly format: 'legacy';
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
  return { format: 'legacy', keySalt, key, iv, macSalt, macKey };
}

/**
 * Rounds of PBKDF2 and of the MAC's key derivation in the AES-256 format: what Java 18+ writes by default
 * (keystore.pkcs12.keyPbeIterationCount / macIterationCount), under the limits of .NET (600,000) and of this app's
 * own reader (400,000 in all, certificates/work-budget.ts).
 */
export const P12_AES_ITERATIONS = 10_000;

/**
 * The keys of the AES-256 format (PBES2: PBKDF2 with HMAC-SHA-256 and AES-256-CBC for the key; an HMAC-SHA-256 MAC
 * whose key comes from the PKCS#12 derivation with SHA-256), as OpenSSL 3 and Java 18+ write by default.
 */
export interface P12AesSecrets {
  readonly format: 'aes256';
  readonly keySalt: Buffer;
  readonly key: Buffer;
  readonly iv: Buffer;
  readonly macSalt: Buffer;
  readonly macKey: Buffer;
}

const pbkdf2Async = promisify(pbkdf2);

export async function deriveP12AesSecrets(password: string): Promise<P12AesSecrets> {
  const keySalt = randomBytes(16);
  const macSalt = randomBytes(16);
  const iv = randomBytes(16);
  // PBES2 takes the password's UTF-8 bytes (RFC 8018), the MAC the PKCS#12 BMP form (RFC 7292), as OpenSSL does.
  const [key, macKey] = await Promise.all([
    pbkdf2Async(Buffer.from(password, 'utf8'), keySalt, P12_AES_ITERATIONS, 32, 'sha256'),
    pkcs12Kdf(password, macSalt, PKCS12_KDF_ID.mac, P12_AES_ITERATIONS, 32, 'sha256'),
  ]);
  return { format: 'aes256', keySalt, key, iv, macSalt, macKey };
}
