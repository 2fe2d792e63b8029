/**
 * Errors are values. Every call that can fail returns a Result; nothing throws across the bridge.
 * `message` is one or two sentences a non-technical person can act on (never a stack trace).
 */
import type { AppErrorCode } from './codes.js';

export interface AppError {
  /** Stable machine-readable code, e.g. FILES_EXIST, CONNECTION_REFUSED, GUARD_BANNED (every one in shared/codes.ts). */
  readonly code: AppErrorCode;
  /** What went wrong and what to do, in plain words, ready to show as is. */
  readonly message: string;
  /** Optional short heading for the UI. */
  readonly title?: string;
  /** Optional next step, when `message` only says what happened. */
  readonly whatToDo?: string;
  /** When a refusal is timed (login guard), the moment trying again is allowed (ISO 8601). */
  readonly retryAt?: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: AppErrorCode,
  message: string,
  extra: Omit<AppError, 'code' | 'message'> = {},
): Result<T> {
  return { ok: false, error: { code, message, ...extra } };
}
