/**
 * The generated files log in to a real mutual-TLS server, with the reference's own clients:
 * curl (--cert/--key, the .pem alone, the .p12) and Python requests (cert=(crt, key)).
 * The server trusts exactly the generated self-signed certificate; its own certificate comes from a
 * throwaway test CA made with the OpenSSL CLI, which the clients trust explicitly (never -k).
 */
import { createServer, type Server } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedCertificate } from '../../../../../shared/certificate-types.js';
import { generateCertificate } from '../../../../../electron/core/certificates/index.js';
import { tool } from '../../../../support/tools.js';
import { tempDir } from '../../../../support/temp-dir.js';

const P12_PASSWORD = 'mtls-pass';

async function makeServerCertificate(dir: string): Promise<{ caPath: string; key: string; cert: string }> {
  const p = (n: string): string => join(dir, n);
  await tool('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    p('ca.key'),
    '-out',
    p('ca.crt'),
    '-days',
    '2',
    '-subj',
    '/CN=bot-login test server CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign',
  ]);
  await tool('openssl', [
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    p('server.key'),
    '-out',
    p('server.csr'),
    '-subj',
    '/CN=localhost',
  ]);
  await writeFile(
    p('server.ext'),
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n',
  );
  const signed = await tool('openssl', [
    'x509',
    '-req',
    '-in',
    p('server.csr'),
    '-CA',
    p('ca.crt'),
    '-CAkey',
    p('ca.key'),
    '-CAcreateserial',
    '-days',
    '2',
    '-out',
    p('server.crt'),
    '-extfile',
    p('server.ext'),
  ]);
  if (signed.code !== 0) throw new Error(signed.stderr);
  return {
    caPath: p('ca.crt'),
    key: await readFile(p('server.key'), 'utf8'),
    cert: await readFile(p('server.crt'), 'utf8'),
  };
}

describe('generated files log in over mutual TLS', () => {
  let made: GeneratedCertificate;
  let server: Server;
  let url: string;
  let caPath: string;

  beforeAll(async () => {
    const dir = tempDir('mtls');
    const result = await generateCertificate({ dir: join(dir, 'certs'), p12Password: P12_PASSWORD });
    if (!result.ok) throw new Error(result.error.message);
    made = result.value;
    const serverFiles = await makeServerCertificate(dir);
    caPath = serverFiles.caPath;
    server = createServer(
      {
        key: serverFiles.key,
        cert: serverFiles.cert,
        ca: made.certificate.certificatePem,
        requestCert: true,
        rejectUnauthorized: true,
      },
      (req, res) => {
        const peer = (req.socket as TLSSocket).getPeerCertificate();
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString()));
        req.on('end', () => {
          const form = new URLSearchParams(body);
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              loginStatus: 'SUCCESS',
              peer: peer.fingerprint256,
              user: form.get('username'),
              app: req.headers['x-application'],
            }),
          );
        });
      },
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/api/certlogin`;
  });

  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
  });

  const curlArgs = (...cert: string[]): string[] => [
    '-sS',
    '--max-time',
    '20',
    '--cacert',
    caPath,
    ...cert,
    url,
    '-H',
    'X-Application: app-key-1',
    '--data-urlencode',
    'username=bettor',
    '--data-urlencode',
    'password=p@ss w0rd&=+',
    '-w',
    '\n%{http_code}',
  ];

  function expectLoggedIn(stdout: string): void {
    const [body, status] = stdout.trim().split('\n');
    expect(status).toBe('200');
    const json = JSON.parse(body ?? '{}') as { loginStatus: string; peer: string; user: string; app: string };
    expect(json).toEqual({
      loginStatus: 'SUCCESS',
      peer: made.certificate.fingerprintSha256,
      user: 'bettor',
      app: 'app-key-1',
    });
  }

  it('curl --cert client-2048.crt --key client-2048.key gets 200', async () => {
    const { code, stdout, stderr } = await tool(
      'curl',
      curlArgs('--cert', made.files.certificate, '--key', made.files.key),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expectLoggedIn(stdout);
  });

  it('curl with the .pem alone gets 200', async () => {
    const { code, stdout } = await tool('curl', curlArgs('--cert', made.files.pem));
    expect(code).toBe(0);
    expectLoggedIn(stdout);
  });

  it('curl with the .p12 gets 200', async () => {
    const { code, stdout } = await tool(
      'curl',
      curlArgs('--cert-type', 'P12', '--cert', `${made.files.p12 ?? ''}:${P12_PASSWORD}`),
    );
    expect(code).toBe(0);
    expectLoggedIn(stdout);
  });

  it('Python requests with cert=(crt, key) and verify=test CA gets 200', async () => {
    const script = [
      'import sys, requests',
      'url, crt, key, ca = sys.argv[1:5]',
      "r = requests.post(url, data={'username': 'bettor', 'password': 'p@ss w0rd&=+'}, cert=(crt, key), verify=ca,",
      "                  headers={'X-Application': 'app-key-1'}, timeout=20)",
      'print(r.status_code)',
      'print(r.text)',
    ].join('\n');
    const { code, stdout, stderr } = await tool('python3', [
      '-c',
      script,
      url,
      made.files.certificate,
      made.files.key,
      caPath,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [status, body] = stdout.trim().split('\n');
    expectLoggedIn(`${body ?? ''}\n${status ?? ''}`);
  });

  it('without the client certificate the server refuses the handshake', async () => {
    const { code, stdout } = await tool('curl', curlArgs());
    expect(code).not.toBe(0);
    expect(stdout).not.toContain('SUCCESS');
  });
});
