/**
 * How the tests and the bench start Chromium: CHROMIUM_PATH, else (outside CI) Debian's Chromium when installed,
 * else Playwright's own browser; with the flags a quiet, offline, sandbox-less CI machine needs. In CI (CI set, as on
 * GitHub's runners) Playwright's own build is used on every OS, the one its version was tested with; machines that
 * cannot download it (.ci/run here) name Debian's in CHROMIUM_PATH.
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
  const debian = !process.env.CI && existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
  const executablePath = fromEnv || debian;
  return { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS] };
}
