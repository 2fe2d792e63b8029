/** The dashboard's curl sample: one login with the user's own certificate files, the password on standard input. */
import type { Snippet } from '../../../shared/api.js';
import { KEEPALIVE_PATH, certloginUrl, identityssoOrigin } from '../../../shared/jurisdictions.js';
import { text } from '../../../shared/i18n/text.js';
import { posixWord } from '../quote.js';
import {
  APP_KEY_PLACEHOLDER,
  P12_PASSWORD_ENV,
  PASSWORD_ENV,
  USERNAME_PLACEHOLDER,
  comments,
  type SnippetInput,
} from './snippet-input.js';

const SESSION_ENV = 'BETFAIR_SESSION';

export function curlSnippet(input: SnippetInput): Snippet {
  const { certificate: cert } = input;
  const notes: string[] = [
    text.appText.snippets.keyWarning,
    text.appText.snippets.passwordFromEnv,
    text.appText.snippets.passwordOnStdin,
  ];
  let certArguments: string[];
  switch (cert.source.kind) {
    case 'pair':
      certArguments = [`--cert ${posixWord(cert.source.certificatePath)}`, `--key ${posixWord(cert.source.keyPath)}`];
      break;
    case 'pem':
      certArguments = [`--cert ${posixWord(cert.source.pemPath)}`];
      break;
    case 'p12':
      notes.push(text.appText.snippets.p12PasswordFromEnv);
      certArguments = ['--cert-type P12', `--cert ${posixWord(cert.source.p12Path)}":$${P12_PASSWORD_ENV}"`];
      break;
  }
  const code = [
    ...comments('#', notes),
    // printf is built into the shell: the password reaches curl on its standard input, never in a process list.
    `printf '%s' "$${PASSWORD_ENV}" | curl --silent --show-error ${certArguments.join(' ')} \\`,
    `  -H ${posixWord(`X-Application: ${input.appKey ?? APP_KEY_PLACEHOLDER}`)} \\`,
    `  --data-urlencode ${posixWord(`username=${input.username ?? USERNAME_PLACEHOLDER}`)} \\`,
    '  --data-urlencode password@- \\',
    `  ${posixWord(certloginUrl(input.jurisdiction))}`,
    '',
    ...comments('#', [
      text.SNIPPET_SESSION_TEXT.keepAlive,
      text.SNIPPET_SESSION_TEXT.relogin,
      text.SNIPPET_SESSION_TEXT.curlKeepAlive,
    ]),
    `# curl --silent --show-error -H 'Accept: application/json' -H ${posixWord(`X-Application: ${input.appKey ?? APP_KEY_PLACEHOLDER}`)} -H "X-Authentication: $${SESSION_ENV}" ${posixWord(identityssoOrigin(input.jurisdiction) + KEEPALIVE_PATH)}`,
    '',
  ].join('\n');
  return { id: 'curl', title: text.appText.snippets.curlTitle, language: 'shell', code };
}
