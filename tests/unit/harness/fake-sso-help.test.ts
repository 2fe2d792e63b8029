/** `npm run fake-sso -- --help` says how to have a certificate accepted (else every login is CERT_AUTH_REQUIRED). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run fake-sso -- --help', () => {
  it('says how to register a certificate, and starts nothing', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tests/fixtures/fake-sso/main.ts', '--help'], {
      timeout: 30_000,
    });
    expect(stdout).toContain('CERT_AUTH_REQUIRED');
    expect(stdout).toContain('BOTLOGIN_CERT_DIR');
    expect(stdout).toContain('--any-cert');
    expect(stdout).not.toContain('listening on');
  });
});
