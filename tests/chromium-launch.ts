/**
 * How the tests and the bench start Chromium: CHROMIUM_PATH, else Debian's Chromium when installed, else
 * Playwright's own browser; with the flags a quiet, offline, sandbox-less CI machine needs.
 */
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  const executablePath = fromEnv || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
  return { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS] };
}
