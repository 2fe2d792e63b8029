/**
 * The first reading of an HTTPS answer both the login and the Accounts API expect as JSON with HTTP 200: either
 * the parsed JSON object, or what was wrong with it (for an UNEXPECTED_ANSWER fault), or the network fault.
 */
import type { ExchangeOutcome } from './https-exchange.js';
import type { Fault } from './network-faults.js';

export type JsonAnswerProblem = 'tooLarge' | 'httpError' | 'empty' | 'notJson';

export type JsonAnswer =
  | { readonly kind: 'json'; readonly status: number; readonly data: Record<string, unknown> }
  | { readonly kind: 'bad'; readonly status: number; readonly problem: JsonAnswerProblem }
  | { readonly kind: 'fault'; readonly fault: Fault };

export function readJsonAnswer(outcome: ExchangeOutcome): JsonAnswer {
  if (outcome.kind === 'fault') return outcome;
  const { status } = outcome;
  if (outcome.tooLarge) return { kind: 'bad', status, problem: 'tooLarge' };
  if (status !== 200) return { kind: 'bad', status, problem: 'httpError' };
  if (outcome.body.trim() === '') return { kind: 'bad', status, problem: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(outcome.body);
  } catch {
    return { kind: 'bad', status, problem: 'notJson' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { kind: 'bad', status, problem: 'notJson' };
  return { kind: 'json', status, data: data as Record<string, unknown> };
}
