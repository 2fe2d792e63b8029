/**
 * The CLI's argument reading: `node:util` parseArgs splits the command line into tokens (--flag value,
 * --flag=value, switches, positionals, everything after `--`), and this small adapter turns what it
 * refuses into today's plain messages. Unknown flags, missing values, repeats and password flags are
 * usage errors (a Result, never a throw).
 */
import { parseArgs as parseTokens } from 'node:util';
import { USAGE_ERROR } from '../../shared/codes.js';
import { fail, ok, type Result } from '../../shared/result.js';
import { text } from '../../shared/i18n/text.js';

export { USAGE_ERROR };

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

type Options = NonNullable<Parameters<typeof parseTokens>[0]>['options'];

function optionsOf(spec: ArgSpec): Options {
  const options: NonNullable<Options> = {};
  for (const [name, flag] of Object.entries(spec.flags)) {
    options[name] =
      flag.kind === 'boolean' ? { type: 'boolean' } : { type: 'string', multiple: flag.repeatable === true };
  }
  return options;
}

function usage(message: string): Result<ParsedArgs> {
  return fail(USAGE_ERROR, message);
}

export function parseArgs(args: readonly string[], spec: ArgSpec): Result<ParsedArgs> {
  // Not strict: the tokens come back as given, and the checks below word every refusal.
  const { tokens } = parseTokens({
    args: [...args],
    options: optionsOf(spec),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const strings: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  const booleans = new Set<string>();
  const positionals: string[] = [];

  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const { name } = token;
    if (!token.rawName.startsWith('--'))
      return usage(text.CLI_TEXT.args.unknownFlag(args[token.index] ?? token.rawName));
    const refusal = spec.refused && Object.hasOwn(spec.refused, name) ? spec.refused[name] : undefined;
    if (refusal !== undefined) return usage(refusal);
    const flag = Object.hasOwn(spec.flags, name) ? spec.flags[name] : undefined;
    if (!flag) return usage(text.CLI_TEXT.args.unknownFlag(`--${name}`));

    if (flag.kind === 'boolean') {
      if (token.value !== undefined) return usage(text.CLI_TEXT.args.noValueAllowed(name));
      booleans.add(name);
      continue;
    }
    // parseArgs takes the next word as the value whatever it is; another --flag means the value was forgotten.
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('--')))
      return usage(text.CLI_TEXT.args.valueNeeded(name));
    if (!flag.repeatable && Object.hasOwn(strings, name)) return usage(text.CLI_TEXT.args.givenTwice(name));
    if (flag.repeatable) (lists[name] ??= []).push(value);
    strings[name] = value;
  }

  const min = spec.minPositionals ?? 0;
  const max = spec.maxPositionals ?? 0;
  if (positionals.length < min) return usage(text.CLI_TEXT.args.tooFewPositionals(min));
  if (positionals.length > max) return usage(text.CLI_TEXT.args.unexpectedPositional(positionals[max] ?? ''));
  return ok({ strings, lists, booleans, positionals });
}
