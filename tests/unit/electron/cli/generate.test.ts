import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateCommand } from '../../../../electron/cli/generate.js';
import { unprivilegedNode } from '../../../unprivileged-user.js';
import { builtCli, CLI } from '../../../support/built-cli.js';
import { recordingIo } from '../../../support/cli-io.js';

const run = promisify(execFile);

const temp = (): Promise<string> => mkdtemp(join(tmpdir(), 'botlogin-cli-gen-'));

describe('bot-login generate (in-process)', () => {
  it('makes the files, prints short text and exits 0; .p12 only with BOTLOGIN_P12_PASSWORD', async () => {
    const dir = await temp();
    const io = recordingIo();
    expect(await generateCommand.run(['--dir', dir], io)).toBe(0);
    expect(io.out()).toContain(`Made a new certificate in ${dir}`);
    expect(io.out()).toContain('client-2048.crt  upload this one to Betfair');
    expect(io.out()).toMatch(/No \.p12 made \(set BOTLOGIN_P12_PASSWORD/);
    expect(io.out().split('\n').length).toBeLessThan(14);
    // Where to upload: betfair.com's security page, and how to find another site's.
    expect(io.out()).toContain('  https://myaccount.betfair.com/accountdetails/mysecurity?showAPI=1\n');
    expect(io.out()).toContain('add --jurisdiction ID to see its address');
    expect(await readdir(dir)).not.toContain('client-2048.p12');

    const dir2 = await temp();
    const io2 = recordingIo({ BOTLOGIN_P12_PASSWORD: 'env-pass' });
    expect(await generateCommand.run(['--dir', dir2, '--common-name', 'Bot 7', '--days', '30'], io2)).toBe(0);
    expect(await readdir(dir2)).toContain('client-2048.p12');
    expect(io2.out()).toContain('(30 days)');
  });

  it('--jurisdiction gives that site’s upload address; Denmark is refused before anything is made', async () => {
    const io = recordingIo();
    expect(await generateCommand.run(['--dir', await temp(), '--jurisdiction', 'au'], io)).toBe(0);
    expect(io.out()).toContain('  https://myaccount.betfair.com.au/accountdetails/mysecurity?showAPI=1\n');
    expect(io.out()).not.toContain('--jurisdiction ID');
    const dir = await temp();
    const dk = recordingIo();
    expect(await generateCommand.run(['--dir', dir, '--jurisdiction', 'dk'], dk)).toBe(2);
    expect(dk.err()).toContain('Danish');
    expect(await readdir(dir)).toEqual([]);
  });

  it('--json prints exactly one JSON object on stdout, with no key material', async () => {
    const dir = await temp();
    const io = recordingIo({ BOTLOGIN_P12_PASSWORD: 'x' });
    expect(await generateCommand.run(['--dir', dir, '--json'], io)).toBe(0);
    const parsed = JSON.parse(io.out()) as { ok: boolean; files: { p12: string }; certificate: { commonName: string } };
    expect(parsed.ok).toBe(true);
    expect(parsed.files.p12).toBe(join(dir, 'client-2048.p12'));
    expect(parsed.certificate.commonName).toBe('Betfair bot login');
    expect(io.out().trim().split('\n')).toHaveLength(1);
    expect(io.out()).not.toMatch(/PRIVATE KEY/);
    expect(io.err()).toBe('');
  });

  it('refuses to overwrite without --force (exit 1), and with --force keeps a dated backup', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'client-2048.crt'), 'old');
    const io = recordingIo();
    expect(await generateCommand.run(['--dir', dir], io)).toBe(1);
    expect(io.err()).toMatch(/already has certificate files \(client-2048\.crt\).*--force/s);
    const json = recordingIo();
    expect(await generateCommand.run(['--dir', dir, '--json'], json)).toBe(1);
    expect(JSON.parse(json.out())).toMatchObject({ ok: false, error: { code: 'FILES_EXIST' } });
    const forced = recordingIo();
    expect(await generateCommand.run(['--dir', dir, '--force'], forced)).toBe(0);
    expect(forced.out()).toMatch(/previous files were moved to .*replaced-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d/);
    const backup = (await readdir(dir)).find((n) => n.startsWith('replaced-')) ?? '';
    expect(await readFile(join(dir, backup, 'client-2048.crt'), 'utf8')).toBe('old');
  });

  it.each([
    [['--dir', 'x', '--password', 'secret'], /BOTLOGIN_P12_PASSWORD/],
    [['--dir', 'x', '--password=secret'], /BOTLOGIN_P12_PASSWORD/],
    [[], /--dir DIR/],
    [['--dir', 'x', '--days', 'ten'], /1 to 3650/],
    [['--dir', 'x', '--bogus'], /Unknown option "--bogus"/],
    [['--dir', 'x', 'extra'], /Unexpected "extra"/],
  ])('exits 2 for bad usage %j', async (args, message) => {
    const io = recordingIo();
    expect(await generateCommand.run(args, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.out()).toBe('');
  });

  it('bad usage with --json is still one JSON object on stdout', async () => {
    const io = recordingIo();
    expect(await generateCommand.run(['--json', '--password', 'x'], io)).toBe(2);
    expect(JSON.parse(io.out())).toMatchObject({ ok: false, error: { code: 'USAGE' } });
  });

  it('explains an out-of-range --days (exit 1)', async () => {
    const io = recordingIo();
    expect(await generateCommand.run(['--dir', await temp(), '--days', '4000'], io)).toBe(1);
    expect(io.err()).toMatch(/1 to 3650/);
  });
});

describe('bot-login generate (the built CLI, as a process)', () => {
  it('node dist/cli/cli.cjs generate --json works and --help prints the options', async () => {
    await builtCli([
      'electron/cli.ts',
      'electron/cli/generate.ts',
      'electron/cli/inspect.ts',
      'electron/core/certificates/generate-certificate.ts',
    ]);
    const dir = await temp();
    const { stdout } = await run(process.execPath, [CLI, 'generate', '--dir', dir, '--json'], {
      env: { ...process.env, BOTLOGIN_P12_PASSWORD: 'pp' },
    });
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, files: { p12: join(dir, 'client-2048.p12') } });
    const help = await run(process.execPath, [CLI, 'generate', '--help']);
    expect(help.stdout).toContain('--common-name');
    const failed = await run(process.execPath, [CLI, 'generate', '--dir', dir]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 1 });
  }, 120_000);

  // Node's mkdir({ recursive: true }) loops for ever on such a folder; GitHub's runners are not root, so as root here
  // the CLI runs as `nobody` (tests/unprivileged-user.ts).
  const normalUser = unprivilegedNode();
  it.skipIf(process.platform !== 'linux' || 'skip' in normalUser)(
    `answers at once, in words, for a folder that cannot be made (/proc/…/x), as a normal user${
      'skip' in normalUser ? ` — skipped: ${normalUser.skip}` : ''
    }`,
    async () => {
      if ('skip' in normalUser) return;
      await builtCli([
        'electron/cli.ts',
        'electron/core/make-folders.ts',
        'electron/core/certificates/generate-certificate.ts',
      ]);
      const started = performance.now();
      const failed = await run(
        normalUser.command,
        [...normalUser.args, CLI, 'generate', '--dir', '/proc/botlogin-not-here/x'],
        {
          timeout: 10_000,
        },
      ).catch((e: { code: number | null; killed: boolean; stderr: string }) => e);
      expect(failed).toMatchObject({ code: 1, killed: false });
      expect('stderr' in failed && failed.stderr).toContain('cannot write into "/proc/botlogin-not-here/x"');
      console.log(`generate --dir /proc/botlogin-not-here/x answered in ${Math.round(performance.now() - started)} ms`);
    },
  );
});
