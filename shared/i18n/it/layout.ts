/** Le parole del layout e dei moduli (issue 19), come in shared/i18n/en/layout.ts. */
import type { Messages } from '../messages.js';

export const LAYOUT_TEXT: Messages['LAYOUT_TEXT'] = {
  stayAndTest: 'Prima prova il login',
  remember: 'Ricorda il mio nome utente e la chiave applicazione su questo computer',
  p12PasswordAgain: 'Ripeti la password del .p12',
  showP12Password: 'Mostra la password del .p12',
  p12Mismatch: 'Le due password del .p12 non coincidono. Scrivi la stessa password in tutti e due i campi.',
  p12NotAscii:
    'Usa solo lettere senza accenti (A\u2013Z, a\u2013z), cifre, spazi e i simboli di una tastiera inglese. I programmi leggono gli altri caratteri (come \u00e9, \u00f8 o le emoji) in modi diversi, e il tuo bot potrebbe non riuscire ad aprire il file .p12.',
};
