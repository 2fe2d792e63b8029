/** The CLI's --password-stdin: its part of `bot-login login --help`, and its refusals. */
import { ENV } from '../../env-names.js';

export const PASSWORD_STDIN_TEXT = {
  help: `
The password from a script:
  --password-stdin    read the Betfair password from standard input (the first line),
                      e.g.  pass show betfair | bot-login login ... --password-stdin
                      This is safer than ${ENV.password}: on Linux an environment
                      variable stays readable in /proc/<pid>/environ (to your own user
                      and root) for the whole run, even though the command removes it
                      from its own environment as soon as it has read it.
`,
  empty:
    'No password came on standard input (--password-stdin): pipe it in, e.g. pass show betfair | bot-login login ...',
  tooLong: 'What came on standard input is far too long to be a password (--password-stdin reads one line).',
  noLine: (seconds: number) =>
    `No line came on standard input within ${seconds} seconds (--password-stdin waits for the first line only): pipe the password in followed by a line break, e.g. pass show betfair | bot-login login ...`,
  terminal:
    'Standard input is this terminal, where --password-stdin would show what you type. Leave out --password-stdin: the command then asks for the password at a hidden prompt.',
} as const;
