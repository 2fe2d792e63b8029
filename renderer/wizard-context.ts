/** What every screen gets from the wizard: app info, the settings, and ways to change them (`useWizard()`). */
import { createContext, useContext } from 'react';
import type { AppInfo } from '../shared/api.js';
import type { Result } from '../shared/result.js';
import type { Settings, SettingsPatch } from '../shared/settings-schema.js';
import type { View } from './logic/steps.js';

export interface WizardContext {
  readonly info: AppInfo;
  readonly settings: Settings;
  /** updateSettings; the new settings replace the old on success. */
  readonly save: (patch: SettingsPatch) => Promise<Result<Settings>>;
  /** Re-reads the settings (after a channel that changes them, e.g. generate or test). */
  readonly reload: () => Promise<void>;
  readonly setSettings: (settings: Settings) => void;
  readonly goTo: (view: View) => void;
}

const Context = createContext<WizardContext | null>(null);

/** Provided by `App` once the info and settings are loaded; every screen renders below it. */
export const WizardProvider = Context.Provider;

/** The wizard's context; only screens under `WizardProvider` call it (a missing provider is a programming error). */
export function useWizard(): WizardContext {
  const ctx = useContext(Context);
  if (ctx === null) throw new Error('useWizard() outside WizardProvider');
  return ctx;
}
