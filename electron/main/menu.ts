/**
 * A minimal menu: the standard app (macOS), file, edit (copy/paste in fields) and window menus. The menus' own
 * names are ours, in the language in use (call again after a language change); the items are Electron's roles.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { text } from '../../shared/i18n/text.js';

export function installMenu(): void {
  const t = text.appText.menu;
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu', label: t.file },
    { role: 'editMenu', label: t.edit },
    { role: 'windowMenu', label: t.window },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
