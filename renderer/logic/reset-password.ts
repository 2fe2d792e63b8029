/** "Reset my password" on the user's own Betfair site: the catalogue's action for a wrong password. */
import { explainLoginStatus, type StatusAction } from '../../shared/login-catalogue.js';
import type { JurisdictionId } from '../../shared/jurisdictions.js';

export function resetPasswordAction(jurisdiction: JurisdictionId | null): StatusAction | null {
  return explainLoginStatus('INVALID_USERNAME_OR_PASSWORD', jurisdiction ?? 'international').action ?? null;
}
