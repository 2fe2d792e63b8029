/** The account the harness adds to the fake identitysso and prints at start (also what the e2e tests type). */
export const FAKE_ACCOUNT = {
  appKey: 'harness-app-key',
  username: 'bettor',
  password: 'p@ss w0rd&=+%£"',
} as const;
