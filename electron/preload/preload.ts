/**
 * The sandboxed preload: exposes window.wizard with named methods only, each one ipcRenderer.invoke on
 * its channel. A failed invoke becomes a Result too: nothing rejects into the renderer.
 * Bundled into one CommonJS file (a sandboxed preload can load neither ESM nor local modules).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type WizardApi, type WizardMethod, type WizardOutput } from '../../shared/api.js';
import { fail, type Result } from '../../shared/result.js';
import { appText } from '../../shared/i18n/en/app.js';

async function call<M extends WizardMethod>(method: M, input?: unknown): Promise<Result<WizardOutput<M>>> {
  try {
    const result = (await ipcRenderer.invoke(CHANNELS[method], input)) as Result<WizardOutput<M>>;
    return result;
  } catch {
    return fail('BRIDGE_FAILED', appText.errors.bridgeFailed);
  }
}

const wizard = {
  getAppInfo: () => call('getAppInfo'),
  getSettings: () => call('getSettings'),
  updateSettings: (patch) => call('updateSettings', patch),
  resetSettings: () => call('resetSettings'),
  chooseFolder: (input) => call('chooseFolder', input),
  chooseCertificateFiles: () => call('chooseCertificateFiles'),
  generateCertificate: (input) => call('generateCertificate', input),
  inspectCertificate: (input) => call('inspectCertificate', input),
  useCertificate: (input) => call('useCertificate', input),
  openSecurityPage: (input) => call('openSecurityPage', input),
  openExternalLink: (input) => call('openExternalLink', input),
  showInFolder: (input) => call('showInFolder', input),
  testLogin: (input) => call('testLogin', input),
  getGuardStatus: () => call('getGuardStatus'),
  getSnippets: () => call('getSnippets'),
  saveCertificateAsCrt: (input) => call('saveCertificateAsCrt', input),
  addRenewalReminder: () => call('addRenewalReminder'),
} satisfies WizardApi;

contextBridge.exposeInMainWorld('wizard', wizard);
