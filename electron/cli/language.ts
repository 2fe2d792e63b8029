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
import { languageArgument } from './command-position.js';

export { LANG_FLAG, commandIndex, languageArgument } from './command-position.js';

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
  return asked === undefined ? null : text.CLI_TEXT.args.unknownLanguage(asked, LANGUAGES);
}
