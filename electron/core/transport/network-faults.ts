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

/**
 * TLS alert descriptions by number (RFC 8446 section 6.2; RFC 5246 for the older ones), named as the RFC names them.
 * The numbers are what every TLS library shares; the names in error codes and messages differ between OpenSSL
 * versions ("sslv3 alert", "ssl/tls alert" since OpenSSL 3.5, Node 24) and BoringSSL (Electron).
 */
const TLS_ALERT_NAMES: Readonly<Record<number, string>> = {
  10: 'unexpected message',
  20: 'bad record mac',
  22: 'record overflow',
  40: 'handshake failure',
  42: 'bad certificate',
  43: 'unsupported certificate',
  44: 'certificate revoked',
  45: 'certificate expired',
  46: 'certificate unknown',
  47: 'illegal parameter',
  48: 'unknown ca',
  49: 'access denied',
  50: 'decode error',
  51: 'decrypt error',
  70: 'protocol version',
  71: 'insufficient security',
  80: 'internal error',
  86: 'inappropriate fallback',
  90: 'user canceled',
  109: 'missing extension',
  110: 'unsupported extension',
  112: 'unrecognized name',
  113: 'bad certificate status response',
  115: 'unknown psk identity',
  116: 'certificate required',
  120: 'no application protocol',
};

/** TLS alerts a server sends when it does not accept the client certificate (by number). */
const CLIENT_CERT_ALERTS = new Set([42, 43, 44, 45, 46, 48, 49, 116]);

/**
 * OpenSSL and BoringSSL both report a received alert as the error reason 1000 + the alert's number
 * (SSL_AD_REASON_OFFSET), packed into the low 12 bits of the error code they print ("error:0A000412:" in OpenSSL,
 * "error:10000412:" in BoringSSL, both alert 42).
 */
const ALERT_REASON_OFFSET = 1000;

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
 * The number of the TLS alert the server sent, or null when the error is no received alert. Read from what the TLS
 * libraries share: OpenSSL's "SSL alert number 42", the packed error code's reason (1000 + number, OpenSSL and
 * BoringSSL alike), and last the alert's name at the end of Node's error code (ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE,
 * ERR_SSL_SSL/TLS_ALERT_BAD_CERTIFICATE), looked up in the RFC's names.
 */
export function tlsAlertNumberOf(code: string, error: unknown): number | null {
  const message = error instanceof Error ? error.message : '';
  const numbered = /SSL alert number (\d{1,3})\b/.exec(message)?.[1];
  if (numbered !== undefined) return Number(numbered);
  for (const match of message.matchAll(/\berror:([0-9A-Fa-f]{8}):/g)) {
    const reason = parseInt(match[1] ?? '', 16) & 0xfff;
    if (reason >= ALERT_REASON_OFFSET && reason < ALERT_REASON_OFFSET + 256) return reason - ALERT_REASON_OFFSET;
  }
  const named = /^ERR_SSL_.*_ALERT_([A-Z_]+)$/.exec(code)?.[1]?.toLowerCase().replace(/_/g, ' ');
  if (named === undefined) return null;
  const found = Object.entries(TLS_ALERT_NAMES).find(([, name]) => name === named);
  return found ? Number(found[0]) : null;
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
    const alert = tlsAlertNumberOf(code, error);
    if (alert !== null && CLIENT_CERT_ALERTS.has(alert)) {
      return { code: 'CLIENT_CERT_REJECTED', detail: { host, tlsAlert: TLS_ALERT_NAMES[alert] ?? `alert ${alert}` } };
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
