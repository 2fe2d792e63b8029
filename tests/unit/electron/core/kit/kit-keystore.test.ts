/**
 * The kit's .pfx (.NET) and .p12 (Java), checked with OpenSSL, keytool and Python's cryptography, not with the code
 * that made them: AES-256-CBC with PBKDF2 (HMAC-SHA-256, 10,000 rounds) and an HMAC-SHA-256 MAC of 10,000 rounds by
 * default; the old 3DES / SHA-1 form only with --legacy-keystore; a key-file password shorter than 8 characters is
 * refused. Issue 26 ("from reading").
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createKitCommand } from '../../../../../electron/cli/kit.js';
import { loadClientCredential } from '../../../../../electron/core/certificates/index.js';
import { switchLanguage, text } from '../../../../../shared/i18n/text.js';
import { makeClientCertificate, type TestClientCertificate } from '../../../../fixtures/fake-sso/client-cert.js';
import { tempDir } from '../../../../support/temp-dir.js';
import { recordingIo } from '../../../../support/cli-io.js';

const run = promisify(execFile);
const PASSWORD = 'kit Password 42!';
let root: string;
let cert: TestClientCertificate;
let made = 0;

beforeAll(async () => {
  await switchLanguage('en');
  root = tempDir('kit-keystore');
  cert = await makeClientCertificate(root);
});

/** Makes a kit with `bot-login kit` and returns its .pfx/.p12 path. */
async function keystore(framework: 'dotnet' | 'java', extra: readonly string[] = []): Promise<string> {
  made += 1;
  const dir = join(root, `${framework}-${made}`);
  mkdirSync(dir);
  const io = recordingIo({ BOTLOGIN_KIT_PASSWORD: PASSWORD });
  const args = [
    ...['--framework', framework, '--dir', dir, '--jurisdiction', 'international'],
    ...['--cert', cert.certPath, '--key', cert.keyPath, '--username', 'bettor', '--app-key', 'DelayKey4Bettor1'],
    ...extra,
  ];
  expect(await createKitCommand({ oneFileCli: null }).run(args, io), io.err()).toBe(0);
  const [kit] = readdirSync(dir);
  const file = framework === 'dotnet' ? 'client-2048.pfx' : 'client-2048.p12';
  return join(dir, kit ?? '', file);
}

const env = { ...process.env, PW: PASSWORD };

async function opensslInfo(file: string): Promise<string> {
  const { stdout, stderr } = await run('openssl', ['pkcs12', '-info', '-in', file, '-passin', 'env:PW', '-noout'], {
    env,
  });
  return stdout + stderr;
}

describe("the kit's key bundles", () => {
  it.each(['dotnet', 'java'] as const)(
    '%s: AES-256-CBC + PBKDF2-HMAC-SHA-256, 10,000 rounds, SHA-256 MAC (openssl pkcs12 -info)',
    async (framework) => {
      const info = await opensslInfo(await keystore(framework));
      expect(info).toContain('MAC: sha256, Iteration 10000');
      expect(info).toMatch(/Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration 10000, PRF hmacWithSHA256/);
    },
  );

  it("keytool lists the .p12 with its private key entry; the key OpenSSL takes out is the kit certificate's", async () => {
    const file = await keystore('java');
    const { stdout } = await run(
      'keytool',
      [...['-list', '-v', '-keystore', file, '-storetype', 'PKCS12', '-storepass:env', 'PW']],
      { env },
    );
    expect(stdout).toContain('Entry type: PrivateKeyEntry');
    const { stdout: key } = await run('openssl', ['pkcs12', '-in', file, '-passin', 'env:PW', '-nocerts', '-nodes'], {
      env,
    });
    const modulus = async (args: readonly string[], input?: string) => {
      const child = run('openssl', [...args, '-noout', '-modulus']);
      child.child.stdin?.end(input ?? '');
      return (await child).stdout;
    };
    expect(await modulus(['rsa'], key)).toBe(await modulus(['x509', '-in', cert.certPath]));
  });

  it("Python's cryptography opens the .pfx with the password", async () => {
    const file = await keystore('dotnet');
    const script =
      'import os,sys\nfrom cryptography.hazmat.primitives.serialization import pkcs12\n' +
      "k,c,_=pkcs12.load_key_and_certificates(open(sys.argv[1],'rb').read(),os.environ['PW'].encode())\n" +
      'print(k.key_size, c.subject.rfc4514_string())\n';
    const { stdout } = await run('python3', ['-c', script, file], { env });
    expect(stdout).toMatch(/^2048 /);
  });

  it("this app's own reader opens it too (a kit's .pfx brought back as a certificate)", async () => {
    const file = await keystore('dotnet');
    const read = await loadClientCredential({ kind: 'p12', p12Path: file }, PASSWORD);
    expect(read.ok && read.value.certPem).toContain('BEGIN CERTIFICATE');
  });

  it("Node's TLS takes the .pfx as a client certificate (tls.createSecureContext with pfx and passphrase)", async () => {
    const file = await keystore('dotnet');
    const script =
      "const fs=require('fs'),tls=require('tls');" +
      'tls.createSecureContext({pfx:fs.readFileSync(process.argv[1]),passphrase:process.env.PW});' +
      "process.stdout.write('ok')";
    const { stdout } = await run(process.execPath, ['-e', script, file], { env });
    expect(stdout).toBe('ok');
  });

  it('--legacy-keystore writes the old form (3DES, SHA-1 MAC) for older readers', async () => {
    const info = await opensslInfo(await keystore('dotnet', ['--legacy-keystore']));
    expect(info).toContain('MAC: sha1, Iteration 2048');
    expect(info).toMatch(/Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048/);
  });

  it('a key-file password shorter than 8 characters is refused with words (exit 2), nothing written', async () => {
    const dir = join(root, 'short');
    mkdirSync(dir);
    const io = recordingIo({ BOTLOGIN_KIT_PASSWORD: 'x' });
    const args = [
      ...['--framework', 'java', '--dir', dir, '--jurisdiction', 'international', '--cert', cert.certPath],
      ...['--key', cert.keyPath, '--username', 'bettor', '--app-key', 'DelayKey4Bettor1'],
    ];
    expect(await createKitCommand({ oneFileCli: null }).run(args, io)).toBe(2);
    expect(io.err()).toContain(text.KIT_ERROR_TEXT.kitPasswordShort(8));
    expect(readdirSync(dir)).toEqual([]);
  });
});
