/**
 * The built CLI starts fast because it loads only what the command needs: `--version` loads no
 * command (and not even node:crypto), `generate` never loads the login engine (TLS, HTTPS) or the
 * other commands. Checked on a fresh build of the real bundle, in a separate Node process, by
 * listing the bundle files and Node built-ins that process has loaded once the command is done.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../../support/bundle-build.js';

const run = promisify(execFile);

/** Runs main() of the bundle with quiet io, then prints what the process loaded. A script file, since `node -e` itself loads crypto. */
const PROBE = `
const path = require('node:path');
const [cli, ...args] = process.argv.slice(2);
const { main } = require(cli);
const io = { stdout: () => {}, stderr: () => {}, env: {}, interactive: false, promptHidden: async () => '' };
main(args, io).then((code) => {
  const dir = path.dirname(cli);
  const files = Object.keys(require.cache).filter((f) => f.startsWith(dir)).map((f) => path.relative(dir, f));
  const builtins = process.moduleLoadList.filter((m) => /^NativeModule [a-z_]+$/.test(m)).map((m) => m.slice(13));
  process.stdout.write(JSON.stringify({ code, files, builtins }));
});
`;

let cli = '';
let probe = '';
beforeAll(async () => {
  const built = await buildBundle('cli');
  cli = built.file;
  probe = join(built.dir, 'probe.cjs');
  writeFileSync(probe, PROBE);
}, 120_000);

/** The chunk of one command: its name and an 8-character hash (`generate-certificate-…` is another chunk). */
const commandChunk = (name: string): RegExp => new RegExp(`^chunks/${name}-[\\w-]{8}[.]cjs$`);
const isChunkOf =
  (names: readonly string[]) =>
  (file: string): boolean =>
    names.some((n) => commandChunk(n).test(file));

async function loadedBy(args: readonly string[]): Promise<{ code: number; files: string[]; builtins: string[] }> {
  const { stdout } = await run(process.execPath, [probe, cli, ...args]);
  return JSON.parse(stdout) as { code: number; files: string[]; builtins: string[] };
}

describe('bot-login loads only what the command needs', () => {
  it('--version loads no command chunk and no crypto, TLS or prompt code', async () => {
    const loaded = await loadedBy(['--version']);
    expect(loaded.code).toBe(0);
    expect(loaded.files).toEqual(['cli.cjs']);
    for (const heavy of ['crypto', 'tls', 'https', 'readline']) expect(loaded.builtins).not.toContain(heavy);
  });

  it('generate loads its own chunk, never the login or inspect commands nor TLS', async () => {
    const loaded = await loadedBy(['generate', '--help']);
    expect(loaded.code).toBe(0);
    expect(loaded.files.filter(isChunkOf(['generate']))).toHaveLength(1);
    expect(loaded.files.filter(isChunkOf(['login', 'inspect']))).toEqual([]);
    expect(loaded.files.filter((f) => f.startsWith('chunks/inspect-files-'))).toEqual([]);
    for (const heavy of ['tls', 'https', 'readline']) expect(loaded.builtins).not.toContain(heavy);
  });

  it('login loads the login command, and the top-level help still lists every command', async () => {
    const login = await loadedBy(['login', '--help']);
    expect(login.files.filter(isChunkOf(['login']))).toHaveLength(1);
    const help = await loadedBy(['--help']);
    expect(help.code).toBe(0);
    expect(help.files.filter(isChunkOf(['generate', 'inspect', 'login']))).toHaveLength(3);
  });
});
