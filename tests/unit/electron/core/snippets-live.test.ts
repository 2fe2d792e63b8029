/**
 * The curl snippet really logs in, exactly as the app shows it, against the fake identitysso posing as
 * identitysso-cert.betfair.com (its server certificate carries that name, issued by a test CA that only these runs
 * trust). TLS verification stays on: curl gets --cacert and --connect-to from a wrapper. The Node and Python
 * samples, which keep a session, are run in samples/session.test.ts.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCertificate } from '../../../../electron/core/certificates/index.js';
import { buildSnippets } from '../../../../electron/core/snippets.js';
import type { Snippet } from '../../../../shared/api.js';
import {
  DEFAULT_TEST_PASSWORD,
  DEFAULT_TEST_USERNAME,
  startFakeSso,
  type FakeSso,
} from '../../../fixtures/fake-sso/server.js';
import { NO_POSIX_SHELL } from '../../../posix-shell.js';
import { tempDir } from '../../../support/temp-dir.js';

const run = promisify(execFile);
const HOST = 'identitysso-cert.betfair.com';

let sso: FakeSso;
let port = '';
let snippets: Snippet[] = [];
let work = '';

function snippet(id: Snippet['id']): string {
  const found = snippets.find((s) => s.id === id);
  if (!found) throw new Error(`no ${id} snippet`);
  return found.code;
}

beforeAll(async () => {
  sso = await startFakeSso({ serverNames: { dns: [HOST], ip: ['127.0.0.1'] } });
  port = new URL(sso.origin).port;
  work = tempDir('snippets-live');
  const dir = join(work, "my bot's certs");
  const made = await generateCertificate({ dir, subject: { commonName: 'Snippet test' }, days: 7 });
  if (!made.ok) throw new Error(made.error.message);
  sso.registerCertificate(readFileSync(made.value.files.certificate, 'utf8'));
  snippets = buildSnippets({
    jurisdiction: 'international',
    certificate: {
      dir: made.value.dir,
      source: made.value.source,
      fingerprintSha256: made.value.certificate.fingerprintSha256,
      commonName: made.value.certificate.commonName,
      notAfter: made.value.certificate.notAfter,
      files: [],
    },
    appKey: 'SNIPPET-APP-KEY',
    username: DEFAULT_TEST_USERNAME,
  });
}, 60_000);

afterAll(async () => {
  await sso?.close();
});

/** Runs the curl snippet in bash with a `curl` first on PATH that sends it to the fake server (plus `curlArgs`). */
async function runCurlSnippet(folder: string, curlArgs: string): Promise<string> {
  const bin = join(work, folder);
  mkdirSync(bin, { recursive: true });
  const wrapper = join(bin, 'curl');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec /usr/bin/curl ${curlArgs} --connect-to '${HOST}:443:127.0.0.1:${port}' "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  const { stdout } = await run('bash', ['-c', snippet('curl')], {
    env: { PATH: [bin, '/usr/bin', '/bin'].join(delimiter), BETFAIR_PASSWORD: DEFAULT_TEST_PASSWORD },
  });
  return stdout;
}

describe('snippets against the fake identitysso', () => {
  it.skipIf(NO_POSIX_SHELL)(
    'the curl snippet logs in (mutual TLS, verification on, password from the environment)',
    async () => {
      const stdout = await runCurlSnippet('bin', `--cacert '${sso.caPath}'`);
      expect(JSON.parse(stdout)).toMatchObject({ loginStatus: 'SUCCESS' });
      const last = sso.requests().at(-1);
      expect(last).toMatchObject({ path: '/api/certlogin', username: DEFAULT_TEST_USERNAME, passwordMatched: true });
      expect(last?.headers['x-application']).toBe('SNIPPET-APP-KEY');
    },
  );

  it.skipIf(NO_POSIX_SHELL)(
    'without the test CA, curl refuses the fake server (the snippet does not switch verification off)',
    async () => {
      await expect(runCurlSnippet('bin-no-ca', '')).rejects.toMatchObject({ code: 60 });
    },
  );
});
