/**
 * Binds the handler table to ipcMain: one handle per declared method (on `wizard:<method>`), all behind one wrapper
 * that refuses calls from any frame that is not the app's own page. No handler can skip it. It also counts the calls
 * under way, so an update never restarts the app in the middle of one.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { WIZARD_METHODS } from '../../shared/api.js';
import { wizardChannel } from '../../shared/wizard-channel.js';
import { fail } from '../../shared/result.js';
import { text } from '../../shared/i18n/text.js';
import type { HandlerTable } from '../core/handlers/index.js';
import { isAppUrl } from './sender-check.js';

/** Update calls do not count: "Restart now" itself is one. */
const NOT_WORK: ReadonlySet<string> = new Set(['getUpdateStatus', 'checkForUpdates', 'restartToUpdate']);
let underWay = 0;

/** True while the window waits on a call: a test, a dialog, a kit being written… (no restart for an update then). */
export function callsUnderWay(): boolean {
  return underWay > 0;
}

function fromApp(event: IpcMainInvokeEvent): boolean {
  return isAppUrl(event.senderFrame?.url);
}

export function bindHandlers(table: HandlerTable): void {
  for (const method of WIZARD_METHODS) {
    ipcMain.handle(wizardChannel(method), async (event, input: unknown) => {
      if (!fromApp(event)) return fail('NOT_ALLOWED', text.appText.errors.notAllowedSender);
      if (NOT_WORK.has(method)) return table[method](input);
      underWay += 1;
      try {
        return await table[method](input);
      } finally {
        underWay -= 1;
      }
    });
  }
}
