/**
 * The CLI's language: `--lang <en|it|es|ro|sv>` on any command, else LC_ALL / LC_MESSAGES / LANG as other
 * command-line tools read them. Picked before anything is printed, so a usage error and --help come in it too.
 * A language other than English loads its chunk here; English is already in.
 */
// The CLI's words start here (before any is printed): every part in `text`.
import '../../shared/i18n/all-words.js';
import { LANGUAGES, isLanguage, languageFromEnvironment } from '../../shared/i18n/languages.js';
import { switchLanguage, text } from '../../shared/i18n/text.js';
import type { Env } from '../core/data-dir.js';

/** The flag every command takes (declared for the argument reader in define-command.ts). */
export const LANG_FLAG = 'lang';

/** The value given with --lang (`--lang it` or `--lang=it`, before any `--`); undefined when none is. */
export function languageArgument(argv: readonly string[]): string | undefined {
  const end = argv.indexOf('--');
  const args = end === -1 ? argv : argv.slice(0, end);
  let value: string | undefined;
  args.forEach((arg, i) => {
    if (arg === `--${LANG_FLAG}`) value = args[i + 1]?.startsWith('--') ? undefined : args[i + 1];
    else if (arg.startsWith(`--${LANG_FLAG}=`)) value = arg.slice(LANG_FLAG.length + 3);
  });
  return value;
}

/** Where the command's name is in argv: the first word that is not --lang or its value (argv.length when none). */
export function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === `--${LANG_FLAG}`) i += 1;
    else if (!arg.startsWith(`--${LANG_FLAG}=`)) return i;
  }
  return argv.length;
}

/**
 * Makes `text` speak the language asked for. Returns null, or the usage message when --lang names a language
 * we do not speak (worded in the environment's language).
 */
export async function useCliLanguage(argv: readonly string[], env: Env): Promise<string | null> {
  const asked = languageArgument(argv);
  if (asked !== undefined && isLanguage(asked)) {
    await switchLanguage(asked);
    return null;
  }
  await switchLanguage(languageFromEnvironment(env));
  return asked === undefined ? null : text.CLI_ARGS_TEXT.unknownLanguage(asked, LANGUAGES);
}
