/**
 * The whole Swedish text: every table each file in this folder exports, gathered into one bundle, as in
 * shared/i18n/en/index.ts. A missing table fails the type-check (Messages); an extra one fails the completeness test.
 */
import type { Messages } from '../messages.js';
import * as appKeysTables from './app-keys.js';
import * as appTables from './app.js';
import * as certificatesTables from './certificates.js';
import * as cliTables from './cli.js';
import * as cliWordsTables from './cli-words.js';
import * as faultsTables from './faults.js';
import * as jurisdictionsTables from './jurisdictions.js';
import * as launchTables from './launch.js';
import * as loginCliTables from './login-cli.js';
import * as loginStatusesTables from './login-statuses.js';
import * as uiTables from './ui.js';

export const sv: Messages = {
  ...appKeysTables,
  ...appTables,
  ...certificatesTables,
  ...cliTables,
  ...cliWordsTables,
  ...faultsTables,
  ...jurisdictionsTables,
  ...launchTables,
  ...loginCliTables,
  ...loginStatusesTables,
  ...uiTables,
};
