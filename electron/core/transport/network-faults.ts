/**
 * Turns what node:https reports when a request fails into one of the login engine's fault codes, with the
 * details its plain-words text needs. A configured proxy is named, since this app connects directly.
 */
import type { FaultCode, FaultDetail } from '../../../shared/codes.js';
import { text } from '../../../shared/i18n/text.js';
import type { Env } from '../data-dir.js';
import { errorCodeOf } from '../error-code.js';

export interface Fault {
  readonly code: FaultCode;
  readonly detail: FaultDetail;
}

const UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_UNTRUSTED',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_SIGNATURE_FAILURE',
  'CERT_REVOKED',
  'CERT_REJECTED',
  'INVALID_CA',
]);

/** TLS alerts a server sends when it does not accept the client certificate. */
const CLIENT_CERT_ALERTS = new Set([
  'CERTIFICATE_REQUIRED',
  'BAD_CERTIFICATE',
  'UNKNOWN_CA',
  'CERTIFICATE_UNKNOWN',
  'CERTIFICATE_EXPIRED',
  'CERTIFICATE_REVOKED',
  'UNSUPPORTED_CERTIFICATE',
  'ACCESS_DENIED',
]);

export class DeadlineExceeded extends Error {
  constructor() {
    super('deadline exceeded');
    this.name = 'DeadlineExceeded';
  }
}

/** The proxy setting in the environment, host only (credentials never shown); null when none. */
export function proxyFromEnv(env: Env): string | null {
  const raw = env.HTTPS_PROXY ?? env.https_proxy ?? env.ALL_PROXY ?? env.all_proxy;
  if (!raw?.trim()) return null;
  try {
    return new URL(raw.trim()).host || '(set)';
  } catch {
    return '(set)';
  }
}

/**
 * The TLS alert the server sent, as an upper-case name (BAD_CERTIFICATE), from the error code
 * (ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE) or, for EPROTO errors, from OpenSSL's message ("sslv3 alert bad certificate").
 */
function tlsAlertOf(code: string, error: unknown): string | null {
  const fromCode = /^ERR_SSL_(?:SSLV3|TLSV1|TLSV13)_ALERT_([A-Z_]+)$/.exec(code)?.[1];
  if (fromCode !== undefined) return fromCode;
  const message = error instanceof Error ? error.message : '';
  const fromMessage = /(?:sslv3|tlsv1|tlsv13) alert ([a-z ]+?)(?::|$)/i.exec(message)?.[1];
  return fromMessage !== undefined ? fromMessage.trim().toUpperCase().replace(/ /g, '_') : null;
}

export function classifyNetworkError(error: unknown, host: string, deadlineSeconds: number, env: Env): Fault {
  const code = errorCodeOf(error);
  const base = ((): Fault => {
    if (error instanceof DeadlineExceeded || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') {
      return { code: 'TIMEOUT', detail: { host, seconds: deadlineSeconds } };
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
      return { code: 'DNS_NOT_FOUND', detail: { host } };
    if (code === 'ECONNREFUSED') return { code: 'CONNECTION_REFUSED', detail: { host } };
    if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED')
      return { code: 'CONNECTION_RESET', detail: { host } };
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH')
      return { code: 'SERVER_CERT_WRONG_HOST', detail: { host } };
    if (UNTRUSTED.has(code)) return { code: 'SERVER_CERT_UNTRUSTED', detail: { host } };
    const alert = tlsAlertOf(code, error);
    if (alert !== null && CLIENT_CERT_ALERTS.has(alert)) {
      return { code: 'CLIENT_CERT_REJECTED', detail: { host, tlsAlert: alert.toLowerCase().replace(/_/g, ' ') } };
    }
    if (alert !== null || code === 'EPROTO' || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) {
      return { code: 'TLS_ERROR', detail: { host } };
    }
    return { code: 'NETWORK_ERROR', detail: { host } };
  })();
  const proxy = proxyFromEnv(env);
  if (
    proxy !== null &&
    (base.code === 'DNS_NOT_FOUND' ||
      base.code === 'CONNECTION_REFUSED' ||
      base.code === 'CONNECTION_RESET' ||
      base.code === 'TIMEOUT' ||
      base.code === 'NETWORK_ERROR')
  ) {
    const cause = base.code === 'NETWORK_ERROR' ? undefined : text.PROXY_CAUSES[base.code];
    return { code: 'PROXY', detail: { host, proxy, ...(cause ? { cause } : {}) } };
  }
  return base;
}
