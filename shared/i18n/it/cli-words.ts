/** Le parole proprie della CLI, dove quelle dell'app parlano della sua finestra (vedi shared/i18n/en/cli-words.ts). */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

const LOGIN_WORKS = 'Il certificato, il nome utente e la password funzionano.';
const FIX_KEY_FIRST =
  'Finché la chiave non sarà corretta, Betfair rifiuterà il tuo bot alla sua prima chiamata con INVALID_APP_KEY.';
const USE_LISTED = 'Scegli una delle tue chiavi elencate qui sotto ed esegui di nuovo il comando con --app-key KEY.';
const CREATE_KEYS =
  'Esegui di nuovo il comando con --create-app-keys NAME per creare le tue chiavi (una ritardata, una live), poi con --app-key KEY e una delle due.';
const NEW_CERTIFICATE = 'Crea un nuovo certificato con "bot-login generate".';
const OTHER_SITE =
  'Carica il certificato sul sito dove hai aperto il conto (per la maggior parte delle persone è betfair.com), poi esegui di nuovo il comando con quella --jurisdiction (betfair.com è international).';

export const CLI_KEY_CHECK_TEXT: Messages['CLI_KEY_CHECK_TEXT'] = {
  notYours: {
    explanation: `${LOGIN_WORKS} La chiave indicata con --app-key non è una delle chiavi del tuo conto. ${FIX_KEY_FIRST}`,
    whatToDo: `Controlla che non ci siano errori di battitura. ${USE_LISTED}`,
  },
  notYoursNoKeys: {
    explanation: `${LOGIN_WORKS} La chiave indicata con --app-key non è una delle chiavi del tuo conto: il tuo conto non ne ha ancora. ${FIX_KEY_FIRST}`,
    whatToDo: CREATE_KEYS,
  },
  refused: {
    explanation: `${LOGIN_WORKS} Betfair ha rifiutato la chiave indicata con --app-key. ${FIX_KEY_FIRST}`,
    whatToDo: `Controlla che non ci siano errori di battitura (la chiave non ha spazi). ${USE_LISTED}`,
  },
  refusedInactiveLive: {
    explanation: `${LOGIN_WORKS} La chiave indicata con --app-key è la tua chiave live, e Betfair l'ha rifiutata: non è ancora stata attivata.`,
    whatToDo:
      "Per ora indica con --app-key la tua chiave ritardata (elencata qui sotto), e chiedi l'attivazione della chiave live sul sito per sviluppatori di Betfair.",
  },
  notGivenWithKeys: {
    explanation: `${LOGIN_WORKS} Non hai indicato --app-key, quindi la prova ha cercato le chiavi del tuo conto: sono elencate qui sotto.`,
    whatToDo:
      'Scegline una per il tuo bot (la chiave ritardata per le prove e per leggere le quote, quella live per scommettere) ed esegui di nuovo il comando con --app-key KEY, così potrà essere controllata.',
  },
  notGivenNoKeys: {
    whatToDo: CREATE_KEYS,
  },
  notGivenNotListed: {
    explanation: `${LOGIN_WORKS} Non hai indicato --app-key, e questa volta non è stato possibile cercare le tue chiavi.`,
    whatToDo: 'Esegui di nuovo il comando con --app-key KEY per far controllare la tua chiave.',
  },
  notChecked: {
    whatToDo: 'Il login in sé funziona. Esegui di nuovo il comando tra qualche minuto per far controllare la chiave.',
  },
};

export const CLI_STATUS_TEXT: Messages['CLI_STATUS_TEXT'] = {
  SPAIN_MIGRATION_REQUIRED:
    'Accedi a betfair.es nel browser e segui lì i passaggi per trasferire il tuo conto. Poi carica il certificato su betfair.es ed esegui di nuovo il comando con --jurisdiction es.',
  CERT_AUTH_REQUIRED: (c) =>
    `Apri la pagina di sicurezza su ${c.site}, cerca la sezione "Automated Betting Program Access" (accesso dei programmi di scommesse automatiche) e controlla che il certificato elencato lì sia quello che stai provando (confronta il nome e la data di scadenza). Se non lo è, carica lì il tuo file .crt. Il caricamento e la prova devono usare lo stesso sito Betfair, quindi controlla la --jurisdiction che hai indicato. Poi esegui di nuovo il comando.`,
  EMAIL_LOGIN_NOT_ALLOWED: (c) =>
    `Indica invece il tuo nome utente Betfair con --username. Se non lo conosci, accedi a ${c.site} e cercalo nei dati del tuo conto.`,
  TEMPORARY_BAN_TOO_MANY_REQUESTS:
    'Aspetta 20 minuti: bot-login non invierà un altro login di prova prima di allora. Nel frattempo assicurati che nessun bot o script continui ad accedere con questo conto.',
  AUTHORIZED_ONLY_FOR_DOMAIN_RO: (c) =>
    c.jurisdiction === 'ro'
      ? OTHER_SITE
      : 'Betfair dice che questo conto appartiene a Betfair Romania. Carica il certificato su betfair.ro, poi esegui di nuovo il comando con --jurisdiction ro.',
  AUTHORIZED_ONLY_FOR_DOMAIN_SE: (c) =>
    c.jurisdiction === 'se'
      ? OTHER_SITE
      : 'Betfair dice che questo conto appartiene a Betfair Svezia. Carica il certificato su betfair.se, poi esegui di nuovo il comando con --jurisdiction se.',
};

export const CLI_FAULT_TEXT: Messages['CLI_FAULT_TEXT'] = {
  BOT_LOGIN_NOT_AVAILABLE:
    'Fai usare al tuo bot il login interattivo di Betfair. Se non vivi in Danimarca, esegui di nuovo il comando con --jurisdiction impostata sul paese dove hai aperto il tuo conto Betfair.',
  APP_KEY_INVALID:
    'Copia di nuovo la chiave dalla pagina del conto Betfair che elenca le tue chiavi applicazione (la colonna "Application Key"), oppure togli --app-key.',
  DATA_DIR_UNWRITABLE: `Controlla di poter scrivere nella cartella dei dati (spazio libero su disco, permessi), oppure imposta ${ENV.dataDir} su una tua cartella, poi esegui di nuovo il comando.`,
  LOGIN_FAILED_UNEXPECTEDLY: 'Esegui di nuovo il comando. Se succede ancora, segnalalo.',
  INPUT_MISSING: `Indica il tuo nome utente con --username e la password in ${ENV.password} (oppure scrivila quando ti viene chiesta, in un terminale), poi esegui di nuovo il comando.`,
};

export const CLI_CERTIFICATE_TEXT: Messages['CLI_CERTIFICATE_TEXT'] = {
  p12PasswordNeeded: (file: string) => `"${file}" è protetto da una password.`,
  notRsa: `Questo certificato usa un tipo di chiave (non RSA) che Betfair non accetta. ${NEW_CERTIFICATE}`,
  rsaSize: (bits: number) => `Questa chiave è lunga ${bits} bit; Betfair chiede 2048 bit. ${NEW_CERTIFICATE}`,
  noClientAuth: `Questo certificato non può essere usato per accedere (non è un certificato client). ${NEW_CERTIFICATE}`,
  notUsable:
    'Questi file del certificato non si possono usare per accedere. Controllali con "bot-login inspect FILE...".',
  keyFailed:
    'Non è stato possibile creare una nuova chiave. Esegui di nuovo il comando; se non riesce ancora, segnalalo.',
  invalidEmail: "L'indirizzo email non sembra corretto. Controllalo, oppure togli --email.",
};
