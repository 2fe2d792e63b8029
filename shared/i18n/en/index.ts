/**
 * The whole English text, one entry per exported table. Every other language (shared/i18n/<id>/index.ts)
 * has exactly these entries with the same shapes: shared/i18n/messages.ts derives the type from this object.
 */
import {
  ACCOUNTS_ERROR_TEXT,
  ACCOUNTS_UNEXPECTED,
  APP_KEY_CHECK_TEXT,
  APP_KEYS_CREATION_TEXT,
  KEY_KINDS_TEXT,
  KEY_LABELS,
  UNKNOWN_ACCOUNTS_ERROR_TEXT,
} from './app-keys.js';
import { appText } from './app.js';
import { CREDENTIAL_TEXT, FINDING_TEXT, GENERATE_TEXT, GENERATE_TITLES } from './certificates.js';
import { CLI_ARGS_TEXT, CLI_GENERATE_TEXT, CLI_INSPECT_TEXT } from './cli.js';
import { CREDENTIAL_FAULT_TITLES, FAULT_TEXT, PROXY_CAUSES, UNEXPECTED_REASONS, UNKNOWN_FAULT_TEXT } from './faults.js';
import { JURISDICTION_NAMES } from './jurisdictions.js';
import { LAUNCH_TEXT } from './launch.js';
import { CLI_LOGIN_TEXT } from './login-cli.js';
import { LOGIN_STATUS_TEXT, UNKNOWN_STATUS_TEXT } from './login-statuses.js';
import { ui } from './ui.js';

export const en = {
  ui,
  appText,
  JURISDICTION_NAMES,
  LOGIN_STATUS_TEXT,
  UNKNOWN_STATUS_TEXT,
  FAULT_TEXT,
  UNEXPECTED_REASONS,
  PROXY_CAUSES,
  UNKNOWN_FAULT_TEXT,
  CREDENTIAL_FAULT_TITLES,
  KEY_KINDS_TEXT,
  KEY_LABELS,
  APP_KEY_CHECK_TEXT,
  ACCOUNTS_ERROR_TEXT,
  UNKNOWN_ACCOUNTS_ERROR_TEXT,
  APP_KEYS_CREATION_TEXT,
  ACCOUNTS_UNEXPECTED,
  FINDING_TEXT,
  GENERATE_TEXT,
  GENERATE_TITLES,
  CREDENTIAL_TEXT,
  CLI_ARGS_TEXT,
  CLI_GENERATE_TEXT,
  CLI_INSPECT_TEXT,
  CLI_LOGIN_TEXT,
  LAUNCH_TEXT,
};
