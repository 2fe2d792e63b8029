/** The shape of one CLI command. Each command lives in its own file under electron/cli/. */
import type { Env } from '../core/data-dir.js';
import type { StdinLine } from './read-stdin.js';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Env;
  /** True when stdin is a terminal (a hidden password prompt is possible). */
  readonly interactive: boolean;
  /** True when standard error is a terminal: a long command prints its progress there (never into a pipe or file). */
  readonly progressLines?: boolean;
  /** Reads a line without echo (password prompt). Only called when interactive. */
  readonly promptHidden: (question: string) => Promise<string>;
  /** Removes a secret from the process environment once read (BOTLOGIN_PASSWORD), so nothing started later sees it. */
  readonly forgetEnv?: (name: string) => void;
  /**
   * Reads the first line of standard input, at most `maxBytes`, waiting at most `timeoutMs`: --password-stdin.
   * Absent where there is no standard input to read.
   */
  readonly readStdinLine?: (maxBytes: number, timeoutMs: number) => Promise<StdinLine>;
}

export interface CliCommand {
  readonly name: string;
  /** One line for the top-level --help (in the language in use when read). */
  readonly summary: string;
  /** Full help text for `<command> --help`. */
  readonly help: string;
  /** Returns the process exit code. Never throws for bad input: prints the reason and returns non-zero. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
