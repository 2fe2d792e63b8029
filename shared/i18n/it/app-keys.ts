/**
 * Plain-Italian texts for the application-key part of "Test my login": what became of the key given (the
 * AppKeyCheck statuses), every Accounts API error a user can meet, and creating keys.
 */
import type { Messages } from '../messages.js';

/** The two keys, in two sentences (shown where the wizard offers to create them, and in the CLI's help). */
export const KEY_KINDS_TEXT: Messages['KEY_KINDS_TEXT'] = {
  delayed:
    "La chiave ritardata è gratuita e funziona subito: usala per le prove e per leggere le quote, che arrivano con un po' di ritardo; con questa chiave non si possono piazzare scommesse.",
  live: 'La chiave live è quella che serve a un bot per scommettere; Betfair la attiva quando ne fai richiesta sul sito per sviluppatori.',
};

/** How one key is described in a list (the CLI's text output, and the UI's labels). Feminine: "chiave". */
export const KEY_LABELS: Messages['KEY_LABELS'] = {
  delayed: 'ritardata',
  live: 'live',
  active: 'attiva',
  inactive: 'non ancora attiva',
};

const LOGIN_WORKS = 'Il certificato, il nome utente e la password funzionano.';
const FIX_KEY_FIRST =
  'Finché la chiave non sarà corretta, Betfair rifiuterà il tuo bot alla sua prima chiamata con INVALID_APP_KEY.';
const USE_LISTED = 'Usa una delle tue chiavi elencate qui sotto (le ha trovate la procedura guidata), poi riprova.';
const CREATE_KEYS = 'Il tuo conto non ha ancora chiavi applicazione: la procedura guidata può crearle per te.';
const APPLY_LIVE =
  "Per scommettere, usa la chiave live; se non è ancora attiva, chiedine l'attivazione sul sito per sviluppatori di Betfair.";
const RETRY_OR_DEVELOPER_SUPPORT = "Riprova. Se succede ancora, contatta l'assistenza sviluppatori di Betfair.";
const OWN_KEY_NOT_VENDOR = 'Usa la tua chiave applicazione invece di quella di un fornitore di software.';
const ANOTHER_NAME = 'Scegli un altro nome, per esempio aggiungendo una parola o un numero, e riprova.';

/** What became of the key given, per status (and, for valid, per kind of key). */
export const APP_KEY_CHECK_TEXT: Messages['APP_KEY_CHECK_TEXT'] = {
  validDelayed: {
    title: 'Il tuo login funziona; con la chiave ritardata non si scommette',
    explanation: `${LOGIN_WORKS} Betfair ha accettato la tua chiave applicazione: è la tua chiave ritardata, quindi il tuo bot può leggere le quote (con un po' di ritardo) ma non può piazzare scommesse.`,
    whatToDo: `Va bene per le prove e per leggere le quote. ${APPLY_LIVE}`,
  },
  validLive: {
    title: 'Il login del tuo bot funziona',
    explanation: `${LOGIN_WORKS} Betfair ha accettato la tua chiave applicazione: è la tua chiave live, ed è attiva.`,
    whatToDo:
      "Qui non c'è altro da fare. Il tuo bot può accedere e scommettere con gli stessi file del certificato, la stessa chiave e lo stesso nome utente.",
  },
  validLiveInactive: {
    title: 'Il tuo login funziona; la chiave live non è ancora attiva',
    explanation: `${LOGIN_WORKS} Betfair ha accettato la tua chiave applicazione: è la tua chiave live, ma Betfair non l'ha ancora attivata, quindi le scommesse verranno rifiutate finché non lo farà.`,
    whatToDo:
      "Chiedi l'attivazione della chiave live sul sito per sviluppatori di Betfair. Nel frattempo, usa la chiave ritardata per le prove e per leggere le quote.",
  },
  validUnlisted: {
    title: 'Il tuo login funziona e Betfair ha accettato la tua chiave applicazione',
    explanation: `${LOGIN_WORKS} Betfair ha accettato la tua chiave applicazione.`,
    whatToDo:
      "Qui non c'è altro da fare. Il tuo bot può accedere con gli stessi file del certificato, la stessa chiave e lo stesso nome utente.",
  },
  notYours: {
    title: 'Il login funziona, ma questa chiave applicazione non è tua',
    explanation: `${LOGIN_WORKS} La chiave applicazione che hai scritto non è una delle chiavi del tuo conto. ${FIX_KEY_FIRST}`,
    whatToDo: `Controlla di averla scritta bene. ${USE_LISTED}`,
  },
  notYoursNoKeys: {
    title: 'Il login funziona, ma questa chiave applicazione non è tua',
    explanation: `${LOGIN_WORKS} La chiave applicazione che hai scritto non è una delle chiavi del tuo conto: il tuo conto non ne ha ancora nessuna. ${FIX_KEY_FIRST}`,
    whatToDo: `${CREATE_KEYS} Poi usane una e riprova.`,
  },
  refused: {
    title: 'Il login funziona, ma Betfair rifiuta questa chiave applicazione',
    explanation: `${LOGIN_WORKS} Betfair ha rifiutato la chiave applicazione che hai scritto. ${FIX_KEY_FIRST}`,
    whatToDo: `Controlla di averla scritta bene (la chiave non contiene spazi). ${USE_LISTED}`,
  },
  refusedInactiveLive: {
    title: 'Il login funziona, ma la tua chiave live non è ancora attiva',
    explanation: `${LOGIN_WORKS} La chiave che hai scritto è la tua chiave live, e Betfair l'ha rifiutata: non è ancora stata attivata.`,
    whatToDo:
      "Per ora usa la chiave ritardata (elencata qui sotto), e chiedi l'attivazione della chiave live sul sito per sviluppatori di Betfair.",
  },
  notGivenWithKeys: {
    title: 'Il tuo login funziona: ora scegli la tua chiave applicazione',
    explanation: `${LOGIN_WORKS} Hai lasciato vuota la chiave applicazione, quindi la procedura guidata ha cercato le chiavi del tuo conto: sono elencate qui sotto.`,
    whatToDo:
      'Scegline una per il tuo bot (la chiave ritardata per le prove e per leggere le quote, quella live per scommettere) e riprova con quella, così potrà essere controllata.',
  },
  notGivenNoKeys: {
    title: 'Il tuo login funziona: il tuo conto non ha ancora una chiave applicazione',
    explanation: `${LOGIN_WORKS} A un bot serve anche una chiave applicazione, e il tuo conto non ne ha ancora nessuna.`,
    whatToDo:
      'Lascia che la procedura guidata crei le tue chiavi (una ritardata e una live), poi riprova con una delle due.',
  },
  notGivenNotListed: {
    title: 'Il tuo login funziona',
    explanation: `${LOGIN_WORKS} Hai lasciato vuota la chiave applicazione, e questa volta la procedura guidata non è riuscita a cercare le tue chiavi.`,
    whatToDo: 'Scrivi la tua chiave applicazione e riprova per farla controllare.',
  },
  notChecked: {
    title: 'Il tuo login funziona, ma non è stato possibile controllare la chiave applicazione',
    explanation: `${LOGIN_WORKS} L'Accounts API di Betfair non ha dato una risposta valida, quindi la chiave non è stata controllata.`,
    whatToDo: 'Il login in sé funziona. Riprova tra qualche minuto per far controllare la chiave.',
  },
};

/** Every AccountAPINGException errorCode, in plain words. Most cannot happen to a wizard user but are named anyway. */
export const ACCOUNTS_ERROR_TEXT: Messages['ACCOUNTS_ERROR_TEXT'] = {
  INVALID_INPUT_DATA: {
    title: 'Betfair non ha accettato la richiesta',
    explanation: 'Betfair ha detto che la richiesta conteneva dati non validi (INVALID_INPUT_DATA).',
    whatToDo: "Se hai scritto un nome per l'applicazione, provane uno più semplice, solo con lettere, cifre e spazi.",
  },
  INVALID_SESSION_INFORMATION: {
    title: 'Betfair non ha riconosciuto la sessione',
    explanation: 'Betfair non ha accettato la sessione appena aperta dal login (INVALID_SESSION_INFORMATION).',
    whatToDo: RETRY_OR_DEVELOPER_SUPPORT,
  },
  UNEXPECTED_ERROR: {
    title: 'Betfair ha avuto un errore imprevisto',
    explanation:
      "Betfair ha risposto UNEXPECTED_ERROR. Quando si creano le chiavi, Betfair dà questa risposta se il nome dell'applicazione contiene il tuo nome utente.",
    whatToDo: "Scegli un nome per l'applicazione che non contenga il tuo nome utente e riprova.",
  },
  INVALID_APP_KEY: {
    title: 'Chiave applicazione rifiutata',
    explanation: 'Betfair non riconosce questa chiave applicazione (INVALID_APP_KEY).',
    whatToDo: 'Controlla di averla scritta bene, oppure usa una delle tue chiavi.',
  },
  SERVICE_BUSY: {
    title: 'Betfair è occupato',
    explanation:
      "L'Accounts API di Betfair ha detto di essere troppo occupata per rispondere in questo momento (SERVICE_BUSY).",
    whatToDo: 'Riprova tra qualche minuto.',
  },
  TIMEOUT_ERROR: {
    title: 'Betfair ci ha messo troppo',
    explanation: "L'Accounts API di Betfair ci ha messo troppo a elaborare la richiesta (TIMEOUT_ERROR).",
    whatToDo: 'Riprova tra qualche minuto.',
  },
  DUPLICATE_APP_NAME: {
    title: "Nome dell'applicazione già in uso",
    explanation:
      'I nomi delle applicazioni devono essere unici su tutto Betfair, e questo è già usato (DUPLICATE_APP_NAME).',
    whatToDo: ANOTHER_NAME,
  },
  APP_KEY_CREATION_FAILED: {
    title: 'Non è stato possibile creare le chiavi',
    explanation:
      "Betfair non ha creato le chiavi (APP_KEY_CREATION_FAILED). È la sua risposta quando il nome dell'applicazione esiste già.",
    whatToDo: ANOTHER_NAME,
  },
  APP_CREATION_FAILED: {
    title: "Non è stato possibile creare l'applicazione",
    explanation: "Betfair non è riuscito a creare l'applicazione (APP_CREATION_FAILED).",
    whatToDo:
      "Riprova con un altro nome tra qualche minuto. Se succede ancora, contatta l'assistenza sviluppatori di Betfair.",
  },
  NO_SESSION: {
    title: 'Nessuna sessione',
    explanation: 'Betfair ha detto che non è stata indicata nessuna sessione (NO_SESSION).',
    whatToDo: RETRY_OR_DEVELOPER_SUPPORT,
  },
  NO_APP_KEY: {
    title: 'Nessuna chiave applicazione',
    explanation: 'Betfair ha detto che non è stata inviata nessuna chiave applicazione (NO_APP_KEY).',
    whatToDo: 'Scrivi la tua chiave applicazione, oppure usa una delle tue chiavi elencate qui sotto.',
  },
  SUBSCRIPTION_EXPIRED: {
    title: 'Abbonamento scaduto',
    explanation: "Betfair ha detto che l'abbonamento dell'applicazione è scaduto (SUBSCRIPTION_EXPIRED).",
    whatToDo:
      "Usa la tua chiave applicazione invece di quella di un fornitore di software, oppure rinnova l'abbonamento con il fornitore.",
  },
  INVALID_SUBSCRIPTION_TOKEN: {
    title: 'Abbonamento non valido',
    explanation: "Betfair ha detto che il token dell'abbonamento non è valido (INVALID_SUBSCRIPTION_TOKEN).",
    whatToDo: OWN_KEY_NOT_VENDOR,
  },
  TOO_MANY_REQUESTS: {
    title: 'Troppe richieste',
    explanation: 'Betfair ha detto che sono arrivate troppe richieste in poco tempo (TOO_MANY_REQUESTS).',
    whatToDo: 'Aspetta qualche minuto prima di riprovare.',
  },
  INVALID_CLIENT_REF: {
    title: 'Betfair non ha accettato la richiesta',
    explanation: 'Betfair ha detto che un riferimento del client non era valido (INVALID_CLIENT_REF).',
    whatToDo: RETRY_OR_DEVELOPER_SUPPORT,
  },
  WALLET_TRANSFER_ERROR: {
    title: 'Problema con il portafoglio',
    explanation: 'Betfair ha segnalato un problema con il portafoglio (WALLET_TRANSFER_ERROR).',
    whatToDo: 'Controlla il tuo conto sul sito Betfair, poi riprova.',
  },
  INVALID_VENDOR_CLIENT_ID: {
    title: 'Betfair non ha accettato la richiesta',
    explanation: "Betfair ha detto che l'ID client del fornitore non è valido (INVALID_VENDOR_CLIENT_ID).",
    whatToDo: OWN_KEY_NOT_VENDOR,
  },
  USER_NOT_SUBSCRIBED: {
    title: 'Non abbonato',
    explanation: 'Betfair ha detto che il tuo conto non è abbonato a questa applicazione (USER_NOT_SUBSCRIBED).',
    whatToDo: OWN_KEY_NOT_VENDOR,
  },
  INVALID_SECRET: {
    title: 'Betfair non ha accettato la richiesta',
    explanation: 'Betfair ha detto che un codice segreto non era valido (INVALID_SECRET).',
    whatToDo: RETRY_OR_DEVELOPER_SUPPORT,
  },
  INVALID_AUTH_CODE: {
    title: 'Betfair non ha accettato la richiesta',
    explanation: 'Betfair ha detto che un codice di autorizzazione non era valido (INVALID_AUTH_CODE).',
    whatToDo: RETRY_OR_DEVELOPER_SUPPORT,
  },
  INVALID_GRANT_TYPE: {
    title: 'Betfair non ha accettato la richiesta',
    explanation: 'Betfair ha detto che il tipo di autorizzazione (grant type) non era valido (INVALID_GRANT_TYPE).',
    whatToDo: RETRY_OR_DEVELOPER_SUPPORT,
  },
  CUSTOMER_ACCOUNT_CLOSED: {
    title: 'Conto chiuso',
    explanation: 'Betfair ha detto che questo conto è chiuso (CUSTOMER_ACCOUNT_CLOSED).',
    whatToDo: "Contatta l'assistenza clienti di Betfair.",
  },
};

/** An errorCode this app does not know (a future Betfair code): shown as it came. */
export const UNKNOWN_ACCOUNTS_ERROR_TEXT: Messages['UNKNOWN_ACCOUNTS_ERROR_TEXT'] = {
  title: 'Betfair ha dato una risposta che questa app non conosce',
  explanation: (code: string) => `L'Accounts API di Betfair ha risposto "${code}".`,
  whatToDo:
    "Riprova tra qualche minuto. Se succede ancora, contatta l'assistenza sviluppatori di Betfair e riporta quella risposta.",
};

/** Creating the keys (createDeveloperAppKeys). */
export const APP_KEYS_CREATION_TEXT: Messages['APP_KEYS_CREATION_TEXT'] = {
  created: (appName: string) => `Betfair ha creato le tue due chiavi applicazione con il nome "${appName}".`,
  nameContainsUsername: {
    title: 'Il nome contiene il tuo nome utente',
    explanation: "Betfair rifiuta un nome dell'applicazione che contiene il tuo nome utente.",
    whatToDo: 'Scegli un nome che non contenga il tuo nome utente, per esempio "Il mio bot di scommesse".',
  },
  nameInvalid: {
    title: 'Scegli un nome per le tue chiavi',
    explanation: "Il nome dell'applicazione deve essere lungo da 1 a 64 caratteri.",
    whatToDo: 'Scrivi un nome breve, per esempio "Il mio bot di scommesse".',
  },
  notCreated: {
    title: 'Le tue chiavi non sono state create',
    explanation:
      "L'Accounts API di Betfair non ha dato una risposta valida, quindi non è stato possibile creare le chiavi.",
    whatToDo: 'Il login in sé funziona. Riprova tra qualche minuto.',
  },
};

/** UNEXPECTED_ANSWER details for the Accounts API (the login's own are in faults.ts). */
export const ACCOUNTS_UNEXPECTED: Messages['ACCOUNTS_UNEXPECTED'] = {
  expected: "una risposta dell'Accounts API",
  tooLarge: "la risposta era molto più grande di una risposta dell'Accounts API",
  noResult: "nella risposta non c'erano né un risultato né un errore",
  notKeys: 'la risposta non elencava chiavi applicazione',
  notFunds: "nella risposta non c'erano i fondi del conto",
};
