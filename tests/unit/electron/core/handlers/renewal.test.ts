/**
 * Renewing the certificate without the bot going down (issue 33), on the real engines against the fake identitysso
 * in "one certificate per account" mode: the new set is made beside the working one, which stays byte-for-byte the
 * same until the new certificate passes a test; the old kit keeps logging in until the new certificate is uploaded,
 * then fails with CERT_AUTH_REQUIRED while the bot's new files log in (checked with curl, not our client); the
 * renewal survives a restart; after the passing test the new set has the old names in the old folder, the old set is
 * in one 0700 archive folder, the old kit is marked out of date; cancel returns to the working set with nothing lost.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HandlerTable } from '../../../../../electron/core/handlers/index.js';
import type { Settings } from '../../../../../shared/settings-schema.js';
import { ARCHIVE_DIR, BOT_FILES_DIR, outdatedKits, renewalStage } from '../../../../../shared/renewal.js';
import {
  DEFAULT_APP_KEYS,
  DEFAULT_TEST_PASSWORD,
  DEFAULT_TEST_USERNAME,
} from '../../../../fixtures/fake-sso/server.js';
import { curlLogin, folderSnapshot, opensslFingerprint } from '../../../../fixtures/renewal-checks.js';
import { registeringHandlers, type LooseHandlerTable } from '../../../../harness/sso-registration.js';
import { realHandlersForSuite } from '../../../../support/real-handlers.js';

const run = promisify(execFile);

/** The app's handler table on the real engines, against the fake identitysso in "one certificate per account" mode. */
const app = realHandlersForSuite('renewal', { oneCertificate: true });
let handlers: HandlerTable;
/** The handlers as the harness binds them: generate and "I have uploaded it" reach the fake as uploads. */
let uploading: LooseHandlerTable;

beforeAll(() => {
  handlers = app.open();
  uploading = registeringHandlers(handlers, app.sso, () => undefined);
});

async function settings(table: HandlerTable = handlers): Promise<Settings> {
  const r = await table.getSettings(undefined);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const login = { appKey: DEFAULT_APP_KEYS.live, username: DEFAULT_TEST_USERNAME, password: DEFAULT_TEST_PASSWORD };
const snapshot = folderSnapshot;
/** A login by curl from a bot's certs folder. */
const curl = (certsDir: string): Promise<string> => curlLogin(app.sso, certsDir, login);

describe('renewal without the bot going down (one certificate per account)', () => {
  let working: Record<string, string>;
  let oldKitDir: string;
  let oldFingerprint: string;
  let botFilesDir: string;

  it('starts from a working setup with a bot kit', async () => {
    await handlers.updateSettings({ jurisdiction: 'international' });
    expect((await uploading.generateCertificate({ dir: app.certDir })).ok).toBe(true);
    expect(await handlers.testLogin(login)).toMatchObject({ ok: true, value: { loginStatus: 'SUCCESS' } });
    const kit = await handlers.writeBotKit({
      framework: 'betfairlightweight',
      username: DEFAULT_TEST_USERNAME,
      appKey: DEFAULT_APP_KEYS.live,
    });
    if (!kit.ok) throw new Error(kit.error.message);
    oldKitDir = kit.value.dir;
    const s = await settings();
    oldFingerprint = s.certificate?.fingerprintSha256 ?? '';
    expect(s.kits).toEqual([{ dir: oldKitDir, framework: 'betfairlightweight', fingerprintSha256: oldFingerprint }]);
    working = snapshot(app.certDir);
    expect(Object.keys(working)).toEqual(expect.arrayContaining(['client-2048.crt', 'client-2048.key']));
  });

  it('makes the new set beside the working one, with a dated name; the working files do not change', async () => {
    const r = await handlers.startRenewal(undefined);
    if (!r.ok) throw new Error(r.error.message);
    const renewal = r.value.renewal;
    if (!renewal) throw new Error('no renewal');
    expect(renewalStage(r.value)).toBe('not-uploaded');
    expect(dirname(renewal.dir)).toBe(app.certDir);
    expect(basename(renewal.dir)).toMatch(/^renewal-\d{4}-\d{2}-\d{2}$/);
    expect(statSync(renewal.dir).mode & 0o777).toBe(0o700);
    expect(r.value.certificate?.fingerprintSha256).toBe(oldFingerprint);
    expect(snapshot(app.certDir)).toEqual(working);
    // A name that tells it apart, read back by OpenSSL.
    const crt = join(renewal.dir, 'client-2048.crt');
    const { stdout } = await run('openssl', ['x509', '-in', crt, '-noout', '-subject']);
    expect(stdout).toMatch(/CN ?= ?Betfair bot login \d{4}-\d{2}-\d{2}/);
    expect(await opensslFingerprint(crt)).toBe(renewal.fingerprintSha256);
    // The bot's replacement files in the kit's own layout, the key owner-only, matching the new certificate.
    botFilesDir = renewal.botFilesDir;
    expect(botFilesDir).toBe(join(renewal.dir, BOT_FILES_DIR));
    const botCrt = join(botFilesDir, 'certs', 'client-2048.crt');
    const botKey = join(botFilesDir, 'certs', 'client-2048.key');
    expect(statSync(botKey).mode & 0o777).toBe(0o600);
    expect(await opensslFingerprint(botCrt)).toBe(renewal.fingerprintSha256);
    const fromCert = await run('openssl', ['x509', '-in', botCrt, '-noout', '-pubkey']);
    const fromKey = await run('openssl', ['pkey', '-in', botKey, '-pubout']);
    expect(fromCert.stdout).toBe(fromKey.stdout);
  });

  it('until the upload, the old kit still logs in and the new files do not', async () => {
    const kitCerts = join(oldKitDir, 'certs');
    expect(await curl(kitCerts)).toBe('SUCCESS');
    expect(await curl(join(botFilesDir, 'certs'))).toBe('CERT_AUTH_REQUIRED');
  });

  it('after the upload the old kit fails (CERT_AUTH_REQUIRED) and the new files log in; the working files still wait', async () => {
    const r = await uploading.confirmRenewalUpload(undefined);
    expect(r.ok).toBe(true);
    expect(renewalStage(await settings())).toBe('not-tested');
    const kitCerts = join(oldKitDir, 'certs');
    expect(await curl(kitCerts)).toBe('CERT_AUTH_REQUIRED');
    expect(await curl(join(botFilesDir, 'certs'))).toBe('SUCCESS');
    expect(snapshot(app.certDir)).toEqual(working);
  });

  it('survives a restart: the settings read again still hold the uploaded, untested renewal', async () => {
    handlers = app.open();
    const s = await settings();
    expect(renewalStage(s)).toBe('not-tested');
    expect(s.renewal?.botFilesDir).toBe(botFilesDir);
  });

  it('the passing test makes the new set current under the old names and archives the old set (0700)', async () => {
    const before = await settings();
    const newFingerprint = before.renewal?.fingerprintSha256 ?? '';
    const r = await handlers.testLogin(login);
    expect(r).toMatchObject({ ok: true, value: { loginStatus: 'SUCCESS' } });
    const s = await settings();
    expect(renewalStage(s)).toBe('done');
    expect(s.renewal).toBeNull();
    expect(s.renewalDone?.botFilesDir).toBe(botFilesDir);
    expect(s.certificate?.fingerprintSha256).toBe(newFingerprint);
    expect(s.certificate?.source).toEqual({
      kind: 'pair',
      certificatePath: join(app.certDir, 'client-2048.crt'),
      keyPath: join(app.certDir, 'client-2048.key'),
    });
    expect(await opensslFingerprint(join(app.certDir, 'client-2048.crt'))).toBe(newFingerprint);
    expect(s.lastTest?.success).toBe(true);
    // The old set, byte for byte, in the one archive folder, owner-only.
    const archive = join(app.certDir, ARCHIVE_DIR);
    expect(s.archiveDir).toBe(archive);
    expect(statSync(archive).mode & 0o777).toBe(0o700);
    const [oldSet] = readdirSync(archive);
    if (!oldSet) throw new Error('archive empty');
    const archived = snapshot(join(archive, oldSet));
    for (const name of ['client-2048.crt', 'client-2048.key', 'client-2048.pem'])
      expect(archived[name], name).toBe(working[name]);
    // The kit made for the old certificate is now marked out of date.
    expect(outdatedKits(s).map((k) => k.dir)).toEqual([oldKitDir]);
  });

  it("deletes the archive folder when asked; the renewal's note stays until closed", async () => {
    const r = await handlers.deleteArchive(undefined);
    expect(r.ok && r.value.archiveDir).toBeNull();
    expect(existsSync(join(app.certDir, ARCHIVE_DIR))).toBe(false);
    expect(renewalStage(await settings())).toBe('done');
    expect((await handlers.closeRenewalNote(undefined)).ok).toBe(true);
    expect(renewalStage(await settings())).toBe('none');
  });

  it('cancel returns to the working set, untouched, and keeps the cancelled set in the archive', async () => {
    const current = snapshot(app.certDir);
    const started = await handlers.startRenewal(undefined);
    if (!started.ok || !started.value.renewal) throw new Error('not started');
    const renewalDir = started.value.renewal.dir;
    const r = await handlers.cancelRenewal(undefined);
    if (!r.ok) throw new Error(r.error.message);
    expect(renewalStage(r.value)).toBe('none');
    expect(r.value.certificate?.fingerprintSha256).toBe(started.value.certificate?.fingerprintSha256);
    expect(snapshot(app.certDir)).toEqual(current);
    expect(existsSync(renewalDir)).toBe(false);
    const archive = join(app.certDir, ARCHIVE_DIR);
    expect(readdirSync(archive)).toEqual([`cancelled-${basename(renewalDir)}`]);
    expect(statSync(archive).mode & 0o777).toBe(0o700);
    expect(await handlers.testLogin(login)).toMatchObject({ ok: true, value: { loginStatus: 'SUCCESS' } });
  });

  it('refuses an upload or a cancel without a renewal, in words', async () => {
    expect(await handlers.confirmRenewalUpload(undefined)).toMatchObject({ ok: false, error: { code: 'NO_RENEWAL' } });
    expect(await handlers.cancelRenewal(undefined)).toMatchObject({ ok: false, error: { code: 'NO_RENEWAL' } });
  });
});
