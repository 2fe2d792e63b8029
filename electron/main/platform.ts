/**
 * The Platform the handler table uses, done with Electron's shell and dialog.
 * Links and "show in folder" go through desktopOpener: Electron's shell, or the recorder of the test seam.
 */
import { normalize } from 'node:path';
import { app, dialog, shell, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { Platform } from '../core/platform.js';
import { allowedExternalUrl } from '../core/external-links.js';
import { text } from '../../shared/i18n/text.js';
import { desktopOpener } from './test-seam.js';

const CERTIFICATE_EXTENSIONS = ['crt', 'cer', 'key', 'pem', 'p12', 'pfx'];

async function openDialog(window: BrowserWindow | null, options: OpenDialogOptions): Promise<string[]> {
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

export function electronPlatform(currentWindow: () => BrowserWindow | null): Platform {
  const opener = desktopOpener(
    {
      openExternal: (url) => shell.openExternal(url, { activate: true }),
      showItemInFolder: (path) => shell.showItemInFolder(path),
    },
    app.isPackaged,
    process.env,
  );
  return {
    async openExternal(url) {
      // Checked again here, so nothing can reach the browser without passing the allow-list.
      const safe = allowedExternalUrl(url);
      if (safe === null) throw new Error('refused by the allow-list');
      await opener.openExternal(safe);
    },
    showItemInFolder(path) {
      // Native separators, so Explorer selects the file (it does not read C:/Users/... with forward slashes).
      opener.showItemInFolder(normalize(path));
    },
    async chooseFolder(defaultPath) {
      const [folder] = await openDialog(currentWindow(), {
        title: text.appText.dialogs.chooseFolderTitle,
        buttonLabel: text.appText.dialogs.chooseFolderButton,
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
        ...(defaultPath ? { defaultPath } : {}),
      });
      return folder ?? null;
    },
    async openPath(path) {
      // shell.openPath answers with an error text instead of rejecting; the handler turns a throw into a Result.
      const problem = await shell.openPath(path);
      if (problem) throw new Error('could not open the file');
    },
    chooseCertificateFiles() {
      return openDialog(currentWindow(), {
        title: text.appText.dialogs.chooseFilesTitle,
        buttonLabel: text.appText.dialogs.chooseFilesButton,
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: text.appText.dialogs.certificateFilesFilter, extensions: CERTIFICATE_EXTENSIONS }],
      });
    },
  };
}
