/**
 * bot-login: the command-line entry on the same core as the desktop app (plain Node, for headless servers).
 *   bot-login generate --dir DIR ...      make key + certificate files
 *   bot-login inspect FILE...             check certificate / key files
 *   bot-login login --jurisdiction ...    test the non-interactive login
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { CliCommand, CliIo } from './cli/command.js';
import { generateCommand } from './cli/generate.js';
import { inspectCommand } from './cli/inspect.js';
import { loginCommand } from './cli/login.js';

const COMMANDS: readonly CliCommand[] = [generateCommand, inspectCommand, loginCommand];

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: bot-login <command> [options]',
    '',
    'Sets up and checks the Betfair Exchange non-interactive (bot) login.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "bot-login <command> --help" for the options of a command.',
    '',
  ].join('\n');
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolvePromise) => {
    let muted = false;
    const output = new Writable({
      write(chunk: Buffer, _enc, done) {
        if (!muted) process.stderr.write(chunk);
        done();
      },
    });
    const rl = createInterface({ input: process.stdin, output, terminal: true });
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolvePromise(answer);
    });
    muted = true;
  });
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${__BOTLOGIN_VERSION__}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${topHelp()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.help);
    return 0;
  }
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
    promptHidden,
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
