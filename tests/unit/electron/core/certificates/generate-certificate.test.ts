import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { CERT_FILE_NAMES, type GeneratedCertificate } from '../../../../../shared/certificate-types.js';
import { generateCertificate } from '../../../../../electron/core/certificates/index.js';
import { tool } from '../../../../support/tools.js';
import { tempDir } from '../../../../support/temp-dir.js';

const P12_PASSWORD = 'p12 pass wörd';

describe('generateCertificate: files checked with OpenSSL and keytool', () => {
  let made: GeneratedCertificate;
  let dir: string;

  beforeAll(async () => {
    dir = tempDir('gen');
    const result = await generateCertificate({
      dir,
      p12Password: P12_PASSWORD,
      subject: { commonName: 'My bot', organization: 'Acme Trading', country: 'gb', email: 'bot@example.com' },
    });
    if (!result.ok) throw new Error(result.error.message);
    made = result.value;
  });

  it('writes the reference file names into the chosen folder', async () => {
    expect((await readdir(dir)).sort()).toEqual(Object.values(CERT_FILE_NAMES).sort());
    expect(made.files).toEqual({
      key: join(dir, CERT_FILE_NAMES.key),
      certificate: join(dir, CERT_FILE_NAMES.certificate),
      pem: join(dir, CERT_FILE_NAMES.pem),
      p12: join(dir, CERT_FILE_NAMES.p12),
    });
    expect(made.source).toEqual({ kind: 'pair', certificatePath: made.files.certificate, keyPath: made.files.key });
  });

  it('makes a 2048-bit, SHA-256, self-signed client certificate with the ssl_client extensions', async () => {
    const { code, stdout } = await tool('openssl', ['x509', '-in', made.files.certificate, '-text', '-noout']);
    expect(code).toBe(0);
    expect(stdout).toContain('Signature Algorithm: sha256WithRSAEncryption');
    expect(stdout).toContain('Public-Key: (2048 bit)');
    expect(stdout).toMatch(/X509v3 Basic Constraints:\s*\n\s*CA:FALSE/);
    expect(stdout).toMatch(/Netscape Cert Type:\s*\n\s*SSL Client/);
    expect(stdout).toMatch(/X509v3 Key Usage:\s*\n\s*Digital Signature, Key Encipherment/);
    expect(stdout).toMatch(/X509v3 Extended Key Usage:\s*\n\s*TLS Web Client Authentication/);
    expect(stdout).toContain('X509v3 Subject Key Identifier');
    expect(stdout).toMatch(/Subject: C = GB, O = Acme Trading, CN = My bot, emailAddress = bot@example.com/);
    const verify = await tool('openssl', [
      'verify',
      '-CAfile',
      made.files.certificate,
      '-purpose',
      'sslclient',
      made.files.certificate,
    ]);
    expect(verify.stdout).toContain(': OK');
  });

  it('uses a random positive 16-byte serial and 365 days by default', async () => {
    const { stdout } = await tool('openssl', [
      'x509',
      '-in',
      made.files.certificate,
      '-noout',
      '-serial',
      '-startdate',
      '-enddate',
    ]);
    const serial = /serial=([0-9A-F]+)/.exec(stdout)?.[1] ?? '';
    expect(serial).toHaveLength(32);
    expect(Number.parseInt(serial.slice(0, 2), 16)).toBeLessThan(0x80);
    const start = Date.parse(/notBefore=(.*)/.exec(stdout)?.[1] ?? '');
    const end = Date.parse(/notAfter=(.*)/.exec(stdout)?.[1] ?? '');
    expect((end - start) / 86_400_000).toBe(365);
    expect(made.certificate.daysLeft).toBe(365);
    expect(made.certificate.serialNumber).toBe(serial.toLowerCase());
  });

  it('writes an unencrypted RSA key that OpenSSL checks, matching the certificate', async () => {
    const check = await tool('openssl', ['rsa', '-in', made.files.key, '-check', '-noout']);
    expect(check.stdout).toContain('RSA key ok');
    const keyModulus = await tool('openssl', ['rsa', '-in', made.files.key, '-modulus', '-noout']);
    const certModulus = await tool('openssl', ['x509', '-in', made.files.certificate, '-modulus', '-noout']);
    expect(keyModulus.stdout).toMatch(/^Modulus=[0-9A-F]{512}\n$/);
    expect(keyModulus.stdout).toBe(certModulus.stdout);
  });

  it('writes the .pem as certificate first, then key', async () => {
    const pem = await readFile(made.files.pem, 'utf8');
    expect(pem).toBe((await readFile(made.files.certificate, 'utf8')) + (await readFile(made.files.key, 'utf8')));
    expect(pem.indexOf('BEGIN CERTIFICATE')).toBeLessThan(pem.indexOf('BEGIN PRIVATE KEY'));
  });

  it('writes a 3DES .p12 that OpenSSL 3 opens without -legacy', async () => {
    const env = { P12PW: P12_PASSWORD };
    const info = await tool(
      'openssl',
      ['pkcs12', '-info', '-noout', '-in', made.files.p12 ?? '', '-passin', 'env:P12PW'],
      env,
    );
    expect(info.code).toBe(0);
    expect(info.stderr).toContain('pbeWithSHA1And3-KeyTripleDES-CBC');
    expect(info.stderr).toContain('MAC: sha1');
    const out = await tool('openssl', ['pkcs12', '-in', made.files.p12 ?? '', '-passin', 'env:P12PW', '-nodes'], env);
    expect(out.stdout).toContain('friendlyName: Betfair bot login');
    expect(out.stdout).toContain(made.certificate.certificatePem.trim());
    const wrong = await tool('openssl', [
      'pkcs12',
      '-info',
      '-noout',
      '-in',
      made.files.p12 ?? '',
      '-passin',
      'pass:nope',
    ]);
    expect(wrong.code).not.toBe(0);
  });

  it('writes a .p12 keytool lists as a PKCS12 key entry (ASCII password: Java refuses others)', async () => {
    const asciiDir = tempDir('keytool');
    const result = await generateCertificate({ dir: asciiDir, p12Password: 'keytool-pass' });
    expect(result.ok).toBe(true);
    const list = await tool('keytool', [
      '-list',
      '-v',
      '-storetype',
      'PKCS12',
      '-keystore',
      join(asciiDir, CERT_FILE_NAMES.p12),
      '-storepass',
      'keytool-pass',
    ]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/Entry type: PrivateKeyEntry/);
    expect(list.stdout).toMatch(/Alias name: betfair bot login/i);
    if (result.ok)
      expect(list.stdout.replace(/:/g, '')).toContain(result.value.certificate.fingerprintSha256.replace(/:/g, ''));
  });

  it("writes a .p12 Python's cryptography package opens (key matches certificate, friendly name kept)", async (ctx) => {
    const script = [
      'import sys',
      'from cryptography.hazmat.primitives.serialization import pkcs12, Encoding, PublicFormat',
      "data = open(sys.argv[1], 'rb').read()",
      "p12 = pkcs12.load_pkcs12(data, sys.argv[2].encode('utf-8'))",
      'key_pub = p12.key.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)',
      'cert_pub = p12.cert.certificate.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)',
      "print('match' if key_pub == cert_pub else 'mismatch', p12.key.key_size, p12.cert.friendly_name.decode())",
    ].join('\n');
    const { code, stdout, stderr } = await tool('python3', ['-c', script, made.files.p12 ?? '', P12_PASSWORD]);
    if (/No module named 'cryptography'/.test(stderr)) ctx.skip("Python's cryptography package is not installed here");
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('match 2048 Betfair bot login');
  });

  // Windows has no POSIX file modes (ACLs instead).
  it.skipIf(process.platform === 'win32')(
    'sets modes 0600 on key, .pem and .p12 and 0644 on the certificate, and leaves no temp files',
    async () => {
      const mode = async (p: string): Promise<number> => (await stat(p)).mode & 0o777;
      expect(await mode(made.files.key)).toBe(0o600);
      expect(await mode(made.files.pem)).toBe(0o600);
      expect(await mode(made.files.p12 ?? '')).toBe(0o600);
      expect(await mode(made.files.certificate)).toBe(0o644);
      expect((await readdir(dir)).some((n) => n.endsWith('.tmp'))).toBe(false);
    },
  );

  it('returns nothing that holds key material', () => {
    expect(JSON.stringify(made)).not.toMatch(/PRIVATE KEY/);
  });
});

describe('generateCertificate: folders, existing files and bad requests', () => {
  it('makes no .p12 without a password and creates a missing folder', async () => {
    const dir = join(tempDir('nested'), 'a', 'b');
    const result = await generateCertificate({ dir });
    expect(result.ok && result.value.files.p12).toBeNull();
    expect((await readdir(dir)).sort()).toEqual(
      [CERT_FILE_NAMES.certificate, CERT_FILE_NAMES.key, CERT_FILE_NAMES.pem].sort(),
    );
  });

  it('refuses to replace existing files without the user saying so, and changes nothing', async () => {
    const dir = tempDir('exists');
    await writeFile(join(dir, CERT_FILE_NAMES.key), 'old key');
    const result = await generateCertificate({ dir });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('FILES_EXIST');
    expect(result.error.message).toContain('client-2048.key');
    expect(result.error.message).not.toMatch(/Error|at \//);
    expect(await readFile(join(dir, CERT_FILE_NAMES.key), 'utf8')).toBe('old key');
    expect(await readdir(dir)).toEqual([CERT_FILE_NAMES.key]);
  });

  it('with replaceExisting moves the old set into a dated backup folder, leaving exactly one pair', async () => {
    const dir = tempDir('replace');
    const first = await generateCertificate({ dir, p12Password: 'a' });
    const second = await generateCertificate({ dir, replaceExisting: true }, { now: new Date('2026-11-25T01:02:03Z') });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.value.backupDir).toBe(join(dir, 'replaced-2026-11-25T01-02-03'));
    const top = await readdir(dir);
    expect(top.filter((n) => n.endsWith('.crt'))).toEqual([CERT_FILE_NAMES.certificate]);
    expect(top.filter((n) => n.endsWith('.key'))).toEqual([CERT_FILE_NAMES.key]);
    expect(top).not.toContain(CERT_FILE_NAMES.p12);
    const backup = await readdir(second.value.backupDir ?? '');
    expect(backup.sort()).toEqual(Object.values(CERT_FILE_NAMES).sort());
    const oldCert = await readFile(join(second.value.backupDir ?? '', CERT_FILE_NAMES.certificate), 'utf8');
    expect(oldCert).toBe(first.value.certificate.certificatePem);
    // A second replacement in the same second gets its own folder.
    const third = await generateCertificate({ dir, replaceExisting: true }, { now: new Date('2026-11-25T01:02:03Z') });
    expect(third.ok && third.value.backupDir).toBe(join(dir, 'replaced-2026-11-25T01-02-03-2'));
  });

  it.each([0, 3651, 1.5, Number.NaN])('refuses %s days with INVALID_DAYS', async (days) => {
    const result = await generateCertificate({ dir: tempDir('days'), days });
    expect(!result.ok && result.error.code).toBe('INVALID_DAYS');
    expect(!result.ok && result.error.message).toMatch(/1 to 3650/);
  });

  it('accepts 1 and 3650 days', async () => {
    for (const days of [1, 3650]) {
      const result = await generateCertificate({ dir: tempDir('days-ok'), days });
      expect(result.ok && result.value.certificate.daysLeft).toBe(days);
    }
  });

  it.each([
    [{ country: 'GBR' }, /two-letter/],
    [{ commonName: 'x'.repeat(65) }, /1 to 64/],
    [{ organization: 'line\nbreak' }, /organisation/],
    [{ email: 'not an email' }, /email/],
  ])('refuses bad subject %j', async (subject, message) => {
    const result = await generateCertificate({ dir: tempDir('subject'), subject });
    expect(!result.ok && result.error.code).toBe('INVALID_SUBJECT');
    expect(!result.ok && result.error.message).toMatch(message);
  });

  it('keeps a name with accents and punctuation exactly (UTF-8), as OpenSSL reads it', async () => {
    const name = 'Bot ünïcode, "quoted" + plus';
    const result = await generateCertificate({ dir: tempDir('utf8'), subject: { commonName: name } });
    expect(result.ok && result.value.certificate.commonName).toBe(name);
    const { stdout } = await tool('openssl', [
      'x509',
      '-in',
      result.ok ? result.value.files.certificate : '',
      '-noout',
      '-subject',
      '-nameopt',
      'utf8,sep_comma_plus',
    ]);
    expect(stdout).toContain('Bot ünïcode');
  });

  it('explains a folder that is really a file', async () => {
    const file = join(tempDir('file'), 'plain.txt');
    await writeFile(file, 'x');
    const result = await generateCertificate({ dir: file });
    expect(!result.ok && result.error.code).toBe('NOT_A_FOLDER');
  });

  // Node's recursive mkdir loops for ever there, as root too; the folders are made one level at a time instead.
  it.skipIf(process.platform !== 'linux')('explains a folder that cannot be made (/proc/…/x: Linux)', async () => {
    const result = await generateCertificate({ dir: '/proc/botlogin-not-here/x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'DIR_NOT_WRITABLE' } });
    expect(!result.ok && result.error.message).toContain('/proc/botlogin-not-here/x');
  });

  it('keeps the event loop moving while a certificate with .p12 is made (loose bound; the bench has the real figure)', async () => {
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    histogram.enable();
    const result = await generateCertificate({ dir: tempDir('loop'), p12Password: 'x' });
    histogram.disable();
    expect(result.ok).toBe(true);
    expect(histogram.max / 1e6).toBeLessThan(250);
  });
});
