/**
 * The CLI's exit codes. A fault's class, declared beside its code in shared/codes.ts, decides its exit
 * code: no proper answer 3, held back by the login guard 4, anything else (the input) 2.
 */
import { faultClassOf, type AppErrorCode, type FaultClass } from '../../shared/codes.js';

export const EXIT = {
  ok: 0,
  /** The command ran and the answer is "no" (files not usable, Betfair refused the login, files not made). */
  failed: 1,
  usage: 2,
  noAnswer: 3,
  heldBack: 4,
  /** The login works but the bot cannot bet with the application key yet (none, delayed, not active, refused, not yours). */
  keyNotValid: 5,
} as const;

const EXIT_FOR_CLASS: Readonly<Record<FaultClass, number>> = {
  'no-answer': EXIT.noAnswer,
  'bad-input': EXIT.usage,
  'held-back': EXIT.heldBack,
};

export function exitCodeForFault(code: AppErrorCode): number {
  return EXIT_FOR_CLASS[faultClassOf(code)];
}
