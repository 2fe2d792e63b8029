/** Which of the certificate's files the UI points at. */
import type { StoredCertificate } from '../../shared/settings-schema.js';

const P12 = /\.(p12|pfx)$/i;
const CRT = /\.(crt|cer)$/i;

/** True when a chosen file is a PKCS#12 bundle, which needs its password to be read. */
export function needsP12Password(paths: readonly string[]): boolean {
  return paths.some((p) => P12.test(p));
}

/**
 * The file to upload to Betfair: the .crt (or .cer). Null when there is none (a lone .pem or .p12
 * holds the private key too, so it must never be uploaded).
 */
export function uploadFile(cert: StoredCertificate): string | null {
  if (cert.source.kind === 'pair') return cert.source.certificatePath;
  return cert.files.find((f) => CRT.test(f)) ?? null;
}

/** "client-2048.crt" from a full path (either slash). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

export type FileRole = 'certificate' | 'key' | 'pem' | 'p12' | 'other';

/** What one file is for, from its extension (the line each file gets on screen). */
export function fileRole(path: string): FileRole {
  if (CRT.test(path)) return 'certificate';
  if (/\.key$/i.test(path)) return 'key';
  if (/\.pem$/i.test(path)) return 'pem';
  if (P12.test(path)) return 'p12';
  return 'other';
}
