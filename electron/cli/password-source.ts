/**
 * Where `bot-login login` gets the Betfair password: standard input with --password-stdin (what scripts should
 * use), else the environment variable BOTLOGIN_PASSWORD (kept for compatibility), else a hidden prompt at a
 * terminal (login.ts). The variable is removed from the process environment as soon as it has been looked at,
 * whichever source is used, so nothing started later inherits it; on Linux that does not scrub
 * /proc/<pid>/environ, which keeps the environment the process started with (docs/security-hardening.md).
 */
import { ENV } from '../../shared/env-names.js';
import { text } from '../../shared/i18n/text.js';
import type { CliIo } from './command.js';

/** A password is short; a script that pipes a file by mistake is stopped here. */
const MAX_STDIN_BYTES = 4096;
/** How long --password-stdin waits for the first line before it says so (exit 2). */
export const STDIN_LINE_TIMEOUT_MS = 10_000;

export const PASSWORD_STDIN_FLAG = 'password-stdin';

export type PasswordSource =
  { readonly ok: true; readonly password: string | undefined } | { readonly ok: false; readonly message: string };

/** The line as text, without a CR before its LF (CRLF from Windows). */
function lineText(bytes: Buffer): string {
  const line = bytes.toString('utf8');
  bytes.fill(0);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * The password from standard input (when `fromStdin`) or the environment; undefined when neither gave one. At a
 * terminal, --password-stdin is refused (what is typed there would show): the hidden prompt is the way.
 */
export async function readPassword(io: CliIo, fromStdin: boolean): Promise<PasswordSource> {
  const fromEnv = io.env[ENV.password];
  io.forgetEnv?.(ENV.password);
  if (!fromStdin) return { ok: true, password: fromEnv || undefined };
  if (io.interactive) return { ok: false, message: text.CLI_TEXT.passwordStdin.terminal };
  const read = io.readStdinLine
    ? await io.readStdinLine(MAX_STDIN_BYTES, STDIN_LINE_TIMEOUT_MS).catch(() => null)
    : null;
  if (read?.kind === 'too-long') return { ok: false, message: text.CLI_TEXT.passwordStdin.tooLong };
  if (read?.kind === 'no-line')
    return { ok: false, message: text.CLI_TEXT.passwordStdin.noLine(STDIN_LINE_TIMEOUT_MS / 1000) };
  const password = read === null ? '' : lineText(read.bytes);
  return password === '' ? { ok: false, message: text.CLI_TEXT.passwordStdin.empty } : { ok: true, password };
}
