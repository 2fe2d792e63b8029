/** Inputs and dependencies of the login engine (the report types are in shared/login-types.ts). */
import type { CredentialSource } from '../../../shared/certificate-types.js';
import type { JurisdictionId } from '../../../shared/jurisdictions.js';
import type { Result } from '../../../shared/result.js';
import type { Env } from '../data-dir.js';
import type { TestProgress } from '../../../shared/test-progress.js';

export interface TestLoginInput {
  readonly jurisdiction: JurisdictionId;
  readonly source: CredentialSource;
  readonly p12Password?: string;
  /** Optional: empty means "find my keys" (certlogin and logout then send APP_IDENTIFIER). */
  readonly appKey: string;
  readonly username: string;
  /** Used for the one request and not kept anywhere. */
  readonly password: string;
  /** Keep the test session open (no logout) and hand its token back. */
  readonly keepSession?: boolean;
  /** When the account has no application keys, create them under this name (refused if it contains the username). */
  readonly createAppKeysName?: string;
  /** false: the login alone, without the Accounts API (the bench's login-only baseline). Default true. */
  readonly checkAppKeys?: boolean;
  /** false: no keepAlive before the logout (the bench's login + key check baseline). Default true. */
  readonly checkKeepAlive?: boolean;
  /** false: no Exchange Stream API check (`--no-stream`; the bench's baseline). Default true. */
  readonly checkStream?: boolean;
  /**
   * The user confirmed the password after wrong ones in a row (the app's "I have checked it, test again"; the CLI
   * always, each run being deliberate): the guard then allows a test once its short wait is over.
   */
  readonly passwordChecked?: boolean;
}

export interface TestLoginDeps {
  readonly dataDir: string;
  readonly env: Env;
  readonly now?: () => Date;
  /** Connect + answer limit for each request (default 30 s). */
  readonly timeoutMs?: number;
  /** Connect + the whole Stream API conversation (default, and at most, STREAM_DEADLINE_MS: 10 s). */
  readonly streamTimeoutMs?: number;
  /** Told each time the set of running checks changes (the window's and the CLI's progress); must not throw. */
  readonly onProgress?: (progress: TestProgress) => void;
}

/** PEM certificate + unencrypted PEM key, as the certificate engine's loadClientCredential gives them. */
export interface LoginCredential {
  readonly certPem: string;
  readonly keyPem: string;
  readonly fingerprintSha256: string;
}

export type CredentialLoader = (source: CredentialSource, p12Password?: string) => Promise<Result<LoginCredential>>;

export const DEFAULT_TIMEOUT_MS = 30_000;
/** Anything bigger is not a login answer (the transport's cap, kept here for the login's importers). */
export { MAX_ANSWER_BYTES } from '../transport/limits.js';
