/**
 * `bot-login login --help`: the command's own help with every option under its Options list (the password from
 * standard input, the support report and the stream checks join that list, before the notes and the exit codes).
 */
import { text } from '../../shared/i18n/text.js';
import { botChecksHelp } from './bot-checks.js';
import { REPORT_FLAG } from './support-report.js';

/** The option lines of a help part: from its first "  --" line on (its heading left out). */
function optionLines(part: string): string[] {
  const lines = part.replace(/^\n+|\n+$/g, '').split('\n');
  const first = lines.findIndex((line) => line.startsWith('  --'));
  return first < 0 ? [] : lines.slice(first);
}

export function loginHelp(): string {
  const paragraphs = text.CLI_TEXT.login.help.split('\n\n');
  const options = paragraphs.findIndex((p) => /(^|\n) {2}--jurisdiction /.test(p));
  const more = [
    ...optionLines(text.CLI_TEXT.passwordStdin.help),
    `  --${REPORT_FLAG}            ${text.SUPPORT_REPORT_TEXT.reportFlag}`,
    ...optionLines(botChecksHelp()),
  ];
  if (options < 0) return `${text.CLI_TEXT.login.help}${more.join('\n')}\n`;
  paragraphs[options] = [paragraphs[options]?.replace(/\n+$/, ''), ...more].join('\n');
  return paragraphs.join('\n\n');
}
