/** Checks the certificate's name fields and turns them into forge attributes (UTF-8 where text is free). */
import forge from './forge.js';
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

/** forge reads `valueTagClass` as the ASN.1 string type; @types/node-forge mistypes it as a Class. */
interface SubjectAttribute {
  readonly name: string;
  readonly value: string;
  readonly valueTagClass: forge.asn1.Type;
}

export function subjectAttributes(subject: SubjectFields): forge.pki.CertificateField[] {
  const utf8 = forge.asn1.Type.UTF8;
  const attrs: SubjectAttribute[] = [];
  if (subject.country) attrs.push({ name: 'countryName', value: subject.country, valueTagClass: forge.asn1.Type.PRINTABLESTRING });
  if (subject.state) attrs.push({ name: 'stateOrProvinceName', value: subject.state, valueTagClass: utf8 });
  if (subject.locality) attrs.push({ name: 'localityName', value: subject.locality, valueTagClass: utf8 });
  if (subject.organization) attrs.push({ name: 'organizationName', value: subject.organization, valueTagClass: utf8 });
  if (subject.organizationalUnit) attrs.push({ name: 'organizationalUnitName', value: subject.organizationalUnit, valueTagClass: utf8 });
  attrs.push({ name: 'commonName', value: subject.commonName, valueTagClass: utf8 });
  if (subject.email) attrs.push({ name: 'emailAddress', value: subject.email, valueTagClass: forge.asn1.Type.IA5STRING });
  return attrs as unknown as forge.pki.CertificateField[];
}
