/** Cuvintele proprii ale CLI-ului, acolo unde cele ale aplicației vorbesc despre fereastra ei (vezi shared/i18n/en/cli-words.ts). */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

const LOGIN_WORKS = 'Certificatul, numele de utilizator și parola funcționează.';
const FIX_KEY_FIRST =
  'Până nu corectezi cheia, Betfair va refuza botul încă de la primul apel, cu eroarea INVALID_APP_KEY.';
const USE_LISTED = 'Alege una dintre cheile tale din lista de mai jos și rulează din nou comanda cu --app-key KEY.';
const CREATE_KEYS =
  'Rulează din nou comanda cu --create-app-keys NAME ca să-ți creezi cheile (una cu întârziere, una live), apoi cu --app-key KEY și una dintre ele.';
const NEW_CERTIFICATE = 'Fă un certificat nou cu „bot-login generate”.';
const OTHER_SITE =
  'Încarcă certificatul pe site-ul pe care ți-ai deschis contul (pentru cei mai mulți, betfair.com), apoi rulează din nou comanda cu acea --jurisdiction (betfair.com este international).';

export const CLI_KEY_CHECK_TEXT: Messages['CLI_KEY_CHECK_TEXT'] = {
  notYours: {
    explanation: `${LOGIN_WORKS} Cheia indicată cu --app-key nu este una dintre cheile contului tău. ${FIX_KEY_FIRST}`,
    whatToDo: `Verifică dacă nu ai greșit la scriere. ${USE_LISTED}`,
  },
  notYoursNoKeys: {
    explanation: `${LOGIN_WORKS} Cheia indicată cu --app-key nu este una dintre cheile contului tău: contul tău nu are încă nicio cheie. ${FIX_KEY_FIRST}`,
    whatToDo: CREATE_KEYS,
  },
  refused: {
    explanation: `${LOGIN_WORKS} Betfair a refuzat cheia indicată cu --app-key. ${FIX_KEY_FIRST}`,
    whatToDo: `Verifică dacă nu ai greșit la scriere (cheia nu are spații). ${USE_LISTED}`,
  },
  refusedInactiveLive: {
    explanation: `${LOGIN_WORKS} Cheia indicată cu --app-key este cheia ta live, iar Betfair a refuzat-o: nu a fost activată încă.`,
    whatToDo:
      'Deocamdată indică cu --app-key cheia cu întârziere (din lista de mai jos) și solicită activarea cheii live pe site-ul Betfair pentru dezvoltatori.',
  },
  notGivenWithKeys: {
    explanation: `${LOGIN_WORKS} Nu ai indicat --app-key, așa că testul a căutat cheile contului tău: sunt listate mai jos.`,
    whatToDo:
      'Alege una pentru bot (cheia cu întârziere pentru teste și cote, cheia live pentru pariuri) și rulează din nou comanda cu --app-key KEY, ca să poată fi verificată.',
  },
  notGivenNoKeys: {
    whatToDo: CREATE_KEYS,
  },
  notGivenNotListed: {
    explanation: `${LOGIN_WORKS} Nu ai indicat --app-key, iar de data aceasta cheile tale nu au putut fi căutate.`,
    whatToDo: 'Rulează din nou comanda cu --app-key KEY ca să-ți fie verificată cheia.',
  },
  notChecked: {
    whatToDo:
      'Conectarea în sine funcționează. Rulează din nou comanda peste câteva minute ca să fie verificată cheia.',
  },
};

export const CLI_STATUS_TEXT: Messages['CLI_STATUS_TEXT'] = {
  SPAIN_MIGRATION_REQUIRED:
    'Conectează-te pe betfair.es în browser și urmează acolo pașii pentru mutarea contului. Apoi încarcă certificatul pe betfair.es și rulează din nou comanda cu --jurisdiction es.',
  CERT_AUTH_REQUIRED: (c) =>
    `Deschide pagina de securitate de pe ${c.site}, găsește „Automated Betting Program Access” (accesul pentru programe automate de pariere) și verifică dacă certificatul listat acolo este cel pe care îl testezi (compară numele și data de expirare). Dacă nu, încarcă acolo fișierul .crt. Încărcarea și testul trebuie să folosească același site Betfair, așa că verifică --jurisdiction indicată. Apoi rulează din nou comanda.`,
  EMAIL_LOGIN_NOT_ALLOWED: (c) =>
    `Indică în schimb numele de utilizator Betfair cu --username. Dacă nu îl știi, conectează-te pe ${c.site} și uită-te la detaliile contului.`,
  TEMPORARY_BAN_TOO_MANY_REQUESTS:
    'Așteaptă 20 de minute: bot-login nu va trimite altă conectare de test până atunci. Între timp, asigură-te că niciun bot sau script nu se tot conectează cu acest cont.',
  AUTHORIZED_ONLY_FOR_DOMAIN_RO: (c) =>
    c.jurisdiction === 'ro'
      ? OTHER_SITE
      : 'Betfair spune că acest cont aparține Betfair România. Încarcă certificatul pe betfair.ro, apoi rulează din nou comanda cu --jurisdiction ro.',
  AUTHORIZED_ONLY_FOR_DOMAIN_SE: (c) =>
    c.jurisdiction === 'se'
      ? OTHER_SITE
      : 'Betfair spune că acest cont aparține Betfair Suedia. Încarcă certificatul pe betfair.se, apoi rulează din nou comanda cu --jurisdiction se.',
};

export const CLI_FAULT_TEXT: Messages['CLI_FAULT_TEXT'] = {
  BOT_LOGIN_NOT_AVAILABLE:
    'Folosește pentru botul tău conectarea interactivă Betfair. Dacă nu locuiești în Danemarca, rulează din nou comanda cu --jurisdiction țării în care ți-ai deschis contul Betfair.',
  APP_KEY_INVALID:
    'Copiază din nou cheia de pe pagina contului Betfair care îți listează cheile de aplicație (coloana „Application Key”) sau renunță la --app-key.',
  DATA_DIR_UNWRITABLE: `Verifică dacă poți scrie în folderul de date (spațiu liber pe disc, permisiuni) sau setează ${ENV.dataDir} la un folder al tău, apoi rulează din nou comanda.`,
  LOGIN_FAILED_UNEXPECTEDLY: 'Rulează din nou comanda. Dacă se repetă, raportează problema.',
  INPUT_MISSING: `Indică numele de utilizator cu --username și parola în ${ENV.password} (sau scrie-o când ți se cere, într-un terminal), apoi rulează din nou comanda.`,
};

export const CLI_CERTIFICATE_TEXT: Messages['CLI_CERTIFICATE_TEXT'] = {
  p12PasswordNeeded: (file: string) => `„${file}” este protejat cu parolă.`,
  notRsa: `Acest certificat folosește un tip de cheie (nu RSA) pe care Betfair nu îl acceptă. ${NEW_CERTIFICATE}`,
  rsaSize: (bits: number) => `Această cheie are ${bits} de biți; Betfair cere 2048 de biți. ${NEW_CERTIFICATE}`,
  noClientAuth: `Acest certificat nu poate fi folosit pentru conectare (nu este un certificat de client). ${NEW_CERTIFICATE}`,
  notUsable:
    'Aceste fișiere de certificat nu pot fi folosite pentru conectare. Verifică-le cu „bot-login inspect FILE...”.',
  keyFailed: 'Nu s-a putut face o cheie nouă. Rulează din nou comanda; dacă tot nu merge, raportează problema.',
  invalidEmail: 'Adresa de email nu pare corectă. Verific-o sau renunță la --email.',
};
