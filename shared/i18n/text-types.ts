/**
 * The shapes of the text tables that take context (the user's site, a fault's details): declared once here,
 * used by the English tables and by the catalogues that render them. Words live in shared/i18n/<language>/.
 */
import type { JurisdictionId } from '../jurisdictions.js';
import type { FaultDetail } from '../codes.js';

export interface StatusTextContext {
  readonly jurisdiction: JurisdictionId;
  /** The user's own Betfair site, e.g. "betfair.com", "betfair.it". */
  readonly site: string;
}

export type StatusText = string | ((ctx: StatusTextContext) => string);

/** Where an action link points; resolved to a URL on the right site by shared/login-catalogue.ts. */
export type ActionTarget =
  | 'security-page'
  | 'website'
  | 'recover-password'
  | 'website-it'
  | 'website-es'
  | 'website-se'
  | 'website-ro'
  | 'website-dk'
  | 'website-com'
  | 'website-bet-br'
  | 'developer-support';

export interface StatusEntryText {
  readonly title: string;
  readonly meaning: StatusText;
  readonly whatToDo: StatusText;
  readonly action?: { readonly label: StatusText; readonly target: ActionTarget };
}

export interface FaultText {
  readonly title: string;
  readonly meaning: (d: FaultDetail) => string;
  readonly whatToDo: (d: FaultDetail) => string;
}

export interface AppKeyText {
  readonly title: string;
  readonly explanation: string;
  readonly whatToDo: string;
}
