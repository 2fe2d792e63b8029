/** Cuvintele verdictului unic (shared/verdict.ts) și rândurile panoului despre ultimul test, în română. */
import type { Messages } from '../messages.js';

const RETEST = 'apoi testează din nou';

export const VERDICT_TEXT: Messages['VERDICT_TEXT'] = {
  works: {
    title: 'Conectarea botului funcționează',
    whatToDo:
      'Nu mai ai nimic de făcut: botul se poate conecta și poate paria cu aceleași fișiere de certificat, aceeași cheie de aplicație și același nume de utilizator.',
  },
  'works-no-stream': {
    title: 'Botul se poate conecta și poate paria, dar nu poate primi cotele în streaming',
    whatToDo:
      'Betfair nu a activat Exchange Stream API pentru această cheie. Pariurile și cererile obișnuite de cote funcționează deja; dacă botul tău folosește streamingul cotelor, cere asistenței Betfair pentru dezvoltatori să-l activeze pentru cheia ta de aplicație (trimite-le cheia, niciodată parola).',
  },
  'keep-alive-failed': {
    title: 'Botul se poate conecta și poate paria, dar nu s-a putut confirma că sesiunea rămâne activă',
    whatToDo:
      'Testează din nou peste câteva minute. Între timp, fă-ți botul să se conecteze din nou când Betfair spune că sesiunea s-a încheiat, niciodată de mai mult de câteva ori pe minut.',
  },
  'stream-failed': {
    title: 'Botul se poate conecta și poate paria, dar streamingul nu a putut fi verificat',
    whatToDo:
      'Pariurile funcționează. Testează din nou peste câteva minute ca să fie verificat streamingul; dacă tot nu merge, verifică dacă rețeaua ta îi permite botului să ajungă la stream-api.betfair.com pe portul 443.',
  },
  'delayed-key': {
    title: 'Conectarea funcționează, dar botul nu poate paria cu cheia cu întârziere',
    whatToDo: `Cu această cheie botul se poate conecta și poate citi cotele (cu puțină întârziere), dar Betfair îi refuză pariurile. Ca să pariezi, folosește cheia live (dacă nu e încă activă, cere activarea ei pe site-ul Betfair pentru dezvoltatori), ${RETEST}.`,
  },
  'key-inactive': {
    title: 'Conectarea funcționează, dar botul va fi refuzat până când cheia live va fi activată',
    whatToDo: `Cere activarea cheii live pe site-ul Betfair pentru dezvoltatori, ${RETEST}. Până atunci, folosește cheia cu întârziere pentru teste și pentru citirea cotelor.`,
  },
  'choose-key': {
    title: 'Conectarea funcționează \u2013 alege cheia de aplicație',
    whatToDo: `Alege una dintre cheile tale (cheia live ca să pariezi, cheia cu întârziere pentru teste și citirea cotelor), ${RETEST} cu ea, ca să fie verificată.`,
  },
  'create-keys': {
    title: 'Conectarea funcționează \u2013 creează-ți cheile de aplicație',
    whatToDo: `Lasă asistentul să-ți creeze cheile (una cu întârziere, una live), ${RETEST} cu una dintre ele.`,
  },
  'key-not-yours': {
    title: 'Conectarea funcționează, dar botul va fi refuzat până când corectezi cheia de aplicație',
    whatToDo: `Cheia pe care ai scris-o nu este una dintre cheile contului tău. Verifică dacă nu ai greșit la scriere sau folosește una dintre cheile tale, ${RETEST}.`,
  },
  'key-refused': {
    title: 'Conectarea funcționează, dar botul va fi refuzat până când corectezi cheia de aplicație',
    whatToDo: `Betfair a refuzat cheia pe care ai scris-o. Verifică dacă nu ai greșit la scriere (o cheie nu are spații) sau folosește una dintre cheile tale, ${RETEST}.`,
  },
  'key-not-checked': {
    title: 'Conectarea funcționează, dar cheia de aplicație nu a putut fi verificată',
    whatToDo:
      'Testează din nou peste câteva minute ca să fie verificată cheia. Botul poate paria doar cu o cheie live activată de Betfair.',
  },
};

export const VERDICT_ROWS: Messages['VERDICT_ROWS'] = {
  appKey: 'Cheia de aplicație',
  keyNotChosen: 'încă nu ai ales niciuna',
  keyNotYours: 'nu este una dintre cheile tale',
  keyRefused: 'refuzată de Betfair',
  keyNotChecked: 'neverificată',
  keyKindUnknown: 'tip necunoscut',
  appName: (name: string) => `„${name}”`,
  canBet: (yes: boolean) => (yes ? 'poate paria: da' : 'poate paria: nu'),
  stream: 'Streaming de cote',
  streamAllowed: 'permis',
  streamNotAllowed: 'neactivat pentru această cheie',
  streamFailed: 'nu a putut fi verificat',
  streamNotChecked: 'neverificat',
  keepAlive: 'Păstrarea sesiunii',
  keepAliveKept: 'verificată: sesiunea poate fi păstrată activă',
  keepAliveFailed: 'keepAlive a eșuat',
  keepAliveNotChecked: 'neverificată',
  details: 'Detaliile ultimului test',
};
