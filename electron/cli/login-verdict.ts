/**
 * The CLI side of the one verdict (shared/verdict.ts): `bot-login login`'s headline, its --json `verdict`, `title`
 * and `whatToDo`, and its exit code all come from judging the report once; nothing here decides "works".
 * Exit codes (docs/verdict.md): 0 works, or works but cannot stream (5 with requireStream); 1 Betfair refused the
 * login; 3 a check got no proper answer (the key, the stream, keepAlive); 5 the login works but the bot cannot bet
 * with the key yet (none chosen, no keys, delayed, live but not active, not the account's, refused).
 */
import type { LoginReport } from '../../shared/login-types.js';
import { judgeReport, type Verdict, type VerdictExit, type VerdictOutcome } from '../../shared/verdict.js';
import { verdictWords } from '../../shared/verdict-words.js';
import { EXIT } from './exit-codes.js';
import { terminalKeyCheckWords, terminalStatusWords } from './terminal-words.js';

export interface VerdictExitOptions {
  /** Streaming is required (the stream branch's --require-stream): "cannot stream" exits 5 instead of 0. */
  readonly requireStream?: boolean;
}

const EXIT_FOR: Readonly<Record<Exclude<VerdictExit, 'fault' | 'stream-not-allowed'>, number>> = {
  ok: EXIT.ok,
  failed: EXIT.failed,
  'no-answer': EXIT.noAnswer,
  'key-not-ready': EXIT.keyNotValid,
};

/** The exit code of a verdict on a report (a fault without a report exits by its class: exitCodeForFault). */
export function exitCodeForVerdict(verdict: Verdict, options: VerdictExitOptions = {}): number {
  if (verdict.exit === 'stream-not-allowed') return options.requireStream === true ? EXIT.keyNotValid : EXIT.ok;
  if (verdict.exit === 'fault') return EXIT.noAnswer;
  return EXIT_FOR[verdict.exit];
}

/** What the CLI prints and returns for one report. */
export interface CliVerdict {
  readonly verdict: VerdictOutcome;
  readonly title: string;
  readonly whatToDo: string;
  /** true exactly when the exit code is 0. */
  readonly ok: boolean;
  readonly exitCode: number;
}

/** The outcomes a key check decides: its what-to-do (already in the terminal's words, with --app-key) is the CLI's. */
const KEY_OUTCOMES: ReadonlySet<VerdictOutcome> = new Set([
  'delayed-key',
  'key-inactive',
  'choose-key',
  'create-keys',
  'key-not-yours',
  'key-refused',
  'key-not-checked',
]);

/**
 * The verdict decides the outcome and the title; the what-to-do is said in the terminal's words where they differ
 * (a refused login or a fault: its status's, with the location note; a key outcome: the key check's), so a terminal
 * user is told about flags, not buttons.
 */
function terminalWhatToDo(report: LoginReport, outcome: VerdictOutcome, own: string): string {
  if (outcome === 'login-failed' || outcome === 'fault') return terminalStatusWords(report).whatToDo;
  if (KEY_OUTCOMES.has(outcome)) return terminalKeyCheckWords(report)?.whatToDo ?? own;
  return own;
}

export function cliVerdict(report: LoginReport, typedKey: string, options: VerdictExitOptions = {}): CliVerdict {
  const verdict = judgeReport(report, typedKey);
  const words = verdictWords(verdict, report.jurisdiction);
  const exitCode = exitCodeForVerdict(verdict, options);
  const whatToDo = terminalWhatToDo(report, verdict.outcome, words.whatToDo);
  return { verdict: verdict.outcome, title: words.title, whatToDo, ok: exitCode === EXIT.ok, exitCode };
}
