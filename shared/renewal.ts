/**
 * Renewing the certificate without the bot going down (issue 33): the names and the stages, said once for the app,
 * the CLI and the tests. The new set is made in its own folder BESIDE the working one; the working files stay
 * untouched until the new certificate passes a test; then the new set takes the working set's place (same names, so
 * no path changes) and the old set goes to one archive folder (owner-only) that may be deleted once the bot has
 * logged in with the new certificate.
 */
import { CERT_FILE_NAMES, DEFAULT_COMMON_NAME } from './certificate-types.js';
import type { Settings } from './settings-schema.js';

/** The folder of a renewal, beside the working set: renewal-YYYY-MM-DD (-2, -3… when taken). */
export const RENEWAL_DIR_PREFIX = 'renewal-';
/** Inside the renewal folder: the replacement files for the bot, in a kit's own layout. */
export const BOT_FILES_DIR = 'for-the-bot';
/** The one archive folder beside the working set (0700): old sets, each in a subfolder named for it. */
export const ARCHIVE_DIR = 'old-certificates';
/** The files a bot (betfairlightweight/flumine, Node kit) reads, by their place in the kit: what to replace. */
export const BOT_FILE_NAMES = [`certs/${CERT_FILE_NAMES.certificate}`, `certs/${CERT_FILE_NAMES.key}`] as const;

/** Where a renewal stands: what the dashboard says and which action comes next. */
export type RenewalStage = 'none' | 'not-uploaded' | 'not-tested' | 'done';

export function renewalStage(settings: Pick<Settings, 'renewal' | 'renewalDone'>): RenewalStage {
  if (settings.renewal) return settings.renewal.uploaded ? 'not-tested' : 'not-uploaded';
  return settings.renewalDone ? 'done' : 'none';
}

/** YYYY-MM-DD (UTC): the day in a certificate's name and in a renewal folder's name. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** A name that tells certificates apart: the default name with the day it was made ("Betfair bot login 2026-12-06"). */
export function datedCommonName(now: Date): string {
  return `${DEFAULT_COMMON_NAME} ${dayOf(now)}`;
}

/** The short form of a fingerprint a person can compare on Betfair's page: its first four pairs ("AB:CD:EF:01"). */
export function shortFingerprint(fingerprintSha256: string): string {
  return fingerprintSha256.split(':').slice(0, 4).join(':');
}

/** The kits made for a certificate that is no longer the current one (their files must be replaced). */
export function outdatedKits(settings: Pick<Settings, 'kits' | 'certificate'>): Settings['kits'] {
  const current = settings.certificate?.fingerprintSha256;
  return settings.kits.filter((kit) => kit.fingerprintSha256 !== current);
}

/** The archive subfolder an old set goes to: the day it runs out and its fingerprint's start ("2027-12-06-expiring-ab12cd34"). */
export function oldSetLabel(notAfter: string, fingerprintSha256: string): string {
  return `${dayOf(new Date(notAfter))}-expiring-${fingerprintSha256.replace(/:/g, '').slice(0, 8).toLowerCase()}`;
}
