/** A session token as it may be shown: the first 4 and last 4 characters, e.g. "Zx8i…rMJI=". */
export function maskToken(token: string): string {
  if (token.length <= 12) return '…';
  return `${token.slice(0, 4)}…${token.slice(-4)}`;
}
