/** Orden för layout och formulär (issue 19), som i shared/i18n/en/layout.ts. */
import type { Messages } from '../messages.js';

export const LAYOUT_TEXT: Messages['LAYOUT_TEXT'] = {
  stayAndTest: 'Testa min inloggning först',
  remember: 'Kom ihåg mitt användarnamn och min applikationsnyckel på den här datorn',
  p12PasswordAgain: '.p12-lösenordet en gång till',
  showP12Password: 'Visa .p12-lösenordet',
  p12Mismatch: 'De två .p12-lösenorden är inte likadana. Skriv samma lösenord i båda fälten.',
  p12NotAscii:
    'Använd bara bokstäver utan accenter eller prickar (A\u2013Z, a\u2013z), siffror, mellanslag och tecknen på ett engelskt tangentbord. Program läser andra tecken (som å, ö eller emojier) på olika sätt, så din bot kanske inte kan öppna .p12-filen.',
};
