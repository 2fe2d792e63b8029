/**
 * Romanian texts for everything that stops a test login before Betfair gives a proper answer:
 * network and TLS faults, the Danish refusal, the app's own login guard, and certificate-file problems.
 */
import type { FaultDetail } from '../../codes.js';
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

/** "1 secundă", "5 secunde", "20 de secunde": Romanian adds "de" from 20 on (except numbers ending in 01-19). */
function plural(n: number, one: string, many: string): string {
  const form = new Intl.PluralRules('ro').select(Math.abs(n));
  return form === 'one' ? `${n} ${one}` : form === 'few' ? `${n} ${many}` : `${n} de ${many}`;
}

const theServer = (d: FaultDetail): string => (d.host ? d.host : 'serverul de conectare Betfair');
const NOTHING_SENT = 'Parola ta nu a fost trimisă.';
const INTERCEPT =
  'Cauza obișnuită este un proxy, un antivirus care scanează conexiunile securizate sau un firewall de firmă aflat între tine și Betfair.';

export const FAULT_TEXT: Messages['FAULT_TEXT'] = {
  DNS_NOT_FOUND: {
    title: 'Serverul de conectare Betfair nu a fost găsit',
    meaning: (d) => `Computerul tău nu a putut afla adresa pentru ${theServer(d)}. ${NOTHING_SENT}`,
    whatToDo: () =>
      'Verifică dacă ai internet (deschide orice site). Dacă ai, așteaptă un minut și încearcă din nou; într-o rețea de la serviciu sau publică, întreabă-l pe administratorul ei dacă Betfair este blocat.',
  },
  CONNECTION_REFUSED: {
    title: 'Conexiunea a fost refuzată',
    meaning: (d) => `Conexiunea a fost refuzată de ${theServer(d)}. ${NOTHING_SENT}`,
    whatToDo: () =>
      'Verifică conexiunea la internet și orice firewall de pe acest computer. Se poate și ca Betfair să fie indisponibil pentru scurt timp: încearcă din nou peste câteva minute.',
  },
  CONNECTION_RESET: {
    title: 'Conexiunea a fost întreruptă',
    meaning: (d) =>
      `Conexiunea cu ${theServer(d)} s-a întrerupt înainte să vină un răspuns. Un firewall, un proxy sau un antivirus, ori o rețea instabilă, pot face asta.`,
    whatToDo: () =>
      'Încearcă din nou. Dacă se repetă, încearcă din altă rețea sau oprește protecția web a antivirusului pe durata testului.',
  },
  TIMEOUT: {
    title: 'Niciun răspuns la timp',
    meaning: (d) =>
      `${d.host ? d.host : 'Serverul de conectare Betfair'} nu a răspuns în ${plural(d.seconds ?? 30, 'secundă', 'secunde')}. Rețeaua poate fi lentă sau poate bloca conexiunea.`,
    whatToDo: () => 'Verifică conexiunea la internet și încearcă din nou peste câteva minute.',
  },
  SERVER_CERT_UNTRUSTED: {
    title: 'Conexiunea nu este de încredere',
    meaning: (d) =>
      `Serverul care a răspuns pentru ${theServer(d)} nu a putut dovedi că este Betfair: certificatul lui nu provine de la o autoritate în care computerul tău are încredere. ${INTERCEPT} ${NOTHING_SENT}`,
    whatToDo: () =>
      'Dezactivează „scanarea HTTPS” (numită uneori „web shield” sau „inspecție SSL”) din antivirus pe durata testului sau încearcă din altă rețea. Nu ignora acest avertisment nici în alte programe.',
  },
  SERVER_CERT_WRONG_HOST: {
    title: 'Conexiunea a ajuns la serverul greșit',
    meaning: (d) =>
      `Serverul care a răspuns are un certificat pentru alt nume decât ${theServer(d)}. ${INTERCEPT} ${NOTHING_SENT}`,
    whatToDo: () =>
      'Dezactivează „scanarea HTTPS” din antivirus pe durata testului sau încearcă din altă rețea. Dacă folosești un fișier hosts sau un DNS personalizat, verifică-l.',
  },
  CLIENT_CERT_REJECTED: {
    title: 'Certificatul tău a fost refuzat la conectare',
    meaning: (d) =>
      `Serverul a refuzat certificatul tău în timp ce stabilea conexiunea securizată${d.tlsAlert ? ` (a spus „${d.tlsAlert}”)` : ''}, așa că datele de conectare nu au putut fi verificate.`,
    whatToDo: () =>
      'Verifică certificatul cu „bot-login inspect” (trebuie să fie un certificat RSA pentru client, neexpirat, cu cheia potrivită). Dacă ai dubii, creează unul nou, încarcă-l în contul Betfair și testează din nou.',
  },
  PROXY: {
    title: 'Un proxy ar putea bloca accesul',
    meaning: (d) =>
      `Acest computer este setat să folosească un proxy${d.proxy ? ` (${d.proxy})` : ''}, dar aplicația se conectează direct la Betfair, iar conexiunea directă a eșuat${d.cause ? `: ${d.cause}` : ''}.`,
    whatToDo: () =>
      'Testează dintr-o rețea care permite conexiuni directe sau roagă-l pe administratorul rețelei să permită accesul direct la serverele de conectare Betfair (portul 443).',
  },
  UNEXPECTED_ANSWER: {
    title: 'Răspuns neașteptat de la server',
    meaning: (d) => {
      const parts = [d.httpStatus !== undefined ? `cod HTTP ${d.httpStatus}` : '', d.reason ?? ''].filter((p) => p);
      return `Serverul a răspuns, dar nu cu ${d.expected ?? 'un răspuns de conectare'}${parts.length ? ` (${parts.join(': ')})` : ''}.`;
    },
    whatToDo: () =>
      'Poate că Betfair are o problemă: așteaptă câteva minute și încearcă din nou. Într-o rețea de la serviciu, se poate ca un proxy să răspundă în locul Betfair.',
  },
  BOT_LOGIN_NOT_AVAILABLE: {
    title: 'Conectarea pentru boți nu este disponibilă în Danemarca',
    meaning: () =>
      'Betfair nu oferă conectarea cu certificat (pentru boți) rezidenților din Danemarca: conturile daneze trebuie să folosească conectarea interactivă. Nu s-a trimis nicio cerere.',
    whatToDo: () =>
      'Folosește în aplicația ta conectarea interactivă Betfair. Dacă nu locuiești în Danemarca, alege țara în care ți-ai deschis contul Betfair.',
  },
  GUARD_RATE_LIMITED: {
    title: 'Prea multe teste într-un minut',
    meaning: (d) =>
      `Ca să nu se apropie contul tău de limitele de conectare ale Betfair, aplicația trimite cel mult ${plural(d.limit ?? 5, 'conectare de test', 'conectări de test')} pe minut. Nu s-a trimis nimic.`,
    whatToDo: (d) => `Așteaptă ${plural(d.secondsLeft ?? 60, 'secundă', 'secunde')}, apoi încearcă din nou.`,
  },
  GUARD_BANNED: {
    title: 'Pauză: Betfair a blocat conectările pentru 20 de minute',
    meaning: () =>
      'Betfair a răspuns că s-au făcut prea multe conectări și refuză conectări noi timp de 20 de minute. Până atunci, aplicația nu trimite nicio conectare de test. Nu s-a trimis nimic.',
    whatToDo: (d) =>
      `Mai așteaptă circa ${plural(d.minutesLeft ?? 20, 'minut', 'minute')} și asigură-te că între timp niciun bot nu se conectează cu acest cont.`,
  },
  GUARD_PASSWORD_CHECK: {
    title: 'Două parole greșite la rând: verific-o mai întâi',
    meaning: () =>
      'Betfair nu a acceptat de două ori la rând numele de utilizator și parola, iar alte încercări greșite pot bloca contul. De data aceasta nu s-a trimis nimic.',
    whatToDo: (d) =>
      `Conectează-te pe site-ul Betfair din browser ca să verifici numele de utilizator și parola (sau resetează parola). Apoi așteaptă ${plural(d.secondsLeft ?? 30, 'secundă', 'secunde')} și testează din nou; în aplicație, apasă „Am verificat-o, testează din nou”.`,
  },
  GUARD_BUSY: {
    title: 'Se numără o altă conectare de test',
    meaning: () =>
      'O altă copie a acestei aplicații sau a bot-login a ținut ocupată prea mult timp evidența conectărilor de test recente, așa că acest test a fost amânat. Nu s-a trimis nimic.',
    whatToDo: () => 'Încearcă din nou peste câteva secunde.',
  },
  NETWORK_ERROR: {
    title: 'Betfair nu a putut fi contactat',
    meaning: (d) => `Conexiunea cu ${theServer(d)} a eșuat.`,
    whatToDo: () => 'Verifică conexiunea la internet și încearcă din nou peste câteva minute.',
  },
  TLS_ERROR: {
    title: 'Conexiunea securizată a eșuat',
    meaning: (d) => `Conexiunea securizată cu ${theServer(d)} nu a putut fi stabilită. ${INTERCEPT}`,
    whatToDo: () =>
      'Încearcă din nou din altă rețea sau dezactivează scanarea HTTPS a antivirusului pe durata testului.',
  },
  CERTIFICATE_PROBLEM: {
    title: 'Fișierele certificatului nu au putut fi folosite',
    meaning: () => 'Fișierele certificatului sau ale cheii nu au putut fi citite ori nu se potrivesc între ele.',
    whatToDo: () =>
      'Verifică fișierele cu „bot-login inspect” sau creează un certificat nou, încarcă-l și testează din nou.',
  },
  DATA_DIR_UNWRITABLE: {
    title: 'Contorul de conectări nu a putut fi salvat',
    meaning: () =>
      'Aplicația ține o mică evidență a conectărilor de test recente, ca să nu depășească niciodată limitele Betfair, și nu a putut s-o salveze. Nu s-a trimis nimic.',
    whatToDo: () =>
      'Verifică dacă aplicația poate scrie în folderul ei de date (spațiu liber pe disc, permisiuni), apoi încearcă din nou.',
  },
  DATA_DIR_SHARED: {
    title: 'Folderul de date nu este doar al tău',
    meaning: () =>
      `Folderul din ${ENV.dataDir} aparține altui utilizator sau oricine de pe acest calculator îi poate schimba conținutul, așa că aplicația nu păstrează nimic acolo și nu a testat autentificarea. Nu s-a trimis nimic, iar folderul a rămas cum era.`,
    whatToDo: () =>
      `Setează ${ENV.dataDir} la un folder în care doar tu poți scrie (sau scoate setarea), apoi încearcă din nou.`,
  },
  TEST_ENDPOINT_INVALID: {
    title: 'Setarea pentru serverul de test nu poate fi folosită',
    meaning: () =>
      `${ENV.ssoOrigin} trebuie să fie o adresă https (de exemplu https://127.0.0.1:8443), iar ${ENV.ssoCa} un fișier de certificat PEM care poate fi citit și care îi corespunde (e de încredere doar pentru acea adresă de test, deci singur nu face nimic).`,
    whatToDo: () => 'Corectează sau șterge aceste setări (sunt doar pentru teste), apoi încearcă din nou.',
  },
  APP_KEY_INVALID: {
    title: 'Verifică cheia de aplicație',
    meaning: () =>
      "O cheie de aplicație este formată din litere și cifre (poate și '-' sau '_'), fără spații, rânduri noi, litere cu diacritice sau alte semne, și are cel mult 256 de caractere. Nu s-a trimis nimic.",
    whatToDo: () =>
      'Copiază din nou cheia de pe pagina contului Betfair care îți listează cheile de aplicație (coloana „Application Key”) sau las-o goală.',
  },
  TEST_ENDPOINT_NOT_LOCAL: {
    title: 'Serverul de test trebuie să fie pe acest computer',
    meaning: () =>
      `${ENV.ssoOrigin} trimite conectarea de test în altă parte decât pe acest computer (sunt permise doar 127.0.0.1, ::1 sau localhost), așa că a fost refuzată înainte ca parola să fie citită sau să se trimită ceva.`,
    whatToDo: () =>
      `Șterge ${ENV.ssoOrigin} și ${ENV.ssoCa} din mediu (sunt doar pentru teste). Dacă nu le-ai setat tu, le-a setat altceva de pe acest computer: află ce anume.`,
  },
  LOGIN_FAILED_UNEXPECTEDLY: {
    title: 'Conectarea de test s-a oprit neașteptat',
    meaning: () => 'A apărut o problemă neașteptată în aplicație în timpul conectării de test.',
    whatToDo: () =>
      'Încearcă din nou. Dacă se repetă, repornește aplicația; dacă nici asta nu ajută, raportează problema.',
  },
  INPUT_MISSING: {
    title: 'Lipsește ceva',
    meaning: () => 'Pentru o conectare de test e nevoie atât de numele de utilizator, cât și de parolă.',
    whatToDo: () => 'Completează câmpul care lipsește și încearcă din nou.',
  },
};

/** Words for UNEXPECTED_ANSWER's `reason`. */
export const UNEXPECTED_REASONS: Messages['UNEXPECTED_REASONS'] = {
  notJson: 'răspunsul nu era în formatul așteptat',
  empty: 'răspunsul era gol',
  tooLarge: 'răspunsul era mult mai mare decât un răspuns de conectare',
  noStatus: 'răspunsul nu conținea nicio stare a conectării',
  oddStatus: 'starea conectării din răspuns nu este una folosită de Betfair',
  oddToken: 'tokenul de sesiune din răspuns conținea caractere pe care niciun token de sesiune nu le are',
  httpError: 'serverul a raportat o eroare',
};

/** Words for a PROXY fault's `cause`. */
export const PROXY_CAUSES: Messages['PROXY_CAUSES'] = {
  DNS_NOT_FOUND: 'numele serverului nu a putut fi găsit',
  CONNECTION_REFUSED: 'conexiunea a fost refuzată',
  CONNECTION_RESET: 'conexiunea a fost întreruptă',
  TIMEOUT: 'nu a venit niciun răspuns la timp',
};

/** Titles for a fault code nobody has words for yet. */
export const UNKNOWN_FAULT_TEXT: Messages['UNKNOWN_FAULT_TEXT'] = {
  title: 'Conectarea de test nu a putut fi finalizată',
  meaning: (code: string): string => `Ceva nu a mers bine înainte ca Betfair să poată răspunde (codul ${code}).`,
  whatToDo: 'Încearcă din nou peste câteva minute. Dacă se repetă, raportează codul afișat aici.',
};

/** Titles for the certificate-file errors of the certificate engine (its message says what happened). */
/** What to do when a .p12 file's password is missing or wrong: that file's password, nothing else. */
export const CREDENTIAL_PASSWORD_WHAT_TO_DO: Messages['CREDENTIAL_PASSWORD_WHAT_TO_DO'] =
  'Scrie din nou parola acelui fișier .p12, exact cum a fost aleasă (pentru un fișier dintr-un kit de bot, cea aleasă când ai creat kitul). Pentru asta nu trebuie creat din nou certificatul.';

export const CREDENTIAL_FAULT_TITLES: Messages['CREDENTIAL_FAULT_TITLES'] = {
  FILE_NOT_FOUND: 'Lipsește un fișier al certificatului',
  P12_PASSWORD_NEEDED: 'Fișierul .p12 cere parola',
  P12_WRONG_PASSWORD: 'Parolă greșită pentru fișierul .p12',
  P12_TOO_MUCH_WORK: 'Fișierul .p12 cere prea mult calcul ca să fie deschis',
  KEY_MISMATCH: 'Cheia nu aparține certificatului',
  EXPIRED: 'Certificatul a expirat',
  NOT_YET_VALID: 'Certificatul nu este încă valabil',
  NO_KEY: 'Nu s-a găsit nicio cheie privată',
  NO_CERTIFICATE: 'Nu s-a găsit niciun certificat',
  KEY_ENCRYPTED: 'Cheia privată este protejată cu parolă',
  NO_PERMISSION: 'Un fișier al certificatului nu a putut fi deschis',
  UNREADABLE: 'Un fișier al certificatului nu a putut fi citit',
  NO_CLIENT_AUTH: 'Certificatul nu este destinat conectării',
};
