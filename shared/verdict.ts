/**
 * One verdict, computed once (issue 17): what "Test my login" found, judged by one pure function. The test step's
 * headline, the dashboard's "Last test", the CLI's headline, its --json `verdict`/`title`/`whatToDo` and its exit
 * code all come from here; nothing else decides "works". The rule: "works" (good) only when the bot can log in AND
 * bet, which needs a key that passed getAccountFunds and is known to be live and active. Every outcome, its tone and
 * its exit class have one home: VERDICT_OUTCOMES below. The words are in shared/i18n/<language>/verdict.ts
 * (shared/verdict-words.ts picks them); docs/verdict.md has the table.
 */
import { APP_KEY_CHECK_STATUSES, type AppKeyCheckStatus } from './app-key-types.js';
import {
  KEEP_ALIVE_STATUSES,
  STREAM_CHECK_STATUSES,
  type KeepAliveStatus,
  type StreamCheckStatus,
} from './bot-check-types.js';
import type { LoginReport } from './login-types.js';
import type { AppError, Result } from './result.js';

export type VerdictTone = 'good' | 'warn' | 'bad';

/**
 * What an outcome means for the CLI's exit code (electron/cli/login-verdict.ts turns it into a number):
 * ok 0; failed 1 (Betfair refused the login); fault: the fault's own class (3 no answer, 4 held back, 2 input);
 * no-answer 3 (a check could not be done); key-not-ready 5 (the login works, the bot cannot bet with this key yet);
 * stream-not-allowed 0, or 5 when the caller requires streaming.
 */
export type VerdictExit = 'ok' | 'failed' | 'fault' | 'no-answer' | 'key-not-ready' | 'stream-not-allowed';

interface OutcomeRule {
  readonly tone: VerdictTone;
  readonly exit: VerdictExit;
  /** The login itself worked (Betfair answered SUCCESS). */
  readonly canLogIn: boolean;
  /** The bot can place bets with this key: yes, no, or not known. */
  readonly canBet: boolean | null;
}

/**
 * Every outcome, in the order the verdict looks for them. Only `works` is good. Tones: bad when something given is
 * wrong (the login, the key); warn when the login works but the bot cannot do everything yet, or a check got no
 * proper answer (stream/keepAlive failed: the bot can log in and bet, but that part is unproven, so not green).
 */
export const VERDICT_OUTCOMES = {
  /** Logs in, the key is live and active; streaming allowed or not checked; keepAlive kept or not checked. */
  works: { tone: 'good', exit: 'ok', canLogIn: true, canBet: true },
  /** Logs in and bets, but the Exchange Stream API refused the key (e.g. NOT_AUTHORIZED). */
  'works-no-stream': { tone: 'warn', exit: 'stream-not-allowed', canLogIn: true, canBet: true },
  /** Logs in and bets; keepAlive answered FAIL or not properly (keeping the session is unproven). */
  'keep-alive-failed': { tone: 'warn', exit: 'no-answer', canLogIn: true, canBet: true },
  /** Logs in and bets; the stream check got no proper answer. */
  'stream-failed': { tone: 'warn', exit: 'no-answer', canLogIn: true, canBet: true },
  /** A valid delayed key: logs in and reads prices (late), cannot bet. */
  'delayed-key': { tone: 'warn', exit: 'key-not-ready', canLogIn: true, canBet: false },
  /** The live key, not activated by Betfair yet: betting calls are refused until it is. */
  'key-inactive': { tone: 'warn', exit: 'key-not-ready', canLogIn: true, canBet: false },
  /** No key given and the account has keys (or they could not be listed): choose one. */
  'choose-key': { tone: 'warn', exit: 'key-not-ready', canLogIn: true, canBet: false },
  /** No key given and the account has none: create them. */
  'create-keys': { tone: 'warn', exit: 'key-not-ready', canLogIn: true, canBet: false },
  /** The key typed is not one of the account's keys. */
  'key-not-yours': { tone: 'bad', exit: 'key-not-ready', canLogIn: true, canBet: false },
  /** Betfair refused the key (INVALID_APP_KEY / NO_APP_KEY). */
  'key-refused': { tone: 'bad', exit: 'key-not-ready', canLogIn: true, canBet: false },
  /** The key could not be checked, or what kind it is could not be seen (also: a result stored before keys were). */
  'key-not-checked': { tone: 'warn', exit: 'no-answer', canLogIn: true, canBet: null },
  /** Betfair refused the login (its loginStatus explains why). */
  'login-failed': { tone: 'bad', exit: 'failed', canLogIn: false, canBet: false },
  /** No proper answer, or the test could not be done (the fault code explains why). */
  fault: { tone: 'bad', exit: 'fault', canLogIn: false, canBet: null },
} as const satisfies Record<string, OutcomeRule>;

export type VerdictOutcome = keyof typeof VERDICT_OUTCOMES;
export const VERDICT_OUTCOME_CODES = Object.keys(VERDICT_OUTCOMES) as VerdictOutcome[];
/** The outcomes whose words are the verdict's own (login-failed and fault speak with the status/fault's words). */
export type OwnWordsOutcome = Exclude<VerdictOutcome, 'login-failed' | 'fault'>;

/**
 * What the test found, codes only (never a secret): what the verdict needs, and what the dashboard keeps of the
 * last test (shared/settings-schema.ts stores exactly this), so a stored result is judged by the same function.
 */
export interface VerdictFacts {
  /** success: Betfair answered SUCCESS; refused: another loginStatus; fault: no proper answer (code = fault code). */
  readonly login: 'success' | 'refused' | 'fault';
  /** The loginStatus, or the fault code. */
  readonly loginCode: string;
  /** The key check; null when none ran (login failed, or a result that did not record it). */
  readonly key: {
    readonly status: AppKeyCheckStatus;
    /** null when the key's kind is not known (not among the listed keys, or the keys could not be listed). */
    readonly delayed: boolean | null;
    readonly active: boolean | null;
    /** The app the key belongs to, when listed. */
    readonly appName: string | null;
  } | null;
  /** true/false when the keys were listed; null when not known. */
  readonly accountHasKeys: boolean | null;
  /** null when absent (results from before the stream check). */
  readonly stream: { readonly status: StreamCheckStatus; readonly errorCode: string | null } | null;
  readonly keepAlive: { readonly status: KeepAliveStatus; readonly errorCode: string | null } | null;
}

export interface Verdict {
  readonly outcome: VerdictOutcome;
  readonly tone: VerdictTone;
  readonly exit: VerdictExit;
  /** True only for what a bot can run with: works, works-no-stream. */
  readonly ok: boolean;
  readonly canLogIn: boolean;
  readonly canBet: boolean | null;
  /** The loginStatus or fault code, for login-failed / fault (their words are the catalogue's). */
  readonly code: string;
}

function keyOutcome(facts: VerdictFacts): VerdictOutcome | null {
  const key = facts.key;
  if (key === null) return 'key-not-checked';
  switch (key.status) {
    case 'not-given':
      return facts.accountHasKeys === false ? 'create-keys' : 'choose-key';
    case 'not-yours':
      return 'key-not-yours';
    case 'refused':
      // Betfair may refuse a live key that is not active yet: say that, it is what to fix.
      return key.delayed === false && key.active === false ? 'key-inactive' : 'key-refused';
    case 'not-checked':
      return 'key-not-checked';
    case 'valid':
      if (key.delayed === true) return 'delayed-key';
      if (key.delayed === false && key.active === false) return 'key-inactive';
      // Valid, live and active: the bot can bet. Anything less known is not enough for green.
      return key.delayed === false && key.active === true ? null : 'key-not-checked';
  }
}

function botCheckOutcome(facts: VerdictFacts): VerdictOutcome {
  if (facts.stream?.status === 'not-allowed') return 'works-no-stream';
  if (facts.keepAlive?.status === 'failed') return 'keep-alive-failed';
  if (facts.stream?.status === 'failed') return 'stream-failed';
  return 'works';
}

/** The one verdict. Pure: the same facts give the same verdict, in the app, the CLI and for a stored result. */
export function judge(facts: VerdictFacts): Verdict {
  let outcome: VerdictOutcome;
  if (facts.login === 'fault') outcome = 'fault';
  else if (facts.login === 'refused') outcome = 'login-failed';
  else outcome = keyOutcome(facts) ?? botCheckOutcome(facts);
  const rule: OutcomeRule = VERDICT_OUTCOMES[outcome];
  return {
    outcome,
    tone: rule.tone,
    exit: rule.exit,
    ok: rule.exit === 'ok' || rule.exit === 'stream-not-allowed',
    canLogIn: rule.canLogIn,
    canBet: rule.canBet,
    code: facts.loginCode,
  };
}

/**
 * The facts of a report from the login engine. `typedKey` is the key the test was run with: its app name is looked
 * up among the account's listed keys (the report does not repeat the key).
 */
export function factsOfReport(report: LoginReport, typedKey = ''): VerdictFacts {
  const check = report.appKeyCheck;
  const listed = report.appKeys;
  const wanted = typedKey.trim();
  const appName = wanted === '' ? null : (listed?.find((k) => k.applicationKey === wanted)?.appName ?? null);
  return {
    login: report.success ? 'success' : 'refused',
    loginCode: report.loginStatus,
    key:
      report.success && check !== null
        ? {
            status: check.status,
            delayed: check.delayed ?? null,
            active: check.active ?? null,
            appName,
          }
        : null,
    accountHasKeys: listed === null ? null : listed.length > 0,
    stream: report.streamCheck
      ? { status: report.streamCheck.status, errorCode: report.streamCheck.errorCode ?? null }
      : null,
    keepAlive: report.keepAliveCheck
      ? { status: report.keepAliveCheck.status, errorCode: report.keepAliveCheck.errorCode ?? null }
      : null,
  };
}

/** The facts of a test that got no report (a fault, or the test could not be done). */
export function factsOfError(error: AppError): VerdictFacts {
  return { login: 'fault', loginCode: error.code, key: null, accountHasKeys: null, stream: null, keepAlive: null };
}

export function factsOfResult(result: Result<LoginReport>): VerdictFacts {
  return result.ok ? factsOfReport(result.value) : factsOfError(result.error);
}

export function judgeReport(report: LoginReport, typedKey = ''): Verdict {
  return judge(factsOfReport(report, typedKey));
}

/** The code lists the stored facts are checked against (shared/settings-schema.ts). */
export const VERDICT_FACT_CODES = {
  keyStatuses: APP_KEY_CHECK_STATUSES,
  streamStatuses: STREAM_CHECK_STATUSES,
  keepAliveStatuses: KEEP_ALIVE_STATUSES,
} as const;
