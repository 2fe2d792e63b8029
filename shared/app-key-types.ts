/**
 * The application-key part of a test login, as the UI and the CLI see it: facts and codes only, worded where they
 * are shown (shared/app-key-catalogue.ts) (issue: "Test my login proves everything
 * a bot needs"). After a SUCCESS login, on the same session and before the logout, the Accounts API lists the
 * account's keys (getDeveloperAppKeys), checks the key given (getAccountFunds) and, when asked and the account has
 * none, creates them (createDeveloperAppKeys). The Accounts API facts live in shared/accounts-api.ts.
 */
import type { FaultDetail } from './fault-detail.js';

/** One application key of the account (one DeveloperAppVersion of one DeveloperApp). */
export interface AppKeySummary {
  readonly appName: string;
  readonly applicationKey: string;
  /** e.g. "1.0-DELAY" */
  readonly version: string;
  /** The delayed key: free, delayed prices, cannot place bets. */
  readonly delayed: boolean;
  /** The live key is inactive until Betfair activates it on application. */
  readonly active: boolean;
}

/**
 * valid: getAccountFunds accepted the key (and it is one of the account's keys when they could be listed);
 * not-yours: the key is not among the account's keys;
 * refused: Betfair said INVALID_APP_KEY / NO_APP_KEY;
 * not-given: no key was typed (the wizard lists the account's keys instead);
 * not-checked: the Accounts API did not answer properly (the login itself still works).
 */
export const APP_KEY_CHECK_STATUSES = ['valid', 'not-yours', 'refused', 'not-given', 'not-checked'] as const;
export type AppKeyCheckStatus = (typeof APP_KEY_CHECK_STATUSES)[number];

export interface AppKeyCheck {
  readonly status: AppKeyCheckStatus;
  /** Known when the key given is one of the listed keys. */
  readonly delayed?: boolean;
  readonly active?: boolean;
  /** The Accounts API errorCode (e.g. INVALID_APP_KEY) or fault code behind refused / not-checked. */
  readonly code?: string;
  /** not-checked after a fault (no proper answer): the fault's details; absent when Betfair answered an errorCode. */
  readonly faultDetail?: FaultDetail;
}

/** The outcome of createDeveloperAppKeys, when the caller asked for it. */
export type AppKeysCreation =
  | { readonly created: true; readonly appName: string }
  | {
      readonly created: false;
      readonly appName: string;
      /** Accounts API errorCode (DUPLICATE_APP_NAME, APP_KEY_CREATION_FAILED, UNEXPECTED_ERROR...) or a fault code. */
      readonly code: string;
      /** After a fault (no proper answer): its details; absent when Betfair answered an errorCode. */
      readonly faultDetail?: FaultDetail;
    };
