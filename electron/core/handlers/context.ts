import type { Platform } from '../platform.js';
import type { Env } from '../data-dir.js';
import type { SettingsStore } from '../settings/index.js';
import type { Engines } from './engines.js';
import type { SettingsNotice } from '../../../shared/settings-schema.js';
import type { UpdateFlow } from '../updates/update-flow.js';

/** What every handler group gets: the injected services plus the engines. */
export interface HandlerContext {
  readonly platform: Platform;
  readonly settings: SettingsStore;
  readonly env: Env;
  readonly dataDir: string;
  readonly appVersion: string;
  readonly settingsNotice: SettingsNotice | null;
  readonly engines: Engines;
  /** The CLI as one file (dist/bot-login.cjs) a bot kit carries, when the app found it (kit/one-file-cli.ts). */
  readonly oneFileCli?: string | null;
  /** The app's own updates (the desktop app only; without it the status is "unavailable"). */
  readonly updates?: UpdateFlow;
}
