/**
 * The login-status catalogue: every Betfair loginStatus (the 43 failure codes + SUCCESS) and every fault
 * turned into a StatusExplanation (title, what it means, what to do, optional link on the user's own site).
 * The words come from `text` (shared/i18n/text.ts), in the language in use.
 */
import { text } from './i18n/text.js';
import type { ActionTarget, StatusText, StatusTextContext } from './i18n/text-types.js';
import { JURISDICTIONS, securityPageUrl, websiteUrl, identityssoOrigin, type JurisdictionId } from './jurisdictions.js';
import { LOGIN_STATUS_CODES, LOGIN_SUCCESS, type LoginStatus } from './login-status-codes.js';
import { terminalSafe } from './terminal-safe.js';
import { FAULT_CLASSES, isFaultCode, isFindingCode, type FaultCode, type FaultDetail } from './codes.js';

export { LOGIN_STATUS_CODES } from './login-status-codes.js';
export type { FaultCode, FaultDetail } from './codes.js';

import { DEVELOPER_SUPPORT_URL } from './stream-api.js';

export interface StatusAction {
  /** Button text, e.g. "Open my Betfair account". */
  readonly label: string;
  /** An https URL on the user's own jurisdiction's Betfair site (or Betfair's developer site). */
  readonly url: string;
}

/** What one loginStatus (or one fault) means, in plain words: made where it is shown, never sent across the bridge. */
export interface StatusExplanation {
  /** SUCCESS, a Betfair loginStatus, or a fault code such as CONNECTION_REFUSED. */
  readonly code: string;
  readonly title: string;
  readonly meaning: string;
  readonly whatToDo: string;
  readonly action?: StatusAction;
  /** True for codes the catalogue does not know (a future Betfair code). */
  readonly unknown?: boolean;
}

function isKnownStatus(code: string): code is LoginStatus {
  return code === LOGIN_SUCCESS || (LOGIN_STATUS_CODES as readonly string[]).includes(code);
}

function render(text: StatusText, ctx: StatusTextContext): string {
  return typeof text === 'string' ? text : text(ctx);
}

/** The URL an action target points to, for the user's jurisdiction. */
export function actionUrl(target: ActionTarget, jurisdiction: JurisdictionId): string {
  switch (target) {
    case 'security-page':
      return securityPageUrl(jurisdiction);
    case 'website':
      return `${websiteUrl(jurisdiction)}/`;
    case 'recover-password':
      return `${identityssoOrigin(jurisdiction)}/view/recoverpassword`;
    case 'website-it':
      return `${websiteUrl('it')}/`;
    case 'website-es':
      return `${websiteUrl('es')}/`;
    case 'website-se':
      return `${websiteUrl('se')}/`;
    case 'website-ro':
      return `${websiteUrl('ro')}/`;
    case 'website-dk':
      return `${websiteUrl('dk')}/`;
    case 'website-com':
      return `${websiteUrl('international')}/`;
    case 'website-bet-br':
      return 'https://www.betfair.bet.br/';
    case 'developer-support':
      return DEVELOPER_SUPPORT_URL;
  }
}

/** The context a status's words take: the user's jurisdiction and its Betfair site. */
export function contextFor(jurisdiction: JurisdictionId): StatusTextContext {
  return { jurisdiction, site: `betfair.${JURISDICTIONS[jurisdiction].tld}` };
}

/** What a loginStatus means for a user of `jurisdiction`. Unknown codes get a generic entry that names the code. */
export function explainLoginStatus(code: string, jurisdiction: JurisdictionId): StatusExplanation {
  const ctx = contextFor(jurisdiction);
  if (!isKnownStatus(code)) {
    const shown = code.trim() === '' ? '(empty)' : terminalSafe(code);
    return {
      code,
      title: text.UNKNOWN_STATUS_TEXT.title,
      meaning: text.UNKNOWN_STATUS_TEXT.meaning(shown),
      whatToDo: text.UNKNOWN_STATUS_TEXT.whatToDo(ctx, shown),
      action: { label: text.UNKNOWN_STATUS_TEXT.actionLabel, url: DEVELOPER_SUPPORT_URL },
      unknown: true,
    };
  }
  const entry = text.LOGIN_STATUS_TEXT[code];
  const action: StatusAction | undefined = entry.action
    ? { label: render(entry.action.label, ctx), url: actionUrl(entry.action.target, jurisdiction) }
    : undefined;
  return {
    code,
    title: entry.title,
    meaning: render(entry.meaning, ctx),
    whatToDo: render(entry.whatToDo, ctx),
    ...(action ? { action } : {}),
  };
}

/** Every fault code the login engine can fail with (besides the certificate engine's own codes). */
export const FAULT_CODES = Object.keys(FAULT_CLASSES) as FaultCode[];

/**
 * What a fault (no proper answer from Betfair, or the app held the login back) means. `detail` fills in the
 * specifics (host, HTTP status, minutes left...). Unknown codes get a generic entry that names the code (escaped: shared/terminal-safe.ts).
 */
export function explainFault(code: string, detail: FaultDetail = {}): StatusExplanation {
  if (isFaultCode(code)) {
    const words = text.FAULT_TEXT[code];
    return { code, title: words.title, meaning: words.meaning(detail), whatToDo: words.whatToDo(detail) };
  }
  const credentialTitle = isFindingCode(code) ? text.CREDENTIAL_FAULT_TITLES[code] : undefined;
  if (credentialTitle !== undefined) {
    const words = text.FAULT_TEXT.CERTIFICATE_PROBLEM;
    const passwordOnly = code === 'P12_WRONG_PASSWORD' || code === 'P12_PASSWORD_NEEDED';
    const whatToDo = passwordOnly ? text.CREDENTIAL_PASSWORD_WHAT_TO_DO : words.whatToDo(detail);
    return { code, title: credentialTitle, meaning: words.meaning(detail), whatToDo };
  }
  return {
    code,
    title: text.UNKNOWN_FAULT_TEXT.title,
    meaning: text.UNKNOWN_FAULT_TEXT.meaning(terminalSafe(code)),
    whatToDo: text.UNKNOWN_FAULT_TEXT.whatToDo,
    unknown: true,
  };
}
