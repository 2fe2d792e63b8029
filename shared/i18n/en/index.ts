/**
 * The whole English text: every table each file in this folder exports, gathered into one bundle.
 * shared/i18n/messages.ts derives the type every other language must have from this object; a language's
 * index.ts gathers its own files the same way (the files hold the tables, so their names are written once).
 */
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

export const en = {
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
