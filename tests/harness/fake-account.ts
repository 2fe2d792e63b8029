/** The accounts the harness adds to the fake identitysso and prints at start (also what the e2e tests type). */
export const FAKE_ACCOUNT = {
  /** The account's live key, activated by Betfair: the key a bot bets with (typing it gives "Your bot login works"). */
  appKey: 'harness-app-key',
  /** The account's delayed key (typing it gives "the login works, but the bot cannot bet with the delayed key"). */
  delayedAppKey: 'harness-delayed-key',
  username: 'bettor',
  password: 'p@ss w0rd&=+%£"',
  /** A second account, same password, with no application keys yet ("Create my application keys"). */
  noKeysUsername: 'newcomer',
  /** A third account, same password, whose live key Betfair has not activated yet. */
  applicantUsername: 'applicant',
  applicantLiveKey: 'harness-inactive-live-key',
  applicantDelayedKey: 'harness-applicant-delayed-key',
} as const;
