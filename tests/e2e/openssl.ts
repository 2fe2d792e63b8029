/** Certificates made by the openssl CLI (an independent maker), for the import tests. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface OpensslPair {
  readonly certificatePath: string;
  readonly keyPath: string;
  /** "AB:CD:…" as openssl prints it. */
  readonly fingerprintSha256: string;
}

export async function opensslPair(dir: string, name: string): Promise<OpensslPair> {
  const certificatePath = join(dir, `${name}.crt`);
  const keyPath = join(dir, `${name}.key`);
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-sha256',
    '-days',
    '90',
    '-subj',
    `/CN=${name}`,
    '-keyout',
    keyPath,
    '-out',
    certificatePath,
  ]);
  const { stdout } = await run('openssl', ['x509', '-in', certificatePath, '-noout', '-fingerprint', '-sha256']);
  const fingerprintSha256 = stdout.trim().replace(/^.*=/, '').toUpperCase();
  return { certificatePath, keyPath, fingerprintSha256 };
}

export async function opensslKey(dir: string, name: string): Promise<string> {
  const keyPath = join(dir, `${name}.key`);
  await run('openssl', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', keyPath]);
  return keyPath;
}

/** A .p12 (certificate + key) protected with `password`, made by `openssl pkcs12 -export`. */
export async function opensslP12(pair: OpensslPair, dir: string, name: string, password: string): Promise<string> {
  const p12Path = join(dir, `${name}.p12`);
  await run('openssl', [
    'pkcs12',
    '-export',
    '-in',
    pair.certificatePath,
    '-inkey',
    pair.keyPath,
    '-out',
    p12Path,
    '-passout',
    `pass:${password}`,
  ]);
  return p12Path;
}
