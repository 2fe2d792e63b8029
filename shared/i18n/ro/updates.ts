/** Actualizările aplicației, în panou. */
import type { Messages } from '../messages.js';

export const UPDATES_TEXT: Messages['UPDATES_TEXT'] = {
  heading: 'Actualizări',
  thisVersion: (version: string) => `Aceasta este versiunea ${version}.`,
  checkNow: 'Caută actualizări',
  checking: 'Caut o versiune mai nouă…',
  upToDate: 'Ai deja cea mai nouă versiune.',
  downloading: (version: string) => `Versiunea ${version} se descarcă în fundal.`,
  ready: (version: string) => `Versiunea ${version} este pregătită: se instalează când închizi aplicația.`,
  restartNow: 'Repornește acum',
  busy: 'Încă se lucrează la ceva (un test, fereastra de ales un dosar, un kit care se scrie). Repornește după ce se termină.',
  refusedChecksum: (version: string) =>
    `Descărcarea versiunii ${version} nu s-a potrivit cu suma ei de control, așa că a fost aruncată și nu s-a instalat nimic. Aplicația rămâne cum este și încearcă din nou la următoarea verificare.`,
  refusedSignature: (version: string) =>
    `Descărcarea versiunii ${version} nu era semnată de autorii acestei aplicații, așa că a fost aruncată și nu s-a instalat nimic. Aplicația rămâne cum este.`,
  someVersion: 'o versiune mai nouă',
  downloadYourself:
    'Această copie (instalată dintr-un pachet .deb) nu se actualizează singură. Versiunile noi sunt aici:',
  noUpdater: 'Această copie nu se actualizează singură (nu a fost instalată dintr-o versiune publicată).',
  automatic: 'Caută actualizări automat (cel mult o dată pe zi)',
};
