/**
 * bot-login: the command-line entry on the same core as the desktop app (plain Node, for headless servers).
 *   bot-login generate --dir DIR ...      make key + certificate files
 *   bot-login inspect FILE...             check certificate / key files
 *   bot-login login --jurisdiction ...    test the non-interactive login
 */
import type { CliCommand, CliIo } from './cli/command.js';

/**
 * Each command is its own chunk of the built CLI, loaded only when it runs (or for the help that lists
 * it), so `--version` loads no command and `generate` never loads the login engine.
 */
const COMMANDS: ReadonlyArray<{ readonly name: string; readonly load: () => Promise<CliCommand> }> = [
  { name: 'generate', load: async () => (await import('./cli/generate.js')).generateCommand },
  { name: 'inspect', load: async () => (await import('./cli/inspect.js')).inspectCommand },
  { name: 'login', load: async () => (await import('./cli/login.js')).loginCommand },
];

async function topHelp(): Promise<string> {
  const commands = await Promise.all(COMMANDS.map((c) => c.load()));
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: bot-login <command> [options]',
    '',
    'Sets up and checks the Betfair Exchange non-interactive (bot) login.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "bot-login <command> --help" for the options of a command.',
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await topHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${__BOTLOGIN_VERSION__}\n`);
    return 0;
  }
  const command = await COMMANDS.find((c) => c.name === name)?.load();
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${await topHelp()}`);
    return 2;
  }
  // The command's own opening (electron/cli/define-command.ts) answers --help and wrong usage.
  return command.run(rest, io);
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
  const io: CliIo = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    interactive: Boolean(process.stdin.isTTY),
    promptHidden: async (question) => (await import('./cli/prompt-hidden.js')).promptHidden(question),
    forgetEnv: (name) => {
      delete process.env[name];
    },
  };
  main(process.argv.slice(2), io).then(
    (code) => exitWhenFlushed(code),
    () => {
      process.stderr.write('Something unexpected went wrong. Please try again; if it keeps happening, report it.\n');
      exitWhenFlushed(70);
    },
  );
}
