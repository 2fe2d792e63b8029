/** The Accounts API part of a test login: list, create and check the account's application keys. */
export { checkAppKeys, decideKeyCheck, type AppKeyCheckOutcome, type AppKeyCheckRequest } from './check-app-keys.js';
