/**
 * Binds the handler table to ipcMain: one handle per declared method (on `wizard:<method>`), all behind one wrapper
 * that refuses calls from any frame that is not the app's own page. No handler can skip it.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { WIZARD_METHODS } from '../../shared/api.js';
import { wizardChannel } from '../../shared/wizard-channel.js';
import { fail } from '../../shared/result.js';
import { text } from '../../shared/i18n/text.js';
import type { HandlerTable } from '../core/handlers/index.js';
import { isAppUrl } from './sender-check.js';

function fromApp(event: IpcMainInvokeEvent): boolean {
  return isAppUrl(event.senderFrame?.url);
}

export function bindHandlers(table: HandlerTable): void {
  for (const method of WIZARD_METHODS) {
    ipcMain.handle(wizardChannel(method), (event, input: unknown) => {
      if (!fromApp(event)) return Promise.resolve(fail('NOT_ALLOWED', text.appText.errors.notAllowedSender));
      return table[method](input);
    });
  }
}
