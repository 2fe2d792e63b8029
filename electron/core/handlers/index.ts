/**
 * The handler table: one entry per WizardApi method. Each validates its payload, calls the engines and
 * returns a Result; none ever throws. Plain Node: bound to ipcMain in Electron and to HTTP in the harness.
 */
import type { WizardMethod, WizardOutput } from '../../../shared/api.js';
import type { Result } from '../../../shared/result.js';
import { defaultEngines, type Engines } from './engines.js';
import type { HandlerContext } from './context.js';
import { guarded } from './guard.js';
import { inputSchemas as s } from './schemas.js';
import { getAppInfo, getSettings, resetSettings, updateSettings } from './settings-handlers.js';
import {
  chooseCertificateFiles,
  chooseFolder,
  generateCertificate,
  inspectCertificate,
  showInFolder,
  useCertificate,
} from './certificate-handlers.js';
import { openExternalLink, openSecurityPage } from './link-handlers.js';
import { getGuardStatus, getSnippets, testLogin } from './login-handlers.js';
import { saveCertificateAsCrt } from './crt-export-handler.js';
import { addRenewalReminder } from './reminder-handler.js';

/** The injected services; `engines` is a test seam (stubs for some engines; the real modules by default). */
export interface HandlerDeps extends Omit<HandlerContext, 'engines'> {
  readonly engines?: Partial<Engines>;
}

export type HandlerTable = {
  readonly [M in WizardMethod]: (input: unknown) => Promise<Result<WizardOutput<M>>>;
};

export type { Engines, LoginAttempt } from './engines.js';

export function createHandlers(deps: HandlerDeps): HandlerTable {
  const ctx: HandlerContext = { ...deps, engines: { ...defaultEngines, ...deps.engines } };
  return {
    getAppInfo: guarded(s.getAppInfo, () => getAppInfo(ctx)),
    getSettings: guarded(s.getSettings, () => getSettings(ctx)),
    updateSettings: guarded(s.updateSettings, (patch) => updateSettings(ctx, patch)),
    resetSettings: guarded(s.resetSettings, () => resetSettings(ctx)),
    chooseFolder: guarded(s.chooseFolder, (input) => chooseFolder(ctx, input)),
    chooseCertificateFiles: guarded(s.chooseCertificateFiles, () => chooseCertificateFiles(ctx)),
    generateCertificate: guarded(s.generateCertificate, (req) => generateCertificate(ctx, req)),
    inspectCertificate: guarded(s.inspectCertificate, (req) => inspectCertificate(ctx, req)),
    useCertificate: guarded(s.useCertificate, (req) => useCertificate(ctx, req)),
    openSecurityPage: guarded(s.openSecurityPage, (input) => openSecurityPage(ctx, input)),
    openExternalLink: guarded(s.openExternalLink, (input) => openExternalLink(ctx, input)),
    showInFolder: guarded(s.showInFolder, (input) => showInFolder(ctx, input)),
    testLogin: guarded(s.testLogin, (input) => testLogin(ctx, input)),
    getGuardStatus: guarded(s.getGuardStatus, () => getGuardStatus(ctx)),
    getSnippets: guarded(s.getSnippets, () => getSnippets(ctx)),
    saveCertificateAsCrt: guarded(s.saveCertificateAsCrt, (input) => saveCertificateAsCrt(ctx, input)),
    addRenewalReminder: guarded(s.addRenewalReminder, () => addRenewalReminder(ctx)),
  };
}
