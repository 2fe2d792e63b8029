/**
 * The PKCS#12 key derivation (RFC 7292 appendix B). RFC 7292 publishes no vectors of its own; the
 * known answers everyone checks against are Dr Stephen Henson's (the OpenSSL PKCS#12 FAQ's test.txt,
 * also in Crypto++'s validation suite and Bouncy Castle's PKCS12Test): SHA-1, passwords "smeg" and
 * "queeg", IDs 1 (key), 2 (IV) and 3 (MAC). Cases they do not cover (SHA-256/512, a non-ASCII
 * password, a long salt, an output longer than one hash) are checked against OpenSSL's own
 * PKCS12KDF (`openssl kdf`), with the password encoded independently of bmpPassword.
 */
import { describe, expect, it } from 'vitest';
import {
  bmpPassword,
  PKCS12_KDF_ID,
  pkcs12Kdf,
  type KdfHash,
} from '../../../../../electron/core/certificates/pkcs12-kdf.js';
import { tool } from '../../../../support/tools.js';

const PUBLISHED: ReadonlyArray<
  readonly [id: number, iterations: number, password: string, salt: string, output: string]
> = [
  [1, 1, 'smeg', '0A58CF64530D823F', '8AAAE6297B6CB04642AB5B077851284EB7128F1A2A7FBCA3'],
  [2, 1, 'smeg', '0A58CF64530D823F', '79993DFE048D3B76'],
  [1, 1, 'smeg', '642B99AB44FB4B1F', 'F3A95FEC48D7711E985CFE67908C5AB79FA3D7C5CAA5D966'],
  [2, 1, 'smeg', '642B99AB44FB4B1F', 'C0A38D64A79BEA1D'],
  [3, 1, 'smeg', '3D83C0E4546AC140', '8D967D88F6CAA9D714800AB3D48051D63F73A312'],
  [1, 1000, 'queeg', '05DEC959ACFF72F7', 'ED2034E36328830FF09DF1E1A07DD357185DAC0D4F9EB3D4'],
  [2, 1000, 'queeg', '05DEC959ACFF72F7', '11DEDAD7758D4860'],
  [1, 1000, 'queeg', '1682C0FC5B3F7EC5', '483DD6E919D7DE2E8E648BA8F862F3FBFBDC2BCB2C02957F'],
  [2, 1000, 'queeg', '1682C0FC5B3F7EC5', '9D461D1B00355C50'],
  [3, 1000, 'queeg', '263216FCC2FAB31C', '5EC4C7A80DF652294C3925B6489A7AB857C83476'],
];

/** UTF-16 big-endian with a two-byte terminator, made without bmpPassword. */
function bmpIndependently(password: string): Buffer {
  return Buffer.from(`${password}\0`, 'utf16le').swap16();
}

async function opensslKdf(
  hash: KdfHash,
  password: Buffer,
  salt: Buffer,
  id: number,
  iterations: number,
  length: number,
): Promise<string> {
  const r = await tool('openssl', [
    'kdf',
    '-keylen',
    String(length),
    '-kdfopt',
    `digest:${hash.toUpperCase()}`,
    '-kdfopt',
    `hexpass:${password.toString('hex')}`,
    '-kdfopt',
    `hexsalt:${salt.toString('hex')}`,
    '-kdfopt',
    `iter:${iterations}`,
    '-kdfopt',
    `id:${id}`,
    'PKCS12KDF',
  ]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.trim().replace(/:/g, '').toUpperCase();
}

describe('pkcs12Kdf', () => {
  it('encodes the password as PKCS#12 wants it (UTF-16BE and a zero terminator)', () => {
    expect(bmpPassword('smeg').toString('hex').toUpperCase()).toBe('0073006D006500670000');
    expect(bmpPassword('pässwörd')).toEqual(bmpIndependently('pässwörd'));
  });

  it.each(PUBLISHED)(
    'gives the published answer for ID %i, %i round(s), password "%s", salt %s',
    async (id, iterations, password, salt, output) => {
      const fromText = await pkcs12Kdf(password, Buffer.from(salt, 'hex'), id, iterations, output.length / 2);
      expect(fromText.toString('hex').toUpperCase()).toBe(output);
      const fromBytes = await pkcs12Kdf(
        bmpIndependently(password),
        Buffer.from(salt, 'hex'),
        id,
        iterations,
        output.length / 2,
      );
      expect(fromBytes.toString('hex').toUpperCase()).toBe(output);
    },
  );

  const CROSS_CHECKS: ReadonlyArray<
    readonly [
      what: string,
      hash: KdfHash,
      password: string,
      salt: Buffer,
      id: number,
      iterations: number,
      length: number,
    ]
  > = [
    [
      'SHA-256 MAC key, 2048 rounds (what OpenSSL 3 writes)',
      'sha256',
      'bot-login',
      Buffer.from('e241f01650dbeae4', 'hex'),
      PKCS12_KDF_ID.mac,
      2048,
      32,
    ],
    ['a non-ASCII password', 'sha1', 'pässwörd', Buffer.from('0102030405060708', 'hex'), PKCS12_KDF_ID.key, 2048, 24],
    [
      'SHA-512 (128-byte blocks), output longer than one hash',
      'sha512',
      'Pa55 wörd €',
      Buffer.alloc(20, 7),
      PKCS12_KDF_ID.key,
      3,
      100,
    ],
    [
      'a salt longer than one block, a long password',
      'sha384',
      'x'.repeat(90),
      Buffer.alloc(150, 0xa5),
      PKCS12_KDF_ID.iv,
      10,
      16,
    ],
  ];

  it.each(CROSS_CHECKS)('agrees with OpenSSL for %s', async (_what, hash, password, salt, id, iterations, length) => {
    const ours = await pkcs12Kdf(password, salt, id, iterations, length, hash);
    expect(ours.toString('hex').toUpperCase()).toBe(
      await opensslKdf(hash, bmpIndependently(password), salt, id, iterations, length),
    );
  });
});
