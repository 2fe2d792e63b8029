/**
 * saveCertificateAsCrt and addRenewalReminder on the real certificate engine: a certificate kept in a
 * .p12 (or a lone .pem) gets its .crt, which OpenSSL reads as the same certificate; the calendar file
 * lands next to the certificate and is opened through the Platform; nothing the app did not write is
 * ever replaced.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, type HandlerTable } from '../../../../../electron/core/handlers/index.js';
import { openSettings, type SettingsStore } from '../../../../../electron/core/settings/index.js';
import { REMINDER_FILE_NAME } from '../../../../../electron/core/reminder/renewal-event.js';
import type { Platform } from '../../../../../electron/core/platform.js';
import { recordingPlatform, type RecordingPlatform } from '../../../../support/fakes.js';
import { tempDir } from '../../../../support/temp-dir.js';

const run = promisify(execFile);
const P12_PASSWORD = 'p12 secret';

interface Setup {
  readonly handlers: HandlerTable;
  readonly store: SettingsStore;
  readonly platform: RecordingPlatform;
}

function setup(platform: RecordingPlatform = recordingPlatform(), overrides: Partial<Platform> = {}): Setup {
  const { store } = openSettings(tempDir('crt-data'));
  const handlers = createHandlers({
    platform: { ...platform, ...overrides },
    settings: store,
    env: {},
    dataDir: tempDir('crt-data2'),
    appVersion: '0.1.0',
    settingsNotice: null,
  });
  return { handlers, store, platform };
}

let made: string;

beforeAll(async () => {
  made = tempDir('crt-made');
  const { handlers } = setup();
  const r = await handlers.generateCertificate({ dir: made, p12Password: P12_PASSWORD });
  expect(r.ok).toBe(true);
}, 60_000);

async function fingerprint(path: string): Promise<string> {
  const { stdout } = await run('openssl', ['x509', '-in', path, '-noout', '-fingerprint', '-sha256']);
  return stdout.trim().split('=')[1] ?? '';
}

/** A folder with only the .p12 (or .pem) in it, remembered as the certificate to use. */
async function useOnly(fileName: string, password?: string): Promise<Setup & { dir: string }> {
  const dir = tempDir('crt-only');
  copyFileSync(join(made, fileName), join(dir, fileName));
  const s = setup();
  const r = await s.handlers.useCertificate({
    paths: [join(dir, fileName)],
    ...(password ? { p12Password: password } : {}),
  });
  expect(r.ok && r.value.usable).toBe(true);
  return { ...s, dir };
}

describe('saveCertificateAsCrt', () => {
  it('writes the certificate of a .p12 as a .crt next to it that OpenSSL reads as the same certificate, and remembers it', async () => {
    const { handlers, store, dir } = await useOnly('client-2048.p12', P12_PASSWORD);
    const r = await handlers.saveCertificateAsCrt({ p12Password: P12_PASSWORD });
    expect(r).toEqual({ ok: true, value: { path: join(dir, 'client-2048.crt') } });
    const crt = join(dir, 'client-2048.crt');
    expect(await fingerprint(crt)).toBe(store.get().certificate?.fingerprintSha256);
    expect(readFileSync(crt, 'utf8')).not.toContain('PRIVATE KEY');
    expect(statSync(crt).mode & 0o777).toBe(0o644);
    expect(store.get().certificate?.files).toContain(crt);
    // Asked again: the same file, nothing new.
    expect(await handlers.saveCertificateAsCrt({})).toEqual({ ok: true, value: { path: crt } });
  });

  it('needs the right .p12 password, and says so in plain words', async () => {
    const { handlers, dir } = await useOnly('client-2048.p12', P12_PASSWORD);
    const r = await handlers.saveCertificateAsCrt({ p12Password: 'wrong' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/password/);
    expect(() => statSync(join(dir, 'client-2048.crt'))).toThrow();
  });

  it('takes the certificate out of a lone .pem, and never replaces a different file of that name', async () => {
    const { handlers, dir } = await useOnly('client-2048.pem');
    const crt = join(dir, 'client-2048.crt');
    writeFileSync(crt, 'someone else’s file\n');
    const refused = await handlers.saveCertificateAsCrt({});
    expect(refused).toMatchObject({ ok: false, error: { code: 'FILES_EXIST' } });
    expect(readFileSync(crt, 'utf8')).toBe('someone else’s file\n');
  });
});

describe('addRenewalReminder', () => {
  it('writes the .ics next to the certificate and opens it through the Platform', async () => {
    const { handlers, platform, dir } = await useOnly('client-2048.pem');
    const r = await handlers.addRenewalReminder(undefined);
    const path = join(dir, REMINDER_FILE_NAME);
    expect(r).toEqual({ ok: true, value: { path, late: false } });
    expect(platform.openedFiles).toEqual([path]);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('DTSTART;VALUE=DATE:');
    // A second time replaces its own file (same UID: the calendar updates the event).
    expect(await handlers.addRenewalReminder(undefined)).toEqual({ ok: true, value: { path, late: false } });
  });

  it('leaves a file it did not write alone', async () => {
    const { handlers, platform, dir } = await useOnly('client-2048.pem');
    const path = join(dir, REMINDER_FILE_NAME);
    writeFileSync(path, 'BEGIN:VCALENDAR\r\nPRODID:someone else\r\nEND:VCALENDAR\r\n');
    expect(await handlers.addRenewalReminder(undefined)).toMatchObject({ ok: false, error: { code: 'FILES_EXIST' } });
    expect(readFileSync(path, 'utf8')).toContain('someone else');
    expect(platform.openedFiles).toEqual([]);
  });

  it('says where the file is when no calendar program opens it', async () => {
    const dir = tempDir('crt-noopen');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(made, 'client-2048.pem'), join(dir, 'client-2048.pem'));
    const s = setup(recordingPlatform(), { openPath: () => Promise.reject(new Error('no handler')) });
    await s.handlers.useCertificate({ paths: [join(dir, 'client-2048.pem')] });
    const r = await s.handlers.addRenewalReminder(undefined);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(join(dir, REMINDER_FILE_NAME));
  });

  it('asks for a certificate first', async () => {
    const { handlers } = setup();
    expect(await handlers.addRenewalReminder(undefined)).toMatchObject({
      ok: false,
      error: { code: 'NEEDS_CERTIFICATE' },
    });
  });
});
