/**
 * Romanian texts for the application-key part of "Test my login": what became of the key given (the
 * AppKeyCheck statuses), every Accounts API error a user can meet, and creating keys. Facts from Betfair's
 * "Application Keys" and "Accounts API" pages (sources in shared/accounts-api.ts); the words are ours.
 */
import type { Messages } from '../messages.js';

/** The two keys, in two sentences (shown where the wizard offers to create them, and in the CLI's help). */
export const KEY_KINDS_TEXT: Messages['KEY_KINDS_TEXT'] = {
  delayed:
    'Cheia cu întârziere este gratuită și funcționează imediat: folosește-o pentru teste și pentru citirea cotelor, care vin cu puțină întârziere; cu ea nu poți plasa pariuri.',
  live: 'Cheia live este cea de care un bot are nevoie ca să parieze; Betfair o activează când o soliciți pe site-ul pentru dezvoltatori.',
};

/** How one key is described in a list (the CLI's text output, and the UI's labels). */
export const KEY_LABELS: Messages['KEY_LABELS'] = {
  delayed: 'cu întârziere',
  live: 'live',
  active: 'activă',
  inactive: 'încă neactivată',
};

const LOGIN_WORKS = 'Certificatul, numele de utilizator și parola funcționează.';
const FIX_KEY_FIRST =
  'Până nu corectezi cheia, Betfair va refuza botul încă de la primul apel, cu eroarea INVALID_APP_KEY.';
const USE_LISTED =
  'Folosește una dintre cheile tale din lista de mai jos (asistentul le-a găsit pentru tine), apoi testează din nou.';
const CREATE_KEYS = 'Contul tău nu are încă nicio cheie de aplicație: asistentul le poate crea pentru tine.';
const APPLY_LIVE =
  'Ca să pariezi, folosește cheia live; dacă nu este încă activă, solicită activarea ei pe site-ul Betfair pentru dezvoltatori.';

/** What became of the key given, per status (and, for valid, per kind of key). */
export const APP_KEY_CHECK_TEXT: Messages['APP_KEY_CHECK_TEXT'] = {
  validDelayed: {
    title: 'Conectarea funcționează; cu cheia cu întârziere nu se poate paria',
    explanation: `${LOGIN_WORKS} Betfair a acceptat cheia de aplicație: este cheia ta cu întârziere, deci botul poate citi cotele (cu puțină întârziere), dar nu poate plasa pariuri cu ea.`,
    whatToDo: `Este bună pentru teste și pentru citirea cotelor. ${APPLY_LIVE}`,
  },
  validLive: {
    title: 'Conectarea botului funcționează',
    explanation: `${LOGIN_WORKS} Betfair a acceptat cheia de aplicație: este cheia ta live și este activă.`,
    whatToDo:
      'Nu mai ai nimic de făcut aici. Botul se poate conecta și poate paria cu aceleași fișiere de certificat, aceeași cheie și același nume de utilizator.',
  },
  validLiveInactive: {
    title: 'Conectarea funcționează; cheia live nu e încă activă',
    explanation: `${LOGIN_WORKS} Betfair a acceptat cheia de aplicație: este cheia ta live, dar Betfair nu a activat-o încă, așa că pariurile vor fi refuzate până atunci.`,
    whatToDo:
      'Solicită activarea cheii live pe site-ul Betfair pentru dezvoltatori. Până atunci, folosește cheia cu întârziere pentru teste și pentru citirea cotelor.',
  },
  validUnlisted: {
    title: 'Conectarea funcționează și Betfair a acceptat cheia de aplicație',
    explanation: `${LOGIN_WORKS} Betfair a acceptat cheia de aplicație.`,
    whatToDo:
      'Nu mai ai nimic de făcut aici. Botul se poate conecta cu aceleași fișiere de certificat, aceeași cheie și același nume de utilizator.',
  },
  notYours: {
    title: 'Conectarea funcționează, dar această cheie de aplicație nu este a ta',
    explanation: `${LOGIN_WORKS} Cheia de aplicație introdusă nu este una dintre cheile contului tău. ${FIX_KEY_FIRST}`,
    whatToDo: `Verifică dacă ai greșit la tastare. ${USE_LISTED}`,
  },
  notYoursNoKeys: {
    title: 'Conectarea funcționează, dar această cheie de aplicație nu este a ta',
    explanation: `${LOGIN_WORKS} Cheia de aplicație introdusă nu este una dintre cheile contului tău: contul nu are încă niciuna. ${FIX_KEY_FIRST}`,
    whatToDo: `${CREATE_KEYS} Apoi folosește una dintre ele și testează din nou.`,
  },
  refused: {
    title: 'Conectarea funcționează, dar Betfair refuză această cheie de aplicație',
    explanation: `${LOGIN_WORKS} Betfair a refuzat cheia de aplicație introdusă. ${FIX_KEY_FIRST}`,
    whatToDo: `Verifică dacă ai greșit la tastare (cheia nu conține spații). ${USE_LISTED}`,
  },
  refusedInactiveLive: {
    title: 'Conectarea funcționează, dar cheia live nu este încă activă',
    explanation: `${LOGIN_WORKS} Cheia introdusă este cheia ta live, iar Betfair a refuzat-o: nu a fost încă activată.`,
    whatToDo:
      'Deocamdată folosește cheia cu întârziere (din lista de mai jos) și solicită activarea cheii live pe site-ul Betfair pentru dezvoltatori.',
  },
  notGivenWithKeys: {
    title: 'Conectarea funcționează: acum alege cheia de aplicație',
    explanation: `${LOGIN_WORKS} Ai lăsat cheia de aplicație goală, așa că asistentul a căutat cheile contului tău: sunt listate mai jos.`,
    whatToDo:
      'Alege una pentru bot (cheia cu întârziere pentru teste și cote, cheia live pentru pariuri) și testează din nou cu ea, ca să poată fi verificată.',
  },
  notGivenNoKeys: {
    title: 'Conectarea funcționează: contul tău nu are încă o cheie de aplicație',
    explanation: `${LOGIN_WORKS} Un bot are nevoie și de o cheie de aplicație, iar contul tău nu are încă niciuna.`,
    whatToDo:
      'Lasă asistentul să-ți creeze cheile (una cu întârziere, una live), apoi testează din nou cu una dintre ele.',
  },
  notGivenNotListed: {
    title: 'Conectarea funcționează',
    explanation: `${LOGIN_WORKS} Ai lăsat cheia de aplicație goală, iar de data aceasta asistentul nu ți-a putut căuta cheile.`,
    whatToDo: 'Introdu cheia de aplicație și testează din nou ca s-o verifici.',
  },
  notChecked: {
    title: 'Conectarea funcționează, dar cheia de aplicație nu a putut fi verificată',
    explanation: `${LOGIN_WORKS} Accounts API de la Betfair nu a dat un răspuns valid, așa că cheia nu a fost verificată.`,
    whatToDo: 'Conectarea în sine este în regulă. Testează din nou peste câteva minute ca să verifici cheia.',
  },
};

const RETRY_SUPPORT = 'Testează din nou. Dacă se repetă, contactează asistența Betfair pentru dezvoltatori.';
const NOT_ACCEPTED = 'Betfair nu a acceptat cererea';
const OWN_KEY = 'Folosește propria cheie de aplicație, nu pe cea a unui furnizor de software.';
const OTHER_NAME = 'Alege alt nume, de exemplu adăugând un cuvânt sau un număr, și încearcă din nou.';

/** Every AccountAPINGException errorCode, in plain words. Most cannot happen to a wizard user but are named anyway. */
export const ACCOUNTS_ERROR_TEXT: Messages['ACCOUNTS_ERROR_TEXT'] = {
  INVALID_INPUT_DATA: {
    title: NOT_ACCEPTED,
    explanation: 'Betfair a răspuns că cererea conținea date nevalide (INVALID_INPUT_DATA).',
    whatToDo: 'Dacă ai introdus un nume de aplicație, încearcă unul mai simplu, doar cu litere, cifre și spații.',
  },
  INVALID_SESSION_INFORMATION: {
    title: 'Betfair nu a recunoscut sesiunea',
    explanation: 'Betfair nu a acceptat sesiunea pe care tocmai o deschisese conectarea (INVALID_SESSION_INFORMATION).',
    whatToDo: RETRY_SUPPORT,
  },
  UNEXPECTED_ERROR: {
    title: 'Betfair a avut o eroare neașteptată',
    explanation:
      'Betfair a răspuns UNEXPECTED_ERROR. La crearea cheilor, Betfair dă acest răspuns când numele aplicației conține numele tău de utilizator.',
    whatToDo: 'Alege un nume de aplicație care să nu conțină numele tău de utilizator și încearcă din nou.',
  },
  INVALID_APP_KEY: {
    title: 'Cheie de aplicație refuzată',
    explanation: 'Betfair nu recunoaște această cheie de aplicație (INVALID_APP_KEY).',
    whatToDo: 'Verifică dacă ai greșit la tastare sau folosește una dintre cheile tale.',
  },
  SERVICE_BUSY: {
    title: 'Betfair este ocupat',
    explanation: 'Accounts API de la Betfair a răspuns că e prea ocupat ca să răspundă acum (SERVICE_BUSY).',
    whatToDo: 'Încearcă din nou peste câteva minute.',
  },
  TIMEOUT_ERROR: {
    title: 'Betfair a răspuns prea încet',
    explanation: 'Accounts API de la Betfair a depășit timpul intern de răspuns (TIMEOUT_ERROR).',
    whatToDo: 'Încearcă din nou peste câteva minute.',
  },
  DUPLICATE_APP_NAME: {
    title: 'Numele de aplicație este deja folosit',
    explanation:
      'Numele aplicațiilor trebuie să fie unice pe tot Betfair, iar acesta este deja folosit (DUPLICATE_APP_NAME).',
    whatToDo: OTHER_NAME,
  },
  APP_KEY_CREATION_FAILED: {
    title: 'Cheile nu au putut fi create',
    explanation:
      'Betfair nu a creat cheile (APP_KEY_CREATION_FAILED). Betfair dă acest răspuns când numele aplicației există deja.',
    whatToDo: OTHER_NAME,
  },
  APP_CREATION_FAILED: {
    title: 'Aplicația nu a putut fi creată',
    explanation: 'Betfair nu a putut crea aplicația (APP_CREATION_FAILED).',
    whatToDo:
      'Încearcă din nou cu alt nume peste câteva minute. Dacă se repetă, contactează asistența Betfair pentru dezvoltatori.',
  },
  NO_SESSION: {
    title: 'Nicio sesiune',
    explanation: 'Betfair a răspuns că nu s-a trimis nicio sesiune (NO_SESSION).',
    whatToDo: RETRY_SUPPORT,
  },
  NO_APP_KEY: {
    title: 'Nicio cheie de aplicație',
    explanation: 'Betfair a răspuns că nu s-a trimis nicio cheie de aplicație (NO_APP_KEY).',
    whatToDo: 'Introdu cheia de aplicație sau folosește una dintre cheile tale din lista de mai jos.',
  },
  SUBSCRIPTION_EXPIRED: {
    title: 'Abonament expirat',
    explanation: 'Betfair a răspuns că abonamentul aplicației a expirat (SUBSCRIPTION_EXPIRED).',
    whatToDo:
      'Folosește propria cheie de aplicație, nu pe cea a unui furnizor de software, sau reînnoiește abonamentul la furnizor.',
  },
  INVALID_SUBSCRIPTION_TOKEN: {
    title: 'Abonament nevalid',
    explanation: 'Betfair a răspuns că tokenul de abonament nu este valid (INVALID_SUBSCRIPTION_TOKEN).',
    whatToDo: OWN_KEY,
  },
  TOO_MANY_REQUESTS: {
    title: 'Prea multe cereri',
    explanation: 'Betfair a răspuns că au venit prea multe cereri într-un timp scurt (TOO_MANY_REQUESTS).',
    whatToDo: 'Așteaptă câteva minute înainte să testezi din nou.',
  },
  INVALID_CLIENT_REF: {
    title: NOT_ACCEPTED,
    explanation: 'Betfair a răspuns că o referință de client nu era validă (INVALID_CLIENT_REF).',
    whatToDo: RETRY_SUPPORT,
  },
  WALLET_TRANSFER_ERROR: {
    title: 'Problemă cu portofelul',
    explanation: 'Betfair a raportat o problemă cu portofelul (WALLET_TRANSFER_ERROR).',
    whatToDo: 'Verifică-ți contul pe site-ul Betfair, apoi testează din nou.',
  },
  INVALID_VENDOR_CLIENT_ID: {
    title: NOT_ACCEPTED,
    explanation: 'Betfair a răspuns că ID-ul de client al furnizorului nu este valid (INVALID_VENDOR_CLIENT_ID).',
    whatToDo: OWN_KEY,
  },
  USER_NOT_SUBSCRIBED: {
    title: 'Fără abonament',
    explanation: 'Betfair a răspuns că contul tău nu este abonat la această aplicație (USER_NOT_SUBSCRIBED).',
    whatToDo: OWN_KEY,
  },
  INVALID_SECRET: {
    title: NOT_ACCEPTED,
    explanation: 'Betfair a răspuns că un secret nu era valid (INVALID_SECRET).',
    whatToDo: RETRY_SUPPORT,
  },
  INVALID_AUTH_CODE: {
    title: NOT_ACCEPTED,
    explanation: 'Betfair a răspuns că un cod de autorizare nu era valid (INVALID_AUTH_CODE).',
    whatToDo: RETRY_SUPPORT,
  },
  INVALID_GRANT_TYPE: {
    title: NOT_ACCEPTED,
    explanation: 'Betfair a răspuns că tipul de autorizare (grant type) nu era valid (INVALID_GRANT_TYPE).',
    whatToDo: RETRY_SUPPORT,
  },
  CUSTOMER_ACCOUNT_CLOSED: {
    title: 'Cont închis',
    explanation: 'Betfair a răspuns că acest cont este închis (CUSTOMER_ACCOUNT_CLOSED).',
    whatToDo: 'Contactează asistența pentru clienți Betfair.',
  },
};

/** An errorCode this app does not know (a future Betfair code): shown as it came. */
export const UNKNOWN_ACCOUNTS_ERROR_TEXT: Messages['UNKNOWN_ACCOUNTS_ERROR_TEXT'] = {
  title: 'Betfair a dat un răspuns pe care aplicația nu îl cunoaște',
  explanation: (code: string) => `Accounts API de la Betfair a răspuns „${code}”.`,
  whatToDo:
    'Testează din nou peste câteva minute. Dacă se repetă, contactează asistența Betfair pentru dezvoltatori și menționează acest răspuns.',
};

/** Creating the keys (createDeveloperAppKeys). */
export const APP_KEYS_CREATION_TEXT: Messages['APP_KEYS_CREATION_TEXT'] = {
  created: (appName: string) => `Betfair ți-a creat cele două chei de aplicație cu numele „${appName}”.`,
  nameContainsUsername: {
    title: 'Numele conține numele tău de utilizator',
    explanation: 'Betfair refuză un nume de aplicație care conține numele tău de utilizator.',
    whatToDo: 'Alege un nume care să nu conțină numele tău de utilizator, de exemplu „Botul meu de pariuri”.',
  },
  nameInvalid: {
    title: 'Alege un nume pentru chei',
    explanation: 'Numele aplicației trebuie să aibă între 1 și 64 de caractere.',
    whatToDo: 'Scrie un nume scurt, de exemplu „Botul meu de pariuri”.',
  },
  notCreated: {
    title: 'Cheile nu au fost create',
    explanation: 'Accounts API de la Betfair nu a dat un răspuns valid, așa că cheile nu au putut fi create.',
    whatToDo: 'Conectarea în sine este în regulă. Încearcă din nou peste câteva minute.',
  },
};

/** UNEXPECTED_ANSWER details for the Accounts API (the login's own are in faults.ts). */
export const ACCOUNTS_UNEXPECTED: Messages['ACCOUNTS_UNEXPECTED'] = {
  expected: 'un răspuns de la Accounts API',
  tooLarge: 'răspunsul era mult mai mare decât un răspuns de la Accounts API',
  noResult: 'răspunsul nu conținea nici un rezultat, nici o eroare',
  notKeys: 'răspunsul nu lista cheile de aplicație',
  notFunds: 'răspunsul nu conținea fondurile contului',
};
