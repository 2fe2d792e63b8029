/**
 * bot-login: the command-line entry on the same core as the desktop app (plain Node, for headless servers).
 *   bot-login generate --dir DIR ...      make key + certificate files
 *   bot-login inspect FILE...             check certificate / key files
 *   bot-login login --jurisdiction ...    test the non-interactive login
 *   bot-login kit --framework NAME ...    write a bot kit for the machine the bot runs on
 *   bot-login renew --dir DIR             renew the certificate beside the working one (--finish, --cancel)
 */
import type { CliCommand, CliIo } from './cli/command.js';
import { commandIndex } from './cli/command-position.js';

/**
 * Each command is its own chunk of the built CLI, loaded only when it runs (or for the help that lists
 * it), so `--version` loads no command and `generate` never loads the login engine.
 */
const COMMANDS: ReadonlyArray<{ readonly name: string; readonly load: () => Promise<CliCommand> }> = [
  { name: 'generate', load: async () => (await import('./cli/generate.js')).generateCommand },
  { name: 'inspect', load: async () => (await import('./cli/inspect.js')).inspectCommand },
  { name: 'login', load: async () => (await import('./cli/login.js')).loginCommand },
  { name: 'kit', load: async () => (await import('./cli/kit.js')).kitCommand },
  { name: 'renew', load: async () => (await import('./cli/renew.js')).renewCommand },
];

async function topHelp(): Promise<string> {
  const commands = await Promise.all(COMMANDS.map((c) => c.load()));
  const { text } = await import('../shared/i18n/text.js');
  const width = Math.max(...commands.map((c) => c.name.length));
  const t = text.CLI_ARGS_TEXT;
  return [t.topHelpStart, ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`), '', t.topHelpEnd, ''].join(
    '\n',
  );
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (VERSION_FLAGS.includes(argv[0] ?? '')) {
    io.stdout(`${__BOTLOGIN_VERSION__}\n`);
    return 0;
  }
  const at = commandIndex(argv);
  const name = argv[at];
  // generate's key search first, in the thread pool, while the words, the command and forge load.
  if (name === 'generate') (await import('./cli/key-head-start.js')).startKeySearch(argv);
  // The language before any words: --lang, else LC_ALL / LC_MESSAGES / LANG.
  const { useCliLanguage } = await import('./cli/language.js');
  const badLanguage = await useCliLanguage(argv, io.env);
  // The command sees --lang too: its own opening (electron/cli/define-command.ts) answers --help and wrong usage,
  // an unknown --lang included (in its --json shape when asked).
  const rest = argv.filter((_, i) => i !== at);
  if (name !== undefined && !HELP.includes(name)) {
    const command = await COMMANDS.find((c) => c.name === name)?.load();
    if (command) return command.run(rest, io);
  }
  if (badLanguage !== null) {
    io.stderr(`${badLanguage}\n`);
    return 2;
  }
  if (name !== undefined && HELP.includes(name)) {
    io.stdout(await topHelp());
    return 0;
  }
  const { text } = await import('../shared/i18n/text.js');
  if (name === undefined) io.stdout(await topHelp());
  else io.stderr(`${text.CLI_ARGS_TEXT.unknownCommand(name)}\n\n${await topHelp()}`);
  return 2;
}

const HELP: readonly string[] = ['--help', '-h', 'help'];
const VERSION_FLAGS: readonly string[] = ['--version', '-v'];

/**
 * Node's compile cache (electron/cli/compile-cache.ts), turned on before any command chunk loads; not for --version,
 * which loads nothing to cache (and stays one file read).
 */
async function compileCacheFirst(argv: readonly string[]): Promise<void> {
  if (VERSION_FLAGS.includes(argv[0] ?? '')) return;
  try {
    (await import('./cli/compile-cache.js')).useCompileCache(process.env);
  } catch {
    // only a slower start
  }
}

declare const __BOTLOGIN_VERSION__: string;

/**
 * Exits once everything printed has been handed over. Work nobody waits for any more (the slower of
 * two racing key searches, see rsa-key-pair.ts) must not keep the user waiting for the prompt.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

const isEntry = typeof require !== 'undefined' && require.main === module;
if (isEntry) {
  const argv = process.argv.slice(2);
  const io: CliIo = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    interactive: Boolean(process.stdin.isTTY),
    progressLines: Boolean(process.stderr.isTTY),
    promptHidden: async (question) => (await import('./cli/prompt-hidden.js')).promptHidden(question),
    forgetEnv: (name) => {
      delete process.env[name];
    },
    readStdinLine: async (maxBytes, timeoutMs) =>
      (await import('./cli/read-stdin.js')).readStdinLine(process.stdin, maxBytes, timeoutMs),
  };
  compileCacheFirst(argv)
    .then(() => main(argv, io))
    .then(
      (code) => exitWhenFlushed(code),
      () => {
        void import('../shared/i18n/text.js')
          .then(({ text }) => process.stderr.write(`${text.CLI_ARGS_TEXT.unexpected}\n`))
          .finally(() => exitWhenFlushed(70));
      },
    );
}
