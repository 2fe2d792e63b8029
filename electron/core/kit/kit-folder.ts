/**
 * The kit's folder: bot-kit-<framework>-<YYYY-MM-DD> (the local date) next to the certificate, never an existing
 * one: -2, -3… are tried in turn. Created exclusively (mkdir fails on an existing name), owner-only (0700) as it will
 * hold the private key.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BotFramework } from '../../../shared/bot-kit.js';
import { errorCodeOf } from '../error-code.js';

const MAX_TRIES = 100;

/** YYYY-MM-DD in local time. */
export function localDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function kitFolderName(framework: BotFramework, now: Date, attempt: number): string {
  const base = `bot-kit-${framework}-${localDate(now)}`;
  return attempt <= 1 ? base : `${base}-${attempt}`;
}

/** Makes the new folder and returns its path. Throws Node errors (EEXIST only after MAX_TRIES names). */
export async function createKitFolder(parent: string, framework: BotFramework, now: Date): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const dir = join(parent, kitFolderName(framework, now, attempt));
    try {
      await mkdir(dir, { mode: 0o700 });
      return dir;
    } catch (error) {
      if (errorCodeOf(error) !== 'EEXIST' || attempt >= MAX_TRIES) throw error;
    }
  }
}
