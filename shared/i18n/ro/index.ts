/**
 * The whole Romanian text: its three parts (shared/i18n/messages.ts), as in shared/i18n/en/index.ts. A missing table
 * fails the type-check (Messages, and each part's type in shared/i18n/text.ts); an extra one fails the completeness test.
 */
import type { Messages } from '../messages.js';
import * as nodeTables from './node.js';
import * as resultsTables from './results.js';
import * as windowTables from './window.js';

export const ro: Messages = { ...windowTables, ...resultsTables, ...nodeTables };
