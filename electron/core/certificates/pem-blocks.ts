/** Splits PEM text into its labelled blocks and notices a block that was cut off. */

export interface PemBlock {
  /** e.g. CERTIFICATE, PRIVATE KEY, RSA PRIVATE KEY, ENCRYPTED PRIVATE KEY, CERTIFICATE REQUEST. */
  readonly label: string;
  /** Header lines such as "Proc-Type: 4,ENCRYPTED" (legacy OpenSSL encrypted keys). */
  readonly headers: readonly string[];
  readonly der: Buffer;
  /** The block exactly as it appeared (normalised line endings). */
  readonly text: string;
}

export interface PemScan {
  readonly blocks: readonly PemBlock[];
  /** A BEGIN line without its END line, or a body that is not valid base64. */
  readonly truncated: boolean;
  /** The text had at least one BEGIN line. */
  readonly looksLikePem: boolean;
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\n([\s\S]*?)-----END \1-----/g;
const BASE64_LINE = /^[A-Za-z0-9+/=]*$/;

export function scanPem(text: string): PemScan {
  const normalised = text.replace(/\r\n?/g, '\n');
  const beginCount = (normalised.match(/-----BEGIN [A-Z0-9 ]+-----/g) ?? []).length;
  const blocks: PemBlock[] = [];
  let truncated = false;
  for (const match of normalised.matchAll(BLOCK)) {
    const label = match[1] ?? '';
    const lines = (match[2] ?? '').split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    const headers = lines.filter((l) => l.includes(':'));
    const body = lines.filter((l) => !l.includes(':'));
    if (!body.every((l) => BASE64_LINE.test(l)) || body.length === 0) {
      truncated = true;
      continue;
    }
    blocks.push({ label, headers, der: Buffer.from(body.join(''), 'base64'), text: match[0] });
  }
  if (blocks.length < beginCount) truncated = true;
  return { blocks, truncated, looksLikePem: beginCount > 0 };
}

export function derToPem(der: Buffer, label: string): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
