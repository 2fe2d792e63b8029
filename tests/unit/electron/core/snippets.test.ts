import { execFile } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildSnippets, type SnippetInput } from '../../../../electron/core/snippets.js';
import type { Snippet } from '../../../../shared/api.js';
import { NO_POSIX_SHELL } from '../../../posix-shell.js';
import { tempDir } from '../../../support/temp-dir.js';

const run = promisify(execFile);

/** A folder name with a space and an apostrophe: quoting must survive both. */
const DIR = "/home/o'brien/betfair certs";

function input(source: SnippetInput['certificate']['source'], extra: Partial<SnippetInput> = {}): SnippetInput {
  return {
    jurisdiction: 'international',
    certificate: {
      dir: DIR,
      source,
      fingerprintSha256: 'AB',
      commonName: 'x',
      notAfter: '2027-01-01T00:00:00.000Z',
      files: [],
    },
    appKey: null,
    username: null,
    ...extra,
  };
}

const pair = { kind: 'pair', certificatePath: `${DIR}/client-2048.crt`, keyPath: `${DIR}/client-2048.key` } as const;
const pem = { kind: 'pem', pemPath: `${DIR}/client-2048.pem` } as const;
const p12 = { kind: 'p12', p12Path: `${DIR}/client-2048.p12` } as const;

function byId(snippets: Snippet[], id: Snippet['id']): Snippet {
  const found = snippets.find((s) => s.id === id);
  if (!found) throw new Error(`no ${id} snippet`);
  return found;
}

/** Runs the curl snippet with a fake `curl` first on PATH that prints the arguments it got, one per line, then "STDIN:" and its input. */
async function curlArgs(code: string, env: Record<string, string>): Promise<string[]> {
  const bin = tempDir('fake-curl');
  const fake = join(bin, 'curl');
  writeFileSync(fake, '#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\nprintf "STDIN:"\ncat\n');
  chmodSync(fake, 0o755);
  const { stdout } = await run('bash', ['-c', code], {
    env: { PATH: [bin, '/usr/bin', '/bin'].join(delimiter), ...env },
  });
  return stdout.trimEnd().split('\n');
}

describe('snippets', () => {
  it('gives betfairlightweight, curl and Node snippets with titles and languages', () => {
    const snippets = buildSnippets(input(pair));
    expect(snippets.map((s) => [s.id, s.language])).toEqual([
      ['betfairlightweight', 'python'],
      ['curl', 'shell'],
      ['node', 'javascript'],
    ]);
    for (const s of snippets) expect(s.title.length).toBeGreaterThan(3);
  });

  for (const source of [pair, pem, p12]) {
    it(`(${source.kind}) never turns TLS checks off, never holds a password, warns about the key`, () => {
      for (const s of buildSnippets(input(source, { appKey: 'KEY1', username: 'bettor' }))) {
        expect(s.code).not.toMatch(/(^|\s)-k(\s|$)|--insecure|rejectUnauthorized|verify\s*=\s*False|NODE_TLS_REJECT/);
        expect(s.code).not.toMatch(/PRIVATE KEY/);
        expect(s.code).toMatch(/never share it/i);
        expect(s.code).toContain('BETFAIR_PASSWORD');
        expect(s.code).toContain('KEY1');
        expect(s.code).toContain('bettor');
      }
    });
  }

  it('uses the jurisdiction host (and betfairlightweight locale)', () => {
    const snippets = buildSnippets(input(pair, { jurisdiction: 'se' }));
    expect(byId(snippets, 'curl').code).toContain('https://identitysso-cert.betfair.se/api/certlogin');
    expect(byId(snippets, 'node').code).toContain('https://identitysso-cert.betfair.se/api/certlogin');
    expect(byId(snippets, 'betfairlightweight').code).toContain('locale="sweden"');
    expect(byId(buildSnippets(input(pair)), 'betfairlightweight').code).not.toContain('locale=');
  });

  it.skipIf(NO_POSIX_SHELL)(
    'curl: the shell passes the exact paths and the app key; the password goes on standard input, never in the arguments',
    async () => {
      const password = 'p@ss w0rd&=+%£"';
      const code = byId(buildSnippets(input(pair, { appKey: 'KEY1', username: "o'brien" })), 'curl').code;
      const args = await curlArgs(code, { BETFAIR_PASSWORD: password });
      expect(args).toEqual([
        '--silent',
        '--show-error',
        '--cert',
        pair.certificatePath,
        '--key',
        pair.keyPath,
        '-H',
        'X-Application: KEY1',
        '--data-urlencode',
        "username=o'brien",
        '--data-urlencode',
        'password@-',
        'https://identitysso-cert.betfair.com/api/certlogin',
        `STDIN:${password}`,
      ]);
      expect(args.slice(0, -1).join(' ')).not.toContain('w0rd');
    },
  );

  it.skipIf(NO_POSIX_SHELL)(
    'curl with a .p12: certificate type P12 and its password from the environment',
    async () => {
      const code = byId(buildSnippets(input(p12)), 'curl').code;
      const args = await curlArgs(code, { BETFAIR_PASSWORD: 'x', BETFAIR_P12_PASSWORD: 'p12pw' });
      expect(args.slice(2, 5)).toEqual(['--cert-type', 'P12', '--cert']);
      expect(args[5]).toBe(`${p12.p12Path}:p12pw`);
    },
  );

  it('python compiles (python3) and node parses (node --check) for every kind of certificate', async () => {
    for (const source of [pair, pem, p12]) {
      const snippets = buildSnippets(input(source, { username: 'a"b\\c' }));
      const dir = tempDir('snippet-syntax');
      const py = join(dir, 'bot.py');
      const mjs = join(dir, 'bot.mjs');
      writeFileSync(py, byId(snippets, 'betfairlightweight').code);
      writeFileSync(mjs, byId(snippets, 'node').code);
      await run('python3', ['-c', 'import ast,sys; ast.parse(open(sys.argv[1]).read())', py]);
      await run(process.execPath, ['--check', mjs]);
    }
  });

  it('python passes the exact certificate paths to betfairlightweight', async () => {
    const code = byId(buildSnippets(input(pair)), 'betfairlightweight').code;
    const dir = tempDir('snippet-py');
    const py = join(dir, 'bot.py');
    writeFileSync(py, code);
    const probe = [
      'import ast, json, sys',
      'tree = ast.parse(open(sys.argv[1]).read())',
      'call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "APIClient")',
      'print(json.dumps({k.arg: ast.literal_eval(k.value) for k in call.keywords}))',
    ].join('\n');
    const { stdout } = await run('python3', ['-c', probe, py]);
    expect(JSON.parse(stdout)).toEqual({ app_key: 'YOUR_APP_KEY', certs: DIR });
    const apart = { kind: 'pair', certificatePath: `${DIR}/a/client.pem.crt`, keyPath: `${DIR}/b/client.key` } as const;
    writeFileSync(py, byId(buildSnippets(input(apart)), 'betfairlightweight').code);
    const second = await run('python3', ['-c', probe, py]);
    expect(JSON.parse(second.stdout)).toEqual({
      app_key: 'YOUR_APP_KEY',
      cert_files: [apart.certificatePath, apart.keyPath],
    });
  });
});
