/** Las palabras del diseño y los formularios (issue 19), como en shared/i18n/en/layout.ts. */
import type { Messages } from '../messages.js';

export const LAYOUT_TEXT: Messages['LAYOUT_TEXT'] = {
  stayAndTest: 'Primero, probar mi acceso',
  remember: 'Recordar mi nombre de usuario y mi clave de aplicación en este ordenador',
  p12PasswordAgain: 'Repite la contraseña del .p12',
  showP12Password: 'Mostrar la contraseña del .p12',
  p12Mismatch: 'Las dos contraseñas del .p12 no coinciden. Escribe la misma contraseña en los dos campos.',
  p12NotAscii:
    'Usa solo letras sin tilde (A\u2013Z, a\u2013z), números, espacios y los símbolos de un teclado inglés. Los programas leen los demás caracteres (como \u00f1, \u00e9 o los emojis) de formas distintas, así que tu bot podría no poder abrir el archivo .p12.',
};
