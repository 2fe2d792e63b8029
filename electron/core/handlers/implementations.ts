/**
 * What each bridge method does, given its payload once the schema accepted it. The type requires one
 * entry per method declared in shared/api.ts: a method without a handler does not compile.
 */
import type { WizardMethod, WizardOutput, WizardParsedInput } from '../../../shared/api.js';
import { ok, type Result } from '../../../shared/result.js';
import type { TestProgress } from '../../../shared/test-progress.js';
import type { HandlerContext } from './context.js';
import { getAppInfo, getSettings, resetSettings, setLanguage, updateSettings } from './settings-handlers.js';
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
import { writeBotKit } from './kit-handler.js';
import { checkForUpdates, getUpdateStatus, restartToUpdate } from './update-handlers.js';
import {
  cancelRenewal,
  closeRenewalNote,
  confirmRenewalUpload,
  deleteArchive,
  startRenewal,
} from './renewal-handlers.js';

export type Implementations = {
  readonly [M in WizardMethod]: (
    input: WizardParsedInput<M>,
  ) => Promise<Result<WizardOutput<M>>> | Result<WizardOutput<M>>;
};

export function implementations(ctx: HandlerContext): Implementations {
  /** The bot kits written in this run: "Show in folder" may reveal them too. */
  const writtenKits = new Set<string>();
  /** The running test's checks, as the orchestration last told them. */
  let progress: TestProgress = { running: [] };
  return {
    getAppInfo: () => getAppInfo(ctx),
    getSettings: () => getSettings(ctx),
    updateSettings: (patch) => updateSettings(ctx, patch),
    resetSettings: () => resetSettings(ctx),
    setLanguage: (input) => setLanguage(input.language),
    chooseFolder: (input) => chooseFolder(ctx, input),
    chooseCertificateFiles: () => chooseCertificateFiles(ctx),
    generateCertificate: (req) => generateCertificate(ctx, req),
    inspectCertificate: (req) => inspectCertificate(ctx, req),
    useCertificate: (req) => useCertificate(ctx, req),
    openSecurityPage: (input) => openSecurityPage(ctx, input),
    openExternalLink: (input) => openExternalLink(ctx, input),
    showInFolder: (input) => showInFolder(ctx, input, writtenKits),
    testLogin: (input) =>
      testLogin(ctx, input, (p) => {
        progress = p;
      }),
    getTestProgress: () => ok(progress),
    getGuardStatus: () => getGuardStatus(ctx),
    getSnippets: () => getSnippets(ctx),
    saveCertificateAsCrt: (input) => saveCertificateAsCrt(ctx, input),
    addRenewalReminder: () => addRenewalReminder(ctx),
    writeBotKit: (input) => writeBotKit(ctx, input, writtenKits),
    getUpdateStatus: () => getUpdateStatus(ctx),
    checkForUpdates: () => checkForUpdates(ctx),
    restartToUpdate: () => restartToUpdate(ctx),
    startRenewal: () => startRenewal(ctx),
    confirmRenewalUpload: () => confirmRenewalUpload(ctx),
    cancelRenewal: () => cancelRenewal(ctx),
    deleteArchive: () => deleteArchive(ctx),
    closeRenewalNote: () => closeRenewalNote(ctx),
  };
}
