/** Checks the certificate's name fields (plain checks, no forge: they run before forge is loaded). */
import { DEFAULT_COMMON_NAME, type SubjectFields } from '../../../shared/certificate-types.js';
import { GENERATE_TEXT } from '../../../shared/i18n/en/certificates.js';
import { fail, ok, type Result } from '../../../shared/result.js';

const MAX_FIELD = 64;
// A NUL ends a name in C-based readers: refused like a line break, on purpose.
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /[\r\n\u0000]/;

function cleanOptional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function checkSubject(input: Partial<SubjectFields> | undefined): Result<SubjectFields> {
  const commonName = cleanOptional(input?.commonName) ?? DEFAULT_COMMON_NAME;
  if (commonName.length > MAX_FIELD || LINE_BREAK.test(commonName)) return fail('INVALID_SUBJECT', GENERATE_TEXT.invalidCommonName());
  const fields: Array<[keyof SubjectFields, string]> = [
    ['organization', 'organisation'],
    ['organizationalUnit', 'department'],
    ['state', 'state or county'],
    ['locality', 'town or city'],
  ];
  const out: { -readonly [K in keyof SubjectFields]: SubjectFields[K] } = { commonName };
  for (const [key, label] of fields) {
    const value = cleanOptional(input?.[key]);
    if (value === undefined) continue;
    if (value.length > MAX_FIELD || LINE_BREAK.test(value)) return fail('INVALID_SUBJECT', GENERATE_TEXT.invalidField(label));
    out[key] = value;
  }
  const country = cleanOptional(input?.country);
  if (country !== undefined) {
    if (!/^[A-Za-z]{2}$/.test(country)) return fail('INVALID_SUBJECT', GENERATE_TEXT.invalidCountry());
    out.country = country.toUpperCase();
  }
  const email = cleanOptional(input?.email);
  if (email !== undefined) {
    if (email.length > 128 || !/^[\x21-\x7e]+@[\x21-\x7e]+\.[\x21-\x7e]+$/.test(email)) return fail('INVALID_SUBJECT', GENERATE_TEXT.invalidEmail());
    out.email = email;
  }
  return ok(out);
}
