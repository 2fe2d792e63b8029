/**
 * Type-level completeness, checked by `npm run typecheck` (tests/tsconfig.json): a table with a missing key, an
 * extra key, or a function whose parameters differ from English does not compile as Messages['…']. (A function
 * with FEWER parameters is assignable in TypeScript; completeness.test.ts catches that by its length.)
 */
import { en } from '../../../../shared/i18n/en/index.js';
import type { Messages } from '../../../../shared/i18n/messages.js';

export const complete: Messages['GENERATE_TITLES'] = { ...en.GENERATE_TITLES };

// @ts-expect-error a key is missing (INVALID_SUBJECT)
export const missingKey: Messages['GENERATE_TITLES'] = { FILES_EXIST: 'x', INVALID_DAYS: 'x', DIR_NOT_WRITABLE: 'x' };

export const extraKey: Messages['GENERATE_TITLES'] = {
  ...en.GENERATE_TITLES,
  // @ts-expect-error a key English does not have
  NOT_IN_ENGLISH: 'x',
};

// @ts-expect-error one parameter more than English
export const moreParameters: Messages['CLI_TEXT']['args']['unknownFlag'] = (flag: string, more: string) =>
  `${flag}${more}`;

// @ts-expect-error a parameter of another type
export const otherParameter: Messages['FINDING_TEXT']['RSA_SIZE'] = (bits: string) => bits;

// @ts-expect-error a context text must take the context, not a string
export const wrongContext: Messages['FAULT_TEXT']['TIMEOUT'] = { ...en.FAULT_TEXT.TIMEOUT, meaning: (d: string) => d };

// @ts-expect-error a whole table missing from a language
export const missingTable: Messages = { ...en, ui: undefined };

export const wordsAsTarget: Messages['LOGIN_STATUS_TEXT']['INVALID_USERNAME_OR_PASSWORD'] = {
  ...en.LOGIN_STATUS_TEXT.INVALID_USERNAME_OR_PASSWORD,
  // @ts-expect-error a link target is a code, not free words
  action: { label: 'x', target: 'la pagina' },
};
