/**
 * The curl snippet really logs in, exactly as the app shows it, against the fake identitysso posing as
 * identitysso-cert.betfair.com (its server certificate carries that name, issued by a test CA that only these runs
 * trust). TLS verification stays on: curl gets --cacert and --connect-to from a wrapper. The Node and Python
 * samples, which keep a session, are run in samples/session.test.ts.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEST_PASSWORD, DEFAULT_TEST_USERNAME } from '../../../fixtures/fake-sso/server.js';
import { NO_POSIX_SHELL } from '../../../posix-shell.js';
import { snippetsOnFakeForSuite } from '../../../support/snippets-on-fake.js';

const run = promisify(execFile);
const HOST = 'identitysso-cert.betfair.com';

const live = snippetsOnFakeForSuite({
  hosts: [HOST],
  name: 'snippets-live',
  certFolder: "my bot's certs",
  commonName: 'Snippet test',
  appKey: 'SNIPPET-APP-KEY',
});

/** Runs the curl snippet in bash with a `curl` first on PATH that sends it to the fake server (plus `curlArgs`). */
async function runCurlSnippet(folder: string, curlArgs: string): Promise<string> {
  const bin = join(live.work, folder);
  mkdirSync(bin, { recursive: true });
  const wrapper = join(bin, 'curl');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec /usr/bin/curl ${curlArgs} --connect-to '${HOST}:443:127.0.0.1:${live.port}' "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  const { stdout } = await run('bash', ['-c', live.code('curl')], {
    env: { PATH: [bin, '/usr/bin', '/bin'].join(delimiter), BETFAIR_PASSWORD: DEFAULT_TEST_PASSWORD },
  });
  return stdout;
}

describe('snippets against the fake identitysso', () => {
  it.skipIf(NO_POSIX_SHELL)(
    'the curl snippet logs in (mutual TLS, verification on, password from the environment)',
    async () => {
      const stdout = await runCurlSnippet('bin', `--cacert '${live.sso.caPath}'`);
      expect(JSON.parse(stdout)).toMatchObject({ loginStatus: 'SUCCESS' });
      const last = live.sso.requests().at(-1);
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
