import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedCertificate } from '../../../../shared/certificate-types.js';
import { generateCertificate } from '../../../../electron/core/certificates/index.js';
import { inspectCommand } from '../../../../electron/cli/inspect.js';
import { recordingIo } from '../../../support/cli-io.js';

const CORPUS = join(import.meta.dirname, '../../../fixtures/bad-inputs');

describe('bot-login inspect', () => {
  let made: GeneratedCertificate;

  beforeAll(async () => {
    const result = await generateCertificate({
      dir: await mkdtemp(join(tmpdir(), 'botlogin-cli-inspect-')),
      p12Password: 'pw',
    });
    if (!result.ok) throw new Error(result.error.message);
    made = result.value;
  });

  it('exit 0 and a short summary for a usable pair', async () => {
    const io = recordingIo();
    expect(await inspectCommand.run([made.files.certificate, made.files.key], io)).toBe(0);
    expect(io.out()).toContain('Usable: yes');
    expect(io.out()).toContain(made.certificate.fingerprintSha256);
    expect(io.out()).toContain('Private key:  matches the certificate');
    expect(io.out()).not.toMatch(/PRIVATE KEY/);
  });

  it('exit 1 with the reason for files Betfair cannot use', async () => {
    const io = recordingIo();
    expect(await inspectCommand.run([join(CORPUS, 'mismatch.crt'), join(CORPUS, 'mismatch.key')], io)).toBe(1);
    expect(io.out()).toContain('Usable: no.');
    expect(io.out()).toMatch(/Problem: The key does not belong to this certificate/);
  });

  it('shows a warning but still exit 0 for a 1024-bit pair', async () => {
    const io = recordingIo();
    expect(await inspectCommand.run([join(CORPUS, 'rsa1024.crt'), join(CORPUS, 'rsa1024.key')], io)).toBe(0);
    expect(io.out()).toMatch(/Note: This key is 1024 bits/);
  });

  it('reads the .p12 password only from BOTLOGIN_P12_PASSWORD', async () => {
    const without = recordingIo();
    expect(await inspectCommand.run([made.files.p12 ?? ''], without)).toBe(1);
    expect(without.out()).toMatch(/protected by a password/);
    expect(without.out()).toMatch(/set the environment variable BOTLOGIN_P12_PASSWORD/);
    const withEnv = recordingIo({ BOTLOGIN_P12_PASSWORD: 'pw' });
    expect(await inspectCommand.run([made.files.p12 ?? ''], withEnv)).toBe(0);
    const flag = recordingIo();
    expect(await inspectCommand.run([made.files.p12 ?? '', '--password', 'pw'], flag)).toBe(2);
    expect(flag.err()).toMatch(/BOTLOGIN_P12_PASSWORD/);
  });

  it('asks for a missing .p12 password at a terminal (hidden prompt), never with --json', async () => {
    const io = recordingIo({}, { interactive: true, answer: 'pw' });
    expect(await inspectCommand.run([made.files.p12 ?? ''], io)).toBe(0);
    expect(io.prompts).toHaveLength(1);
    const json = recordingIo({}, { interactive: true, answer: 'pw' });
    expect(await inspectCommand.run([made.files.p12 ?? '', '--json'], json)).toBe(1);
    expect(json.prompts).toHaveLength(0);
  });

  it('--json prints exactly one JSON object, also for bad input', async () => {
    const io = recordingIo();
    expect(await inspectCommand.run([join(CORPUS, 'garbage.crt'), '--json'], io)).toBe(1);
    const parsed = JSON.parse(io.out()) as { ok: boolean; usable: boolean; findings: Array<{ code: string }> };
    expect(parsed).toMatchObject({ ok: true, usable: false, findings: [{ code: 'UNREADABLE' }] });
    expect(io.out().trim().split('\n')).toHaveLength(1);
  });

  it.each([[[]], [['--json']], [['--nope', 'a.crt']]])('exit 2 for bad usage %j', async (args) => {
    const io = recordingIo();
    expect(await inspectCommand.run(args, io)).toBe(2);
  });
});
