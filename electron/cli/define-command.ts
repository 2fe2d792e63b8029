/**
 * The one opening every CLI command shares: the language (--lang, else the environment), `--help`, reading the
 * arguments (with --json and --lang), a usage error
 * printed and exit 2; and the one way a failure is printed: with --json one object on stdout, always of
 * the shape CliErrorJson, else plain words on stderr.
 */
import { USAGE_ERROR, type AppErrorCode } from '../../shared/codes.js';
import { text } from '../../shared/i18n/text.js';
import type { AppError } from '../../shared/result.js';
import { parseArgs, type ArgSpec, type ParsedArgs } from './args.js';
import type { CliCommand, CliIo } from './command.js';
import { EXIT } from './exit-codes.js';
import { LANG_FLAG, useCliLanguage } from './language.js';
import { terminalIo } from './terminal-output.js';

/** Every command's --json failure. */
export interface CliErrorJson {
  readonly ok: false;
  readonly title: string;
  readonly explanation: string;
  readonly whatToDo: string;
  readonly error: { readonly code: AppErrorCode; readonly message: string };
  readonly retryAt?: string;
  readonly testEndpoint?: true;
}

/** What a command's body gets: the arguments, and how to report a failure in the shared shape. */
export interface CommandContext {
  readonly args: ParsedArgs;
  readonly io: CliIo;
  readonly json: boolean;
  /** Prints a failure (JSON or plain words); returns nothing so the command picks its exit code. */
  readonly printError: (error: AppError, extra?: { readonly testEndpoint?: true }) => void;
  /** Prints a usage error and returns its exit code (2). */
  readonly usage: (message: string) => number;
}

export interface CommandDefinition {
  readonly name: string;
  /** Words are read when needed, in the language in use. */
  readonly summary: () => string;
  readonly help: () => string;
  /** The command's own flags; `--json` and `--lang` are added for every command. */
  readonly args: () => ArgSpec;
  /** Plain words on stderr for a failure other than a usage error (a usage error prints its message alone). */
  readonly errorText: (error: AppError) => string;
  readonly run: (context: CommandContext) => Promise<number>;
}

function wants(args: readonly string[], ...flags: string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => flags.includes(a));
}

function errorJson(command: string, error: AppError, extra: { readonly testEndpoint?: true }): CliErrorJson {
  const usage = error.code === USAGE_ERROR;
  return {
    ok: false,
    title: error.title ?? (usage ? text.CLI_TEXT.args.usageTitle : error.code),
    explanation: error.message,
    whatToDo: error.whatToDo ?? (usage ? text.CLI_TEXT.args.usageWhatToDo(command) : ''),
    error: { code: error.code, message: error.message },
    ...(error.retryAt ? { retryAt: error.retryAt } : {}),
    ...extra,
  };
}

export function defineCommand(def: CommandDefinition): CliCommand {
  async function run(argv: readonly string[], given: CliIo): Promise<number> {
    // Everything a command prints passes the terminal-safe filter (text or JSON, see terminal-output.ts).
    let io = terminalIo(given, wants(argv, '--json'));
    const badLanguage = await useCliLanguage(argv, io.env);
    if (badLanguage === null && wants(argv, '--help', '-h')) {
      io.stdout(def.help());
      return EXIT.ok;
    }
    const own = def.args();
    const spec: ArgSpec = {
      ...own,
      flags: { ...own.flags, json: { kind: 'boolean' }, [LANG_FLAG]: { kind: 'string' } },
    };
    const parsed = parseArgs(argv, spec);
    const json = parsed.ok ? parsed.value.booleans.has('json') : wants(argv, '--json');
    io = terminalIo(given, json);
    const printError = (error: AppError, extra: { readonly testEndpoint?: true } = {}): void => {
      if (json) io.stdout(`${JSON.stringify(errorJson(def.name, error, extra))}\n`);
      else io.stderr(`${error.code === USAGE_ERROR ? error.message : def.errorText(error)}\n`);
    };
    const usage = (message: string): number => {
      printError({ code: USAGE_ERROR, message });
      return EXIT.usage;
    };
    if (badLanguage !== null) return usage(badLanguage);
    if (!parsed.ok) return usage(parsed.error.message);
    return def.run({ args: parsed.value, io, json, printError, usage });
  }

  return {
    name: def.name,
    get summary() {
      return def.summary();
    },
    get help() {
      return def.help();
    },
    run,
  };
}
