/** The certificate's name fields as forge attributes (UTF-8 where text is free, PrintableString for the country). */
import type { SubjectFields } from '../../../shared/certificate-types.js';
import forge from './forge.js';

/** forge reads `valueTagClass` as the ASN.1 string type; @types/node-forge mistypes it as a Class. */
interface SubjectAttribute {
  readonly name: string;
  readonly value: string;
  readonly valueTagClass: forge.asn1.Type;
}

export function subjectAttributes(subject: SubjectFields): forge.pki.CertificateField[] {
  const utf8 = forge.asn1.Type.UTF8;
  const attrs: SubjectAttribute[] = [];
  if (subject.country)
    attrs.push({ name: 'countryName', value: subject.country, valueTagClass: forge.asn1.Type.PRINTABLESTRING });
  if (subject.state) attrs.push({ name: 'stateOrProvinceName', value: subject.state, valueTagClass: utf8 });
  if (subject.locality) attrs.push({ name: 'localityName', value: subject.locality, valueTagClass: utf8 });
  if (subject.organization) attrs.push({ name: 'organizationName', value: subject.organization, valueTagClass: utf8 });
  if (subject.organizationalUnit)
    attrs.push({ name: 'organizationalUnitName', value: subject.organizationalUnit, valueTagClass: utf8 });
  attrs.push({ name: 'commonName', value: subject.commonName, valueTagClass: utf8 });
  if (subject.email)
    attrs.push({ name: 'emailAddress', value: subject.email, valueTagClass: forge.asn1.Type.IA5STRING });
  return attrs as unknown as forge.pki.CertificateField[];
}
