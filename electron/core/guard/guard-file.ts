/**
 * The login guard's state on disk: login-guard.json in the data folder, shared by the app and the CLI so a
 * restart does not reset it. Written atomically (temp file + rename). A damaged file counts as empty, except
 * that a ban still readable in it is kept: the guard never shortens a ban it can read.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EMPTY_GUARD_STATE, type GuardState } from './guard-policy.js';

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

/** Finds a ban in text that is not valid JSON any more (e.g. a half-written or hand-edited file). */
function salvageBan(text: string): number | null {
  const match = /"bannedUntil"\s*:\s*"([^"]{10,40})"/.exec(text);
  return match?.[1] !== undefined ? toMillis(match[1]) : null;
}

export function parseGuardState(text: string): GuardState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { attempts: [], bannedUntil: salvageBan(text) };
  }
  if (typeof data !== 'object' || data === null) return { attempts: [], bannedUntil: salvageBan(text) };
  const record = data as Record<string, unknown>;
  const attempts = Array.isArray(record.attempts)
    ? record.attempts.map(toMillis).filter((t): t is number => t !== null)
    : [];
  const bannedUntil = toMillis(record.bannedUntil) ?? salvageBan(text);
  return { attempts, bannedUntil };
}

export async function readGuardState(dataDir: string): Promise<GuardState> {
  let text: string;
  try {
    text = await readFile(guardFilePath(dataDir), 'utf8');
  } catch {
    return EMPTY_GUARD_STATE;
  }
  return parseGuardState(text);
}

export async function writeGuardState(dataDir: string, state: GuardState): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const body = JSON.stringify(
    {
      version: FORMAT_VERSION,
      attempts: state.attempts.map((t) => new Date(t).toISOString()),
      bannedUntil: state.bannedUntil === null ? null : new Date(state.bannedUntil).toISOString(),
    },
    null,
    2,
  );
  const target = guardFilePath(dataDir);
  const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, `${body}\n`, { mode: 0o600 });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
