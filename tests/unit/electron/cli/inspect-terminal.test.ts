/**
 * `bot-login inspect` on a .p12 without BOTLOGIN_P12_PASSWORD, as a real process: at a terminal (a
 * pseudo-terminal made by util-linux `script`) it asks for the password without echoing it, as `login` does;
 * off a terminal it does not ask and says how to give the password. Everything the terminal showed is
 * captured, and the password is never in it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCertificate } from '../../../../electron/core/certificates/index.js';
import { en } from '../../../../shared/i18n/en/index.js';
import { it as italian } from '../../../../shared/i18n/it/index.js';
import { builtCli, CLI } from '../../../support/built-cli.js';

/** Printable, non-ASCII and long enough that it cannot appear by chance. */
const PASSWORD = 'Tr0ub4dor-&-Grüße-9321';

/** util-linux `script` makes the pseudo-terminal; without it (macOS's BSD script, Windows) the terminal tests skip. */
const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

interface Ran {
  readonly code: number | null;
  /** Everything the terminal (or the pipes) showed, stdout and stderr together. */
  readonly shown: string;
}

/** The values are quoted for `sh -c`, which `script -c` runs. */
function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * Runs the CLI inside a pseudo-terminal; once `prompt` shows, types `answer` and Enter. The environment has no
 * BOTLOGIN_P12_PASSWORD.
 */
function atTerminal(args: readonly string[], prompt: string, answer: string): Promise<Ran> {
  const command = [process.execPath, CLI, ...args].map(shellQuote).join(' ');
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  delete env.BOTLOGIN_P12_PASSWORD;
  return new Promise((resolvePromise, reject) => {
    // -q: no "Script started" lines; -e: the command's exit code; /dev/null: no typescript file.
    const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], { env });
    let shown = '';
    let typed = false;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no answer from the CLI at the terminal; it showed: ${shown}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      shown += chunk.toString('utf8');
      if (!typed && shown.includes(prompt.trim())) {
        typed = true;
        // A terminal sends Enter as a carriage return.
        child.stdin.write(`${answer}\r`);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      shown += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, shown });
    });
  });
}

/** Runs the CLI with its stdin a pipe (not a terminal). */
function offTerminal(args: readonly string[]): Ran {
  const env = { ...process.env };
  delete env.BOTLOGIN_P12_PASSWORD;
  const r = spawnSync(process.execPath, [CLI, ...args], { env, input: `${PASSWORD}\n`, encoding: 'utf8' });
  return { code: r.status, shown: `${r.stdout}${r.stderr}` };
}

describe('bot-login inspect FILE.p12 without BOTLOGIN_P12_PASSWORD', () => {
  let p12 = '';

  beforeAll(async () => {
    await builtCli([
      'electron/cli.ts',
      'electron/cli/inspect.ts',
      'electron/cli/prompt-hidden.ts',
      'electron/cli/terminal-words.ts',
    ]);
    const made = await generateCertificate({
      dir: await mkdtemp(join(tmpdir(), 'botlogin-inspect-tty-')),
      p12Password: PASSWORD,
    });
    if (!made.ok) throw new Error(made.error.message);
    p12 = made.value.files.p12 ?? '';
  }, 120_000);

  it.skipIf(!HAS_SCRIPT)(
    'at a terminal: asks (hidden), opens the file with the answer, and the password never shows',
    async () => {
      const prompt = en.CLI_INSPECT_TEXT.passwordPrompt;
      const r = await atTerminal(['inspect', p12, '--lang', 'en'], prompt, PASSWORD);
      expect(r.shown).toContain(prompt.trim());
      expect(r.shown).toContain(en.CLI_INSPECT_TEXT.usable);
      expect(r.code).toBe(0);
      expect(r.shown).not.toContain(PASSWORD);
      // Not even a part of it (an echo of the first characters before the terminal went quiet).
      expect(r.shown).not.toContain(PASSWORD.slice(0, 6));
    },
    90_000,
  );

  it.skipIf(!HAS_SCRIPT)(
    'at a terminal: a wrong answer says so, and shows nothing typed; the prompt is in the language asked for',
    async () => {
      const prompt = italian.CLI_INSPECT_TEXT.passwordPrompt;
      const wrong = 'Xq7-sbagliata-Ü-4711'; // its first 6 characters appear in no Italian text
      const r = await atTerminal(['inspect', p12, '--lang', 'it'], prompt, wrong);
      expect(r.shown).toContain(prompt.trim());
      expect(r.code).toBe(1);
      expect(r.shown).toContain(italian.CLI_INSPECT_TEXT.notUsable);
      expect(r.shown).not.toContain(wrong);
      expect(r.shown).not.toContain(wrong.slice(0, 6));
    },
    90_000,
  );

  it('off a terminal: does not ask, says the file needs its password and how to give it (exit 1)', () => {
    const r = offTerminal(['inspect', p12, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.shown).not.toContain(en.CLI_INSPECT_TEXT.passwordPrompt.trim());
    expect(r.shown).toContain(en.CLI_INSPECT_TEXT.notUsable);
    expect(r.shown).toContain(en.CLI_INSPECT_TEXT.passwordHint);
    expect(r.shown).not.toContain(PASSWORD);
  });
});
