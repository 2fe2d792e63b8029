/** `bot-login login --help` lists every option under its Options, in each language, before the notes and exit codes. */
import { describe, expect, it } from 'vitest';
import '../../../../shared/i18n/all-words.js';
import { LANGUAGES } from '../../../../shared/i18n/languages.js';
import { switchLanguage } from '../../../../shared/i18n/text.js';
import { loginHelp } from '../../../../electron/cli/login-help.js';

const FLAGS = [
  '--jurisdiction',
  '--cert',
  '--pem',
  '--p12',
  '--username',
  '--app-key',
  '--create-app-keys',
  '--keep-session',
  '--json',
  '--password-stdin',
  '--report',
  '--no-stream',
  '--require-stream',
];

describe('login --help', () => {
  it.each(LANGUAGES)('%s: every option is in the Options list, none after it', async (language) => {
    await switchLanguage(language);
    const paragraphs = loginHelp().split('\n\n');
    const options = paragraphs.findIndex((p) => p.includes('\n  --jurisdiction '));
    expect(options).toBeGreaterThan(0);
    const optionFlags = (paragraphs[options] ?? '').split('\n').flatMap((l) => /^ {2}(--[\w-]+)/.exec(l)?.[1] ?? []);
    expect(optionFlags).toEqual(FLAGS);
    const after = paragraphs.slice(options + 1).join('\n\n');
    expect(after).not.toMatch(/^ {2}--/m);
    await switchLanguage('en');
  });
});
