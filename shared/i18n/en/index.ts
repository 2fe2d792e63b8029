/**
 * The whole English text: the three parts (shared/i18n/messages.ts), each gathering the tables of its files.
 * shared/i18n/messages.ts derives the type every other language must have from this object (and each part's type
 * from its file); a language's index.ts gathers its own parts the same way.
 */
import * as nodeTables from './node.js';
import * as resultsTables from './results.js';
import * as windowTables from './window.js';

export const en = { ...windowTables, ...resultsTables, ...nodeTables };
