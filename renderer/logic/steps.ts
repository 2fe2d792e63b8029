/** The wizard's path: which step comes next, and when "Next" may be pressed. */
import { JURISDICTIONS } from '../../shared/jurisdictions.js';
import type { Settings } from '../../shared/settings-schema.js';

export const STEPS = ['jurisdiction', 'certificate', 'upload', 'test'] as const;
export type StepId = (typeof STEPS)[number];
export type View = StepId | 'dashboard';
export const VIEWS: readonly View[] = [...STEPS, 'dashboard'];

export function viewIndex(view: View): number {
  return VIEWS.indexOf(view);
}

export function nextView(view: View): View | null {
  return VIEWS[viewIndex(view) + 1] ?? null;
}

export function previousView(view: View): View | null {
  const i = viewIndex(view);
  return i > 0 ? (VIEWS[i - 1] ?? null) : null;
}

/** "Next" is enabled only once the step's job is done. */
export function canGoNext(view: View, settings: Settings): boolean {
  switch (view) {
    case 'jurisdiction':
      return settings.jurisdiction !== null && JURISDICTIONS[settings.jurisdiction].botLoginAvailable;
    case 'certificate':
      return settings.certificate !== null;
    case 'upload':
      return settings.uploadConfirmed;
    case 'test':
      return true;
    case 'dashboard':
      return false;
  }
}

/**
 * A set-up user (jurisdiction, certificate, upload confirmed) who has tested lands on the dashboard; one who has not
 * tested yet lands on the test step ("Done" comes only after a test).
 */
export function initialView(settings: Settings): View {
  const set =
    settings.jurisdiction !== null &&
    JURISDICTIONS[settings.jurisdiction].botLoginAvailable &&
    settings.certificate !== null &&
    settings.uploadConfirmed;
  if (!set) return 'jurisdiction';
  return settings.lastTest === null ? 'test' : 'dashboard';
}
