/** The support report's words (shared/support-report.ts): the lines around the facts, and its panel. */
export const SUPPORT_REPORT_TEXT = {
  /** `login --report` in the CLI's help. */
  reportFlag:
    'print the support report after the answer: facts to send for help (no password, token, whole key or private key)',
  intro:
    'What Bot Login Wizard found, as facts only. Add a line about what you did, then send it to whoever helps you.',
  streamRequest:
    "Hello, Betfair's Exchange Stream API refused my application key (NOT_AUTHORIZED). Please enable streaming for this key. The facts of my test are below.",
  notIncluded: 'Not included: your password, session token, whole application key, private key and folder names.',
  button: 'Make a support report',
  preview:
    'Read it before you copy it: this is all it holds. The app never sends it; you paste it into your own message.',
  label: 'Support report',
  copy: 'Copy the report',
  copied: 'Copied: paste it into your message.',
  copyFailed: 'Could not copy: select the text and copy it yourself.',
};
