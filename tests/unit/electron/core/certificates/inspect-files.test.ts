import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedCertificate } from '../../../../../shared/certificate-types.js';
import { findingWords } from '../../../../../shared/finding-words.js';
import { FINDING_TEXT } from '../../../../../shared/i18n/en/finding-text.js';
import { generateCertificate, inspectCertificateFiles } from '../../../../../electron/core/certificates/index.js';
import { makeBadInputs, type BadInputManifest } from '../../../../fixtures/make-bad-inputs.js';
import { tool } from '../../../../support/tools.js';
import { tempDir } from '../../../../support/temp-dir.js';

const COMMITTED = join(import.meta.dirname, '../../../../fixtures/bad-inputs');

describe('inspect: the bad-input corpus, regenerated from the script', () => {
  let dir: string;
  let manifest: BadInputManifest;

  beforeAll(async () => {
    dir = tempDir('corpus');
    manifest = await makeBadInputs(dir);
  }, 120_000);

  it('matches the committed manifest (same cases, codes and messages)', async () => {
    const committed = JSON.parse(await readFile(join(COMMITTED, 'manifest.json'), 'utf8')) as BadInputManifest;
    expect(manifest).toEqual(committed);
  });

  it('covers every kind of bad input the issue lists', () => {
    const codes = new Set(manifest.cases.map((c) => c.expect?.code));
    for (const code of [
      'KEY_MISMATCH',
      'NOT_RSA',
      'RSA_SIZE',
      'RSA_1024',
      'EXPIRED',
      'NOT_YET_VALID',
      'EXPIRES_SOON',
      'IS_CSR',
      'NO_CLIENT_AUTH',
      'TRUNCATED',
      'UNREADABLE',
      'EMPTY_FILE',
      'FILE_TOO_LARGE',
      'IS_FOLDER',
      'FILE_NOT_FOUND',
      'NO_CERTIFICATE',
      'NO_KEY',
      'TOO_MANY_CERTIFICATES',
      'KEY_ENCRYPTED',
      'P12_PASSWORD_NEEDED',
      'P12_WRONG_PASSWORD',
    ]) {
      expect(codes, code).toContain(code);
    }
  });

  it('explains each case with exactly its message, and never leaks key material', async () => {
    for (const c of manifest.cases) {
      const paths = c.files.map((f) => join(dir, f));
      const result = await inspectCertificateFiles(c.p12Password ? { paths, p12Password: c.p12Password } : { paths });
      expect(result.ok, c.name).toBe(true);
      if (!result.ok) continue;
      const report = result.value;
      expect(report.usable, c.name).toBe(c.usable);
      if (c.expect === null) expect(report.findings, c.name).toEqual([]);
      else {
        const first = report.findings[0];
        const worded = first && {
          code: first.code,
          severity: first.severity,
          message: findingWords(first, FINDING_TEXT),
        };
        expect(worded, c.name).toEqual(c.expect);
        for (const f of report.findings) {
          const message = findingWords(f, FINDING_TEXT);
          expect(message, c.name).not.toMatch(/Error:|\bat \/|node:|ERR_|undefined|\[object/);
          expect(message.length, c.name).toBeLessThan(200);
        }
      }
      expect(JSON.stringify(report), c.name).not.toMatch(/PRIVATE KEY/);
    }
  });

  it('the committed corpus gives the same answers (except the date-relative case)', async () => {
    for (const c of manifest.cases.filter((x) => x.name !== 'expires soon')) {
      const paths = c.files.map((f) => join(COMMITTED, f));
      const result = await inspectCertificateFiles(c.p12Password ? { paths, p12Password: c.p12Password } : { paths });
      expect(result.ok && (result.value.findings[0]?.code ?? null), c.name).toBe(c.expect?.code ?? null);
    }
  });
});

describe('inspect: a good set', () => {
  let made: GeneratedCertificate;

  beforeAll(async () => {
    const result = await generateCertificate({ dir: tempDir('inspect-good'), p12Password: 'pw' });
    if (!result.ok) throw new Error(result.error.message);
    made = result.value;
  });

  it('reports what OpenSSL reports: subject, issuer, serial, SHA-256 fingerprint, dates, key size', async () => {
    const result = await inspectCertificateFiles({ paths: [made.files.certificate, made.files.key] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const r = result.value;
    const { stdout } = await tool('openssl', [
      'x509',
      '-in',
      made.files.certificate,
      '-noout',
      '-fingerprint',
      '-sha256',
      '-serial',
      '-enddate',
      '-subject',
    ]);
    expect(stdout).toContain(`sha256 Fingerprint=${r.certificate?.fingerprintSha256}`);
    expect(stdout).toContain(`serial=${r.certificate?.serialNumber.toUpperCase()}`);
    expect(Date.parse(/notAfter=(.*)/.exec(stdout)?.[1] ?? '')).toBe(Date.parse(r.certificate?.notAfter ?? ''));
    expect(stdout).toContain('subject=CN = Betfair bot login');
    expect(r).toMatchObject({
      usable: true,
      keyMatchesCertificate: true,
      findings: [],
      key: { type: 'RSA', bits: 2048, encrypted: false },
      source: { kind: 'pair', certificatePath: made.files.certificate, keyPath: made.files.key },
    });
    expect(r.certificate).toMatchObject({
      selfSigned: true,
      clientAuth: true,
      publicKey: { type: 'RSA', bits: 2048 },
      commonName: 'Betfair bot login',
    });
    expect(r.certificate?.daysLeft).toBeGreaterThanOrEqual(364);
  });

  it('names the source the login should use: .pem, .p12, or the pair in either order', async () => {
    const pem = await inspectCertificateFiles({ paths: [made.files.pem] });
    expect(pem.ok && pem.value.source).toEqual({ kind: 'pem', pemPath: made.files.pem });
    const p12 = await inspectCertificateFiles({ paths: [made.files.p12 ?? ''], p12Password: 'pw' });
    expect(p12.ok && p12.value.source).toEqual({ kind: 'p12', p12Path: made.files.p12 });
    expect(p12.ok && p12.value.certificate?.fingerprintSha256).toBe(made.certificate.fingerprintSha256);
    const reversed = await inspectCertificateFiles({ paths: [made.files.key, made.files.certificate] });
    expect(reversed.ok && reversed.value.usable).toBe(true);
    // The same certificate twice (the .crt and inside the .pem) is one certificate, not two.
    const overlap = await inspectCertificateFiles({ paths: [made.files.certificate, made.files.pem] });
    expect(overlap.ok && overlap.value.findings).toEqual([]);
  });

  it('refuses an empty list of paths as a Result, not a throw', async () => {
    const result = await inspectCertificateFiles({ paths: [] });
    expect(!result.ok && result.error.code).toBe('NO_FILES');
  });

  // Windows has no mkfifo nor /dev/zero.
  it.skipIf(process.platform === 'win32')('does not hang on a named pipe or a device', async () => {
    const fifo = join(tempDir('fifo'), 'cert.crt');
    await promisify(execFile)('mkfifo', [fifo]);
    const result = await inspectCertificateFiles({ paths: [fifo, '/dev/zero'] });
    expect(result.ok && result.value.findings.map((f) => f.code)).toEqual(['NOT_A_FILE']);
  });

  it('reads a .pem saved as UTF-16 by Windows Notepad, and with Windows line ends', async () => {
    const dir = tempDir('utf16');
    const pem = await readFile(made.files.pem, 'utf8');
    await writeFile(
      join(dir, 'notepad.pem'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(pem.replace(/\n/g, '\r\n'), 'utf16le')]),
    );
    const result = await inspectCertificateFiles({ paths: [join(dir, 'notepad.pem')] });
    expect(result.ok && result.value.usable).toBe(true);
    await writeFile(join(dir, 'odd.pem'), Buffer.from([0xfe, 0xff, 0x00]));
    const odd = await inspectCertificateFiles({ paths: [join(dir, 'odd.pem')] });
    expect(odd.ok && odd.value.findings[0]?.code).toBe('UNREADABLE');
  });

  it('notices a PEM whose middle lines were deleted', async () => {
    const dir = tempDir('cut');
    const lines = (await readFile(made.files.certificate, 'utf8')).split('\n');
    lines.splice(5, 4);
    await writeFile(join(dir, 'cut.crt'), lines.join('\n'));
    const result = await inspectCertificateFiles({ paths: [join(dir, 'cut.crt'), made.files.key] });
    expect(result.ok && result.value.findings[0]?.code).toBe('TRUNCATED');
  });
});
