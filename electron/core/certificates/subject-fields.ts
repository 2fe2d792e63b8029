/** Checks the certificate's name fields (plain checks, no forge: they run before forge is loaded). */
import { DEFAULT_COMMON_NAME, type SubjectFields } from '../../../shared/certificate-types.js';
import { text } from '../../../shared/i18n/text.js';
import { fail, ok, type Result } from '../../../shared/result.js';

const MAX_FIELD = 64;
// A NUL ends a name in C-based readers: refused like a line break, on purpose.
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /[\r\n\u0000]/;

/** The optional name fields checked by length, each named in the language in use (GENERATE_TEXT.fieldLabels). */
const OPTIONAL_FIELDS = ['organization', 'organizationalUnit', 'state', 'locality'] as const;

function cleanOptional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function checkSubject(input: Partial<SubjectFields> | undefined): Result<SubjectFields> {
  const commonName = cleanOptional(input?.commonName) ?? DEFAULT_COMMON_NAME;
  if (commonName.length > MAX_FIELD || LINE_BREAK.test(commonName))
    return fail('INVALID_SUBJECT', text.GENERATE_TEXT.invalidCommonName());
  const out: { -readonly [K in keyof SubjectFields]: SubjectFields[K] } = { commonName };
  for (const key of OPTIONAL_FIELDS) {
    const value = cleanOptional(input?.[key]);
    if (value === undefined) continue;
    if (value.length > MAX_FIELD || LINE_BREAK.test(value))
      return fail('INVALID_SUBJECT', text.GENERATE_TEXT.invalidField(text.GENERATE_TEXT.fieldLabels[key]));
    out[key] = value;
  }
  const country = cleanOptional(input?.country);
  if (country !== undefined) {
    if (!/^[A-Za-z]{2}$/.test(country)) return fail('INVALID_SUBJECT', text.GENERATE_TEXT.invalidCountry());
    out.country = country.toUpperCase();
  }
  const email = cleanOptional(input?.email);
  if (email !== undefined) {
    if (email.length > 128 || !/^[\x21-\x7e]+@[\x21-\x7e]+\.[\x21-\x7e]+$/.test(email))
      return fail('INVALID_SUBJECT', text.GENERATE_TEXT.invalidEmail());
    out.email = email;
  }
  return ok(out);
}
