/**
 * Every environment variable the app and the CLI read, named once. Texts that mention one interpolate it
 * from here, so a rename is one edit.
 */
export const ENV = {
  /** The Betfair password for `bot-login login` (removed from the process environment once read). */
  password: 'BOTLOGIN_PASSWORD',
  /** The .p12 password for `bot-login generate`, `inspect` and `login`. */
  p12Password: 'BOTLOGIN_P12_PASSWORD',
  /** The password `bot-login kit` locks a new .pfx/.p12 with (.NET and Java kits). */
  kitPassword: 'BOTLOGIN_KIT_PASSWORD',
  /** Replaces the app's data folder (settings, login guard state): tests, headless servers. */
  dataDir: 'BOTLOGIN_DATA_DIR',
  /** Default folder for new certificates, instead of ~/betfair-certs. */
  certDir: 'BOTLOGIN_CERT_DIR',
  /** Tests only: a local https origin that replaces Betfair's login and Accounts API hosts. */
  ssoOrigin: 'BOTLOGIN_SSO_ORIGIN',
  /** Tests only: a local `host:port` (loopback only) that replaces the Exchange Stream API's host; trusted through BOTLOGIN_SSO_CA. */
  streamOrigin: 'BOTLOGIN_STREAM_ORIGIN',
  /**
   * Tests only: each Betfair host name mapped to its own loopback `host:port`
   * (`identitysso-cert.betfair.com=127.0.0.2:8443,api.betfair.com=127.0.0.4:8443,...`), instead of the two above.
   */
  testHosts: 'BOTLOGIN_TEST_HOSTS',
  /** Tests only: a PEM file trusted for BOTLOGIN_SSO_ORIGIN (or BOTLOGIN_TEST_HOSTS). */
  ssoCa: 'BOTLOGIN_SSO_CA',
  /** Tests only (unpackaged app): record the links and files the app would open instead of opening them. */
  testRecordOpened: 'BOTLOGIN_TEST_RECORD_OPENED',
  /** Tests only (unpackaged app): a local http origin serving update metadata, instead of the GitHub releases. */
  updateFeed: 'BOTLOGIN_UPDATE_FEED',
  /** Tests only: replaces the folder of the `electron` package for `npm start`. */
  electronPackage: 'BOTLOGIN_ELECTRON_PACKAGE',
} as const;

export type EnvName = (typeof ENV)[keyof typeof ENV];
