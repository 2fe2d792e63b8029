/**
 * The login engine's data, as the UI and the CLI see it: facts and codes only; the words are chosen where they are
 * shown (renderer/logic/report-words.ts, electron/cli/terminal-words.ts), in the language in use.
 */
import type { AppKeyCheck, AppKeySummary, AppKeysCreation } from './app-key-types.js';
import type { KeepAliveCheck, StreamCheck } from './bot-check-types.js';
import type { JurisdictionId } from './jurisdictions.js';

export interface LoginReport {
  readonly jurisdiction: JurisdictionId;
  /** The loginStatus Betfair answered with. */
  readonly loginStatus: string;
  readonly success: boolean;
  /** true/false when a logout was tried after SUCCESS; null when not tried (failure, or session kept). */
  readonly loggedOut: boolean | null;
  /** Only present when the caller asked to keep the session. */
  readonly sessionToken?: string;
  /** e.g. "Zx8i…rMJI=" ; null when there is no token. */
  readonly sessionTokenMasked: string | null;
  /** True when BOTLOGIN_SSO_ORIGIN / BOTLOGIN_SSO_CA redirected the login. */
  readonly testEndpoint: boolean;
  /**
   * The account's application keys, listed after a SUCCESS login; null when the login failed or the Accounts API
   * did not answer (then appKeyCheck says not-checked). An empty array means the account has no keys.
   */
  readonly appKeys: readonly AppKeySummary[] | null;
  /** What became of the key given; null when the login itself failed. */
  readonly appKeyCheck: AppKeyCheck | null;
  /** Present only when the caller asked to create keys (createAppKeysName) and the account had none. */
  readonly appKeysCreation?: AppKeysCreation;
  /** The Exchange Stream API check (shared/bot-check-types.ts); null when the login failed; absent in older results. */
  readonly streamCheck?: StreamCheck | null;
  /** The keepAlive check before the logout; null when the login failed; absent in older results. */
  readonly keepAliveCheck?: KeepAliveCheck | null;
  /** ISO time of the attempt. */
  readonly at: string;
  readonly durationMs: number;
}

/** password-check: wrong passwords in a row; the next test waits a little, then for the user's "I have checked it". */
export type GuardState = 'ready' | 'rate-limited' | 'banned' | 'password-check';

export interface GuardStatus {
  readonly state: GuardState;
  /**
   * When the next test login is allowed (ISO), null when ready. For password-check, the end of the short wait after
   * which a test the user confirmed is allowed (it may have passed).
   */
  readonly retryAt: string | null;
  readonly attemptsLastMinute: number;
  readonly limitPerMinute: number;
  /** INVALID_USERNAME_OR_PASSWORD answers in a row. */
  readonly wrongPasswordsInARow: number;
}
