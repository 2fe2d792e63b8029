/** A certificate finding in words, where it is shown (the window, the CLI): its code's sentence with its facts. */
import type { Finding } from './certificate-types.js';
import type { Messages } from './i18n/messages.js';

/** The finding's sentence from `words` (text.FINDING_TEXT in the language in use), naming its file or key size. */
export function findingWords(finding: Finding, words: Messages['FINDING_TEXT']): string {
  const say = words[finding.code] as (fact?: string | number) => string;
  return say(finding.file ?? finding.bits);
}
