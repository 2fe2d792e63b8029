/**
 * Values written into lines meant for a shell (a kit's README command, its .env.example) come out as one word with
 * their exact text, whatever they hold: shell metacharacters, quotes, newlines, non-ASCII. Checked by running the
 * lines through real shells (bash and sh), with a marker file that any command run by a value would create.
 * PowerShell quoting is checked the same way when pwsh is installed (the README shows no PowerShell line).
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeString, posixWord, powershellWord } from '../../../../electron/core/quote.js';
import { oneFileCliCommand, writeBotKit } from '../../../../electron/core/kit/index.js';
import { envExample } from '../../../../electron/core/samples/python.js';
import { kitHosts } from '../../../../electron/core/samples/hosts.js';
import { p12FromPem } from '../../../../electron/core/certificates/index.js';
import { switchLanguage } from '../../../../shared/i18n/text.js';
import { makeClientCertificate } from '../../../fixtures/fake-sso/client-cert.js';
import { tempDir } from '../../../support/temp-dir.js';

const run = promisify(execFile);
const hasPwsh = spawnSync('pwsh', ['-NoProfile', '-Command', 'exit 0'], { stdio: 'ignore' }).status === 0;
const SHELLS = ['bash', 'sh'].filter((shell) => spawnSync(shell, ['-c', 'exit 0'], { stdio: 'ignore' }).status === 0);

let root: string;
let marker: string;

/** Values that would run `touch MARKER` (or worse) if a shell read them as code. */
function hostileValues(): string[] {
  return [
    `LIVEKEY;{touch,${marker}};#`,
    `x$(touch ${marker})`,
    `x\`touch ${marker}\``,
    `a|touch ${marker}`,
    `a&&touch ${marker}`,
    `a>${marker}`,
    `it's 'quoted' "twice"`,
    `back\\slash \\' \\"`,
    `two\nlines; touch ${marker}`,
    'ünïcødé £ € 日本 ‘curly’ “quotes”',
    `$HOME \${PATH} $((1+1)) !! ~ *`,
    `'; touch ${marker}; echo '`,
  ];
}

/** What the shell makes of `printf '%s\0' WORDS`: the words it saw. */
async function wordsSeenBy(shell: string, line: string, cwd = root): Promise<string[]> {
  const { stdout } = await run(shell, ['-c', `show() { printf '%s\\0' "$@"; }\n${line}`], { cwd });
  return stdout.split('\0').slice(0, -1);
}

beforeAll(async () => {
  await switchLanguage('en');
  root = tempDir('quote');
  marker = join(root, 'RAN');
});

describe.each(SHELLS)('POSIX quoting, through %s', (shell) => {
  it('each value is one word with its exact text, and runs nothing', async () => {
    for (const value of hostileValues()) expect(await wordsSeenBy(shell, `show ${posixWord(value)}`)).toEqual([value]);
    expect(existsSync(marker)).toBe(false);
  });

  it("the README's one-file command gives the CLI each value as it is", async () => {
    for (const value of hostileValues()) {
      const line = oneFileCliCommand({ framework: 'node', jurisdiction: 'it', username: value, appKey: value });
      const words = await wordsSeenBy(shell, line.replace(/^node /, 'show '));
      expect(words).toEqual([
        'bot-login.cjs',
        'login',
        '--jurisdiction',
        'it',
        '--cert',
        'certs/client-2048.crt',
        '--key',
        'certs/client-2048.key',
        '--username',
        value,
        '--app-key',
        value,
      ]);
    }
    expect(existsSync(marker)).toBe(false);
  });

  it('.env.example, read with set -a; . ./.env, holds the application key as it is and runs nothing', async () => {
    const dir = join(root, `env-${shell}`);
    mkdirSync(dir, { recursive: true });
    for (const value of hostileValues()) {
      const hosts = kitHosts('international');
      writeFileSync(join(dir, '.env'), envExample({ username: 'bettor', appKey: value, hosts }));
      const words = await wordsSeenBy(shell, 'set -a; . ./.env; show "$BETFAIR_APP_KEY" "$BETFAIR_PASSWORD"', dir);
      expect(words).toEqual([value, '']);
    }
    expect(existsSync(marker)).toBe(false);
  });
});

describe('a kit made with the most unusual username the kit takes', () => {
  it('its README line and .env.example run through a real shell as they are, and kit_settings.py reads the same', async () => {
    const made = await makeClientCertificate(root);
    const username = `a;{touch,${marker}};#|&><()é€`;
    const kit = await writeBotKit(
      {
        parentDir: root,
        framework: 'betfairlightweight',
        jurisdiction: 'international',
        username,
        appKey: 'Key-with_dash1',
        certPem: made.certPem,
        keyPem: readFileSync(made.keyPath, 'utf8'),
        oneFileCli: null,
        platform: process.platform,
      },
      { makeKeystore: p12FromPem },
    );
    if (!kit.ok) throw new Error(kit.error.message);
    const readme = readFileSync(join(kit.value.dir, 'README.txt'), 'utf8');
    const line = readme.split('\n').find((l) => l.trim().startsWith('node bot-login.cjs login')) ?? '';
    for (const shell of SHELLS) {
      const words = await wordsSeenBy(shell, line.trim().replace(/^node /, 'show '));
      expect(words.slice(-4)).toEqual(['--username', username, '--app-key', 'Key-with_dash1']);
      const env = await wordsSeenBy(shell, 'set -a; . ./.env.example; show "$BETFAIR_APP_KEY"', kit.value.dir);
      expect(env).toEqual(['Key-with_dash1']);
    }
    const settings = await run(
      'python3',
      [
        '-c',
        'import kit_settings, json; print(json.dumps([kit_settings.USERNAME, kit_settings.read_env_file(".env.example")]))',
      ],
      { cwd: kit.value.dir, env: { PATH: process.env.PATH, LANG: 'C.UTF-8' } },
    );
    expect(JSON.parse(settings.stdout)).toEqual([
      username,
      { BETFAIR_APP_KEY: 'Key-with_dash1', BETFAIR_PASSWORD: '' },
    ]);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('code strings', () => {
  it('python3 and node read codeString(value) back as the value', async () => {
    const values = hostileValues();
    const literals = values.map(codeString).join(', ');
    const py = await run('python3', ['-c', `import sys; sys.stdout.write("\\0".join([${literals}]))`], {
      env: { PATH: process.env.PATH, PYTHONIOENCODING: 'utf-8' },
    });
    expect(py.stdout.split('\0')).toEqual(values);
    const js = await run(process.execPath, ['-e', `process.stdout.write([${literals}].join('\\0'))`]);
    expect(js.stdout.split('\0')).toEqual(values);
  });
});

describe('PowerShell quoting', () => {
  it.skipIf(!hasPwsh)(
    'each value is one word with its exact text (skipped: pwsh is not installed on this machine)',
    async () => {
      for (const value of hostileValues()) {
        const { stdout } = await run('pwsh', [
          '-NoProfile',
          '-Command',
          `[Console]::Out.Write(${powershellWord(value)})`,
        ]);
        expect(stdout).toBe(value);
      }
      expect(existsSync(marker)).toBe(false);
    },
  );

  it('doubles every quote PowerShell takes as a single quote, typographic ones too', () => {
    expect(powershellWord("it's ‘x’ ‚y‛")).toBe("'it''s ‘‘x’’ ‚‚y‛‛'");
  });
});
