/** .p12 files as other tools write them (OpenSSL 1.x legacy RC2, OpenSSL 3 AES, no encryption, empty password, SHA-512 MAC, many rounds). */
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectCertificateFiles } from '../../../../../electron/core/certificates/index.js';
import { findingWords } from '../../../../../shared/finding-words.js';
import { FINDING_TEXT } from '../../../../../shared/i18n/en/finding-text.js';
import { tool } from '../../../../support/tools.js';
import { tempDir } from '../../../../support/temp-dir.js';

const CORPUS = join(import.meta.dirname, '../../../../fixtures/bad-inputs');
const PW = 'p12-variant';

describe('reading .p12 files from other tools', () => {
  let dir: string;
  const exportP12 = async (name: string, extra: string[], password = PW): Promise<{ path: string; made: boolean }> => {
    const path = join(dir, name);
    const r = await tool(
      'openssl',
      [
        'pkcs12',
        '-export',
        '-in',
        join(CORPUS, 'good.crt'),
        '-inkey',
        join(CORPUS, 'good.key'),
        '-passout',
        'env:P12PW',
        '-out',
        path,
        ...extra,
      ],
      {
        P12PW: password,
      },
    );
    return { path, made: r.code === 0 };
  };

  beforeAll(async () => {
    dir = tempDir('p12-variants');
  });

  it.each([
    ['OpenSSL 3 default (AES-256, PBKDF2, SHA-256 MAC)', 'default.p12', [] as string[]],
    ['no encryption inside, MAC only', 'nocrypt.p12', ['-keypbe', 'NONE', '-certpbe', 'NONE']],
    ['SHA-512 MAC', 'sha512.p12', ['-macalg', 'sha512']],
    ['AES-128 with SHA-1 PBKDF2', 'aes128.p12', ['-keypbe', 'AES-128-CBC', '-certpbe', 'AES-128-CBC']],
  ])('opens %s', async (_label, name, extra) => {
    const { path, made } = await exportP12(name, extra);
    expect(made).toBe(true);
    const r = await inspectCertificateFiles({ paths: [path], p12Password: PW });
    expect(r.ok && r.value.findings).toEqual([]);
    expect(r.ok && r.value.usable).toBe(true);
  });

  it('opens an OpenSSL 1.x style bundle (RC2-40 certificate, 3DES key) when this OpenSSL can still write one', async (ctx) => {
    const { path, made } = await exportP12('legacy.p12', ['-legacy']);
    if (!made) ctx.skip("OpenSSL's legacy provider is not installed here, so no such bundle could be made");
    const info = await tool('openssl', ['pkcs12', '-info', '-noout', '-legacy', '-in', path, '-passin', `pass:${PW}`]);
    expect(info.stderr).toMatch(/RC2/);
    const r = await inspectCertificateFiles({ paths: [path], p12Password: PW });
    expect(r.ok && r.value.usable).toBe(true);
  });

  it('opens a bundle with an empty password without asking for one', async () => {
    const { path } = await exportP12('empty.p12', [], '');
    const r = await inspectCertificateFiles({ paths: [path] });
    expect(r.ok && r.value.usable).toBe(true);
  });

  it('opens 10,000 rounds (Java, Windows) and even 100,000 without freezing the event loop; refuses 500,000 at once', async () => {
    for (const rounds of ['10000', '100000']) {
      const made = await exportP12(`rounds-${rounds}.p12`, ['-iter', rounds, '-maciter']);
      const histogram = monitorEventLoopDelay({ resolution: 5 });
      histogram.enable();
      const r = await inspectCertificateFiles({ paths: [made.path], p12Password: PW });
      histogram.disable();
      expect(r.ok && r.value.usable, rounds).toBe(true);
      expect(histogram.max / 1e6).toBeLessThan(250); // loose: the machine is shared; the hostile corpus test holds 50 ms
    }
    for (const rounds of ['500000', '3000000']) {
      const absurd = await exportP12(`absurd-${rounds}.p12`, ['-iter', rounds, '-maciter']);
      const started = Date.now();
      const refused = await inspectCertificateFiles({ paths: [absurd.path], p12Password: PW });
      expect(refused.ok && refused.value.findings[0]?.code, rounds).toBe('P12_TOO_MUCH_WORK');
      const found = refused.ok ? refused.value.findings[0] : undefined;
      expect(found && findingWords(found, FINDING_TEXT)).toMatch(/unreasonable amount of work/);
      expect(Date.now() - started).toBeLessThan(2000);
    }
  }, 120_000);
});
