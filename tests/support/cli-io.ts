/** Test helper: a CliIo that records what a command prints, and a way to run a command in this process with one. */
import { PassThrough } from 'node:stream';
import type { CliCommand, CliIo } from '../../electron/cli/command.js';
import { readStdinLine } from '../../electron/cli/read-stdin.js';

export interface RecordingIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
  /** The questions of the hidden prompts, in order. */
  readonly prompts: string[];
  /** The variables the command asked to forget (they are removed from `env`). */
  readonly forgotten: string[];
}

export interface RecordingIoOptions {
  /** Standard input is a terminal: hidden prompts are possible. */
  readonly interactive?: boolean;
  /** What every hidden prompt is answered. */
  readonly answer?: string;
  /** The answers to the hidden prompts in turn (then ''). */
  readonly answers?: readonly string[];
  /** What comes on standard input, which then stays open (--password-stdin); without it there is none to read. */
  readonly stdin?: string;
}

export function recordingIo(
  env: Readonly<Record<string, string | undefined>> = {},
  options: RecordingIoOptions = {},
): RecordingIo {
  let out = '';
  let err = '';
  const prompts: string[] = [];
  const forgotten: string[] = [];
  const answers = [...(options.answers ?? [])];
  const ownEnv: Record<string, string | undefined> = { ...env };
  const stdin = options.stdin;
  return {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    env: ownEnv,
    interactive: options.interactive ?? false,
    promptHidden: async (q) => {
      prompts.push(q);
      return options.answer ?? answers.shift() ?? '';
    },
    forgetEnv: (name) => {
      forgotten.push(name);
      delete ownEnv[name];
    },
    ...(stdin === undefined
      ? {}
      : { readStdinLine: (max: number, timeoutMs: number) => readStdinLine(streamOf(stdin), max, timeoutMs) }),
    out: () => out,
    err: () => err,
    prompts,
    forgotten,
  };
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly io: RecordingIo;
}

/** What runs a command line: `main` of electron/cli.ts, or one command. */
export type CliEntry = ((argv: readonly string[], io: CliIo) => Promise<number>) | Pick<CliCommand, 'run'>;

/** Runs `argv` through `entry` in this process with a recording io over `env`. */
export async function runCli(
  entry: CliEntry,
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
  options: RecordingIoOptions = {},
): Promise<CliRun> {
  const io = recordingIo(env, options);
  const code = await (typeof entry === 'function' ? entry(argv, io) : entry.run(argv, io));
  return { code, stdout: io.out(), stderr: io.err(), io };
}

/** Standard input that gives `text` and then stays open (never ends), like `(echo pw; sleep 600)`. */
export function streamOf(text: string): PassThrough {
  const input = new PassThrough();
  input.write(text);
  return input;
}
