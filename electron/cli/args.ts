/**
 * A tiny argv parser shared by every CLI command.
 *   --flag value, --flag=value      string flags
 *   --flag                          boolean flags (no value allowed)
 *   FILE FILE ...                   positionals, in order
 *   --                              everything after it is a positional
 * Unknown flags, missing values and repeats are usage errors (a Result, never a throw).
 */
import { fail, ok, type Result } from '../../shared/result.js';
import { CLI_ARGS_TEXT } from '../../shared/i18n/en/cli.js';

export type FlagKind = 'string' | 'boolean';

export interface FlagSpec {
  readonly kind: FlagKind;
  /** A string flag that may be given more than once (values are collected in order). */
  readonly repeatable?: boolean;
}

export interface ArgSpec {
  /** Flag names without the leading dashes, e.g. { dir: { kind: 'string' }, json: { kind: 'boolean' } }. */
  readonly flags: Readonly<Record<string, FlagSpec>>;
  /** Flags refused on purpose, with the sentence to print (e.g. password: 'use BOTLOGIN_P12_PASSWORD'). */
  readonly refused?: Readonly<Record<string, string>>;
  /** Smallest and largest number of positionals; defaults 0 and 0. Use Infinity for "any number". */
  readonly minPositionals?: number;
  readonly maxPositionals?: number;
}

export interface ParsedArgs {
  /** String flags: the last (only) value; repeatable flags: see `lists`. */
  readonly strings: Readonly<Record<string, string>>;
  readonly lists: Readonly<Record<string, readonly string[]>>;
  readonly booleans: ReadonlySet<string>;
  readonly positionals: readonly string[];
}

/** Code of every parse failure, so a command can map it to exit code 2. */
export const USAGE_ERROR = 'USAGE';

function usage(message: string): Result<ParsedArgs> {
  return fail(USAGE_ERROR, message);
}

export function parseArgs(args: readonly string[], spec: ArgSpec): Result<ParsedArgs> {
  const strings: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  const booleans = new Set<string>();
  const positionals: string[] = [];
  const seen = new Set<string>();
  let onlyPositionals = false;

  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (!arg.startsWith('--')) return usage(CLI_ARGS_TEXT.unknownFlag(arg));

    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const inlineValue = eq === -1 ? undefined : arg.slice(eq + 1);
    const refusal = spec.refused && Object.hasOwn(spec.refused, name) ? spec.refused[name] : undefined;
    if (refusal !== undefined) return usage(refusal);
    const flag = Object.hasOwn(spec.flags, name) ? spec.flags[name] : undefined;
    if (!flag || name === '') return usage(CLI_ARGS_TEXT.unknownFlag(`--${name}`));

    if (flag.kind === 'boolean') {
      if (inlineValue !== undefined) return usage(CLI_ARGS_TEXT.noValueAllowed(name));
      booleans.add(name);
      continue;
    }

    let value = inlineValue;
    if (value === undefined) {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) return usage(CLI_ARGS_TEXT.valueNeeded(name));
      value = next;
      i += 1;
    }
    if (flag.repeatable) {
      (lists[name] ??= []).push(value);
      strings[name] = value;
    } else {
      if (seen.has(name)) return usage(CLI_ARGS_TEXT.givenTwice(name));
      strings[name] = value;
    }
    seen.add(name);
  }

  const min = spec.minPositionals ?? 0;
  const max = spec.maxPositionals ?? 0;
  if (positionals.length < min) return usage(CLI_ARGS_TEXT.tooFewPositionals(min));
  if (positionals.length > max) {
    const extra = positionals[max] ?? '';
    return usage(CLI_ARGS_TEXT.unexpectedPositional(extra));
  }
  return ok({ strings, lists, booleans, positionals });
}
