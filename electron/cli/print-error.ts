/** How generate and inspect report a failure: one JSON object on stdout with --json, else one line on stderr. */
import type { AppError } from '../../shared/result.js';
import { USAGE_ERROR } from './args.js';
import type { CliIo } from './command.js';

/** `failed` wraps the message of anything but a usage error, e.g. "Could not make the certificate: …". */
export function printCliError(io: CliIo, json: boolean, error: AppError, failed: (message: string) => string): void {
  if (json) io.stdout(`${JSON.stringify({ ok: false, error: { code: error.code, message: error.message } })}\n`);
  else io.stderr(`${error.code === USAGE_ERROR ? error.message : failed(error.message)}\n`);
}
