/** The `code` a Node error carries (ENOENT, ECONNRESET, ERR_TLS_CERT_ALTNAME_INVALID, …), or '' when it has none. */
export function errorCodeOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string')
    return error.code;
  return '';
}
