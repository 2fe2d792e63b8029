/** Cuvintele pentru aranjarea ecranelor și formulare (issue 19), ca în shared/i18n/en/layout.ts. */
import type { Messages } from '../messages.js';

export const LAYOUT_TEXT: Messages['LAYOUT_TEXT'] = {
  stayAndTest: 'Testează mai întâi conectarea',
  remember: 'Ține minte numele de utilizator și cheia de aplicație pe acest computer',
  p12PasswordAgain: 'Parola fișierului .p12, încă o dată',
  showP12Password: 'Arată parola fișierului .p12',
  p12Mismatch: 'Cele două parole pentru .p12 nu sunt la fel. Scrie aceeași parolă în ambele câmpuri.',
  p12NotAscii:
    'Folosește doar litere fără diacritice (A\u2013Z, a\u2013z), cifre, spații și simbolurile de pe o tastatură englezească. Programele citesc alte caractere (de exemplu ă, ș sau emoji) în moduri diferite, așa că botul tău s-ar putea să nu poată deschide fișierul .p12.',
};
