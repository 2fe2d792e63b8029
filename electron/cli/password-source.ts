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

export const PASSWORD_STDIN_FLAG = 'password-stdin';

export type PasswordSource =
  { readonly ok: true; readonly password: string | undefined } | { readonly ok: false; readonly message: string };

/** The first line of what came on standard input (CRLF or LF ends it); the rest is ignored. */
function firstLine(bytes: Buffer): string {
  const all = bytes.toString('utf8');
  bytes.fill(0);
  const end = all.search(/\r?\n/);
  return end < 0 ? all : all.slice(0, end);
}

/** The password from standard input (when `fromStdin`) or the environment; undefined when neither gave one. */
export async function readPassword(io: CliIo, fromStdin: boolean): Promise<PasswordSource> {
  const fromEnv = io.env[ENV.password];
  io.forgetEnv?.(ENV.password);
  if (!fromStdin) return { ok: true, password: fromEnv || undefined };
  const bytes = io.readStdin ? await io.readStdin(MAX_STDIN_BYTES).catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
  if (bytes === null) return { ok: false, message: text.CLI_TEXT.passwordStdin.tooLong };
  const password = firstLine(bytes);
  return password === '' ? { ok: false, message: text.CLI_TEXT.passwordStdin.empty } : { ok: true, password };
}
