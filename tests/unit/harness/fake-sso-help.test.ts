/** `npm run fake-sso -- --help` says how to have a certificate accepted (else every login is CERT_AUTH_REQUIRED). */
import { execFile, spawn } from 'node:child_process';
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

  it('once started, lists every test account, the applicant (live key not active) too', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/fake-sso/main.ts'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    try {
      await new Promise<void>((done, fail) => {
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk: string) => {
          out += chunk;
          if (out.includes('Press Ctrl-C')) done();
        });
        child.on('exit', () => fail(new Error(`fake-sso ended early:\n${out}`)));
      });
    } finally {
      child.kill();
    }
    expect(out).toMatch(/^ {2}bettor: application keys .*live, active/m);
    expect(out).toMatch(/^ {2}applicant: application keys .*live, not active/m);
    expect(out).toMatch(/^ {2}newcomer: no application keys yet/m);
    expect(out).not.toContain('for both');
  }, 30_000);
});
