/** The accounts the harness adds to the fake identitysso and prints at start (also what the e2e tests type). */
export const FAKE_ACCOUNT = {
  /** The account's delayed key (typing it gives "valid, delayed"). */
  appKey: 'harness-app-key',
  /** The account's live key, not activated yet. */
  liveAppKey: 'harness-live-key',
  username: 'bettor',
  password: 'p@ss w0rd&=+%£"',
  /** A second account, same password, with no application keys yet ("Create my application keys"). */
  noKeysUsername: 'newcomer',
} as const;
