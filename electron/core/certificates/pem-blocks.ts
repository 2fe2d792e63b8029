/** Splits PEM text into its labelled blocks, in one linear pass, and notices a block that was cut off. */

export interface PemBlock {
  /** e.g. CERTIFICATE, PRIVATE KEY, RSA PRIVATE KEY, ENCRYPTED PRIVATE KEY, CERTIFICATE REQUEST. */
  readonly label: string;
  /** Header lines such as "Proc-Type: 4,ENCRYPTED" (legacy OpenSSL encrypted keys). */
  readonly headers: readonly string[];
  readonly der: Buffer;
}

export interface PemScan {
  readonly blocks: readonly PemBlock[];
  /** A BEGIN line without its END line, or a body that is not valid base64. */
  readonly truncated: boolean;
  /** The text had at least one BEGIN line. */
  readonly looksLikePem: boolean;
  /** More than MAX_PEM_BLOCKS blocks: not a certificate or key file (the rest was not read). */
  readonly tooManyBlocks: boolean;
}

/** A PEM file holds a certificate, a key and perhaps a chain; scanning stops after this many blocks. */
export const MAX_PEM_BLOCKS = 64;

const BEGIN = '-----BEGIN ';
const END = '-----END ';
const DASHES = '-----';
const LABEL = /^[A-Z0-9 ]{1,64}$/;
const BASE64_LINE = /^[A-Za-z0-9+/=]*$/;

/** The label of a "-----BEGIN X-----" or "-----END X-----" line, else null. */
function labelOf(line: string, start: string): string | null {
  if (!line.startsWith(start) || !line.endsWith(DASHES) || line.length < start.length + DASHES.length + 1) return null;
  const label = line.slice(start.length, line.length - DASHES.length);
  return LABEL.test(label) ? label : null;
}

interface OpenBlock {
  readonly label: string;
  readonly lines: string[];
}

function finish(block: OpenBlock): PemBlock | null {
  const headers = block.lines.filter((l) => l.includes(':'));
  const body = block.lines.filter((l) => !l.includes(':'));
  if (body.length === 0 || !body.every((l) => BASE64_LINE.test(l))) return null;
  return { label: block.label, headers, der: Buffer.from(body.join(''), 'base64') };
}

/**
 * One pass over the lines (linear in the size of the text, whatever it holds). A BEGIN line inside a block
 * means the block before it was cut off. After MAX_PEM_BLOCKS blocks the rest is not read: `tooManyBlocks`.
 */
export function scanPem(text: string): PemScan {
  const blocks: PemBlock[] = [];
  let begins = 0;
  let truncated = false;
  let open: OpenBlock | null = null;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.trim();
    const begin = labelOf(line, BEGIN);
    if (begin !== null) {
      if (open !== null) truncated = true;
      begins += 1;
      if (begins > MAX_PEM_BLOCKS) return { blocks, truncated, looksLikePem: true, tooManyBlocks: true };
      open = { label: begin, lines: [] };
      continue;
    }
    if (open === null) continue;
    if (labelOf(line, END) === open.label) {
      const block = finish(open);
      if (block) blocks.push(block);
      else truncated = true;
      open = null;
      continue;
    }
    if (line.length > 0) open.lines.push(line);
  }
  if (open !== null) truncated = true;
  return { blocks, truncated, looksLikePem: begins > 0, tooManyBlocks: false };
}

export function derToPem(der: Buffer, label: string): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
