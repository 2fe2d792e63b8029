/**
 * The login guard's state on disk: login-guard.json in the data folder, shared by the app and the CLI so a
 * restart does not reset it. Written atomically (temp file + rename), read and changed under guard-lock.ts.
 * A damaged file is reported as such with whatever could still be read from it (a ban, attempts), so the guard
 * can hold logins rather than open the gate.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CREATE_NEW_FLAGS, moveAside, readRegularFile } from '../regular-file.js';
import { EMPTY_GUARD_STATE, type GuardState } from './guard-policy.js';
import { ensurePrivateDataDir } from '../data-dir.js';

export const GUARD_FILE_NAME = 'login-guard.json';
const FORMAT_VERSION = 1;

export function guardFilePath(dataDir: string): string {
  return join(dataDir, GUARD_FILE_NAME);
}

function toMillis(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

/** What was read from the file; `damaged` when some of it could not be read (then more may have been there). */
export interface GuardFileState extends GuardState {
  readonly damaged: boolean;
}

/** The guard file is a few hundred bytes; salvaging looks at no more than this much of a damaged one. */
const SALVAGE_CHARS = 64 * 1024;

/** Finds a ban in text that is not valid JSON any more (e.g. a half-written or hand-edited file). */
function salvageBan(text: string): number | null {
  const match = /"bannedUntil"\s*:\s*"([^"]{10,40})"/.exec(text.slice(0, SALVAGE_CHARS));
  return match?.[1] !== undefined ? toMillis(match[1]) : null;
}

/** Finds the attempt times still readable in a damaged file (ISO times outside the bannedUntil entry). */
function salvageAttempts(text: string): number[] {
  const start = text.indexOf('"attempts"');
  if (start < 0) return [];
  const stop = text.indexOf('"bannedUntil"', start);
  const part = text.slice(start, stop < 0 ? start + SALVAGE_CHARS : Math.min(stop, start + SALVAGE_CHARS));
  return [...part.matchAll(/"(\d{4}-\d\d-\d\dT[\d:.]{5,20}Z)"/g)]
    .map((m) => toMillis(m[1]))
    .filter((t): t is number => t !== null);
}

function salvage(text: string): GuardFileState {
  return { ...EMPTY_GUARD_STATE, attempts: salvageAttempts(text), bannedUntil: salvageBan(text), damaged: true };
}

export function parseGuardState(text: string): GuardFileState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return salvage(text);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return salvage(text);
  const record = data as Record<string, unknown>;
  if (!Array.isArray(record.attempts)) return salvage(text);
  const attempts = record.attempts.map(toMillis).filter((t): t is number => t !== null);
  const banGiven = record.bannedUntil !== null && record.bannedUntil !== undefined;
  const bannedUntil = banGiven ? toMillis(record.bannedUntil) : null;
  const damaged = attempts.length !== record.attempts.length || (banGiven && bannedUntil === null);
  // Files from before the password pacing have neither field: no wrong password known.
  const wrong = record.wrongPasswordsInARow;
  const wrongPasswords = typeof wrong === 'number' && Number.isSafeInteger(wrong) && wrong > 0 ? wrong : 0;
  const lastWrongPasswordAt = wrongPasswords > 0 ? (toMillis(record.lastWrongPasswordAt) ?? null) : null;
  return { attempts, bannedUntil: bannedUntil ?? salvageBan(text), wrongPasswords, lastWrongPasswordAt, damaged };
}

/**
 * No file yet is an empty state; a file that exists but cannot be read is a damaged one. Only a plain file is read
 * (never a FIFO, a folder or a link, see regular-file.ts); anything else counts as damaged (and is moved aside when
 * `moveWrongKindAside`, by the callers that hold the lock and write the state back).
 */
export async function readGuardState(dataDir: string, moveWrongKindAside = false): Promise<GuardFileState> {
  const path = guardFilePath(dataDir);
  let read;
  try {
    read = await readRegularFile(path, SALVAGE_CHARS);
  } catch {
    return { ...EMPTY_GUARD_STATE, damaged: true };
  }
  if (read.kind === 'missing') return { ...EMPTY_GUARD_STATE, damaged: false };
  if (read.kind === 'wrong-kind') {
    // Under the lock (a read-change-write) it is moved aside, and the held state written in its place.
    if (moveWrongKindAside) await moveAside(path, 'wrong-kind');
    return { ...EMPTY_GUARD_STATE, damaged: true };
  }
  // A file this app wrote is a few hundred bytes; one larger than the bound was cut here, so it reads as damaged.
  const text = read.bytes.toString('utf8');
  return read.truncated ? salvage(text) : parseGuardState(text);
}

export async function writeGuardState(dataDir: string, state: GuardState): Promise<void> {
  await ensurePrivateDataDir(dataDir);
  const body = JSON.stringify(
    {
      version: FORMAT_VERSION,
      attempts: state.attempts.map((t) => new Date(t).toISOString()),
      bannedUntil: state.bannedUntil === null ? null : new Date(state.bannedUntil).toISOString(),
      wrongPasswordsInARow: state.wrongPasswords,
      lastWrongPasswordAt:
        state.lastWrongPasswordAt === null ? null : new Date(state.lastWrongPasswordAt).toISOString(),
    },
    null,
    2,
  );
  const target = guardFilePath(dataDir);
  const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    // A new file only (O_EXCL, O_NOFOLLOW): never written through a link; the rename replaces the entry itself.
    const handle = await open(temp, CREATE_NEW_FLAGS, 0o600);
    try {
      await handle.writeFile(`${body}\n`);
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
