/**
 * Certificate engine text in Italian: what is wrong with a file (findings) and why making
 * a certificate failed. Each message is one short sentence plus what to do.
 */
import type { Messages } from '../messages.js';

/** Finding code -> message. Keys are the stable codes the UI and CLI see. */
export const FINDING_TEXT: Messages['FINDING_TEXT'] = {
  FILE_NOT_FOUND: (file: string) =>
    `Non esiste nessun file chiamato "${file}". Controlla il nome e la cartella, poi riprova.`,
  IS_FOLDER: (file: string) =>
    `"${file}" è una cartella, non un file. Scegli il file del certificato o della chiave al suo interno.`,
  NOT_A_FILE: (file: string) =>
    `"${file}" non è un file normale. Scegli direttamente il file del certificato o della chiave.`,
  NO_PERMISSION: (file: string) =>
    `Questa app non ha il permesso di leggere "${file}". Dai al tuo account utente l'accesso in lettura, oppure copia il file in una cartella tua.`,
  EMPTY_FILE: (file: string) => `"${file}" è vuoto. Scegli di nuovo il file, oppure crea un nuovo certificato.`,
  FILE_TOO_LARGE: (file: string) =>
    `"${file}" è davvero troppo grande per essere un certificato o una chiave (oltre 1 MB). Controlla di aver scelto il file giusto.`,
  TRUNCATED: (file: string) =>
    `"${file}" si interrompe a metà. Copialo di nuovo per intero da dove l'hai preso, oppure crea un nuovo certificato.`,
  UNREADABLE: (file: string) =>
    `"${file}" non contiene un certificato o una chiave che questa app sappia leggere. Controlla di aver scelto il file giusto.`,
  NOT_A_KEY: (file: string) =>
    `"${file}" contiene una chiave pubblica, che non basta: serve il file della chiave privata (di solito .key).`,
  KEY_ENCRYPTED: (file: string) =>
    `La chiave in "${file}" è protetta da una password. Usa il file della chiave senza password, oppure un file .p12 insieme alla sua password.`,
  P12_PASSWORD_NEEDED: (file: string) =>
    `"${file}" è protetto da una password. Inserisci la password che hai scelto per questo file.`,
  P12_WRONG_PASSWORD: (file: string) =>
    `La password è sbagliata per "${file}": non è quella con cui il file è stato protetto. Il certificato può essere in ordine: scrivi la password di questo file (per un file di un kit per bot, quella scelta quando hai creato il kit).`,
  P12_TOO_MUCH_WORK: (file: string) =>
    `"${file}" richiede una quantità di calcoli esagerata per essere aperto (molto più di qualsiasi vero file .p12), quindi non è stato aperto. Esporta di nuovo il certificato da dove l'hai preso, oppure crea un nuovo certificato.`,
  IS_CSR: (file: string) =>
    `"${file}" è una richiesta di certificato, non il certificato vero e proprio. Usa il file .crt creato a partire da questa richiesta, oppure crea un nuovo certificato.`,
  NO_CERTIFICATE: () =>
    'Hai indicato solo una chiave; manca il certificato che le corrisponde. Aggiungi il file .crt (oppure usa il file .pem o .p12).',
  NO_KEY: () =>
    'Hai indicato solo un certificato; manca la sua chiave privata. Aggiungi il file .key (oppure usa il file .pem o .p12).',
  TOO_MANY_CERTIFICATES: () =>
    'Hai indicato più di un certificato. Indica solo quello che hai caricato su Betfair, con la sua chiave.',
  TOO_MANY_KEYS: () => 'Hai indicato più di una chiave privata. Indica solo la chiave del tuo certificato.',
  KEY_MISMATCH: () =>
    'La chiave non appartiene a questo certificato. Usa il file della chiave creato insieme al certificato, oppure crea un nuovo certificato.',
  NOT_RSA: () =>
    'Questo certificato usa un tipo di chiave (non RSA) che Betfair non accetta. Crea un nuovo certificato con questa app.',
  RSA_SIZE: (bits: number) =>
    `Questa chiave è lunga ${bits} bit; Betfair chiede 2048 bit. Crea un nuovo certificato con questa app.`,
  RSA_1024: () =>
    'Questa chiave è di 1024 bit: Betfair la accetta ancora, ma ora chiede 2048 bit. Valuta di creare un nuovo certificato.',
  EXPIRED: () => 'Questo certificato è scaduto. Creane uno nuovo e caricalo su Betfair.',
  NOT_YET_VALID: () =>
    "La data di inizio di questo certificato è nel futuro, quindi non si può ancora usare. Controlla l'orologio del computer, oppure creane uno nuovo.",
  EXPIRES_SOON: () => 'Questo certificato scade tra meno di 30 giorni. Creane presto uno nuovo e caricalo su Betfair.',
  NO_CLIENT_AUTH: () =>
    'Questo certificato non può essere usato per accedere (non è un certificato client). Creane uno nuovo con questa app.',
};

/** Errors from making a certificate (Result failures). */
export const GENERATE_TEXT: Messages['GENERATE_TEXT'] = {
  invalidDays: (min: number, max: number) => `Il numero di giorni deve essere un numero intero da ${min} a ${max}.`,
  invalidCommonName: () => 'Il nome sul certificato deve essere lungo da 1 a 64 caratteri.',
  invalidField: (label: string) =>
    `Il campo "${label}" può avere al massimo 64 caratteri e non può contenere interruzioni di riga.`,
  fieldLabels: {
    organization: 'organizzazione',
    organizationalUnit: 'reparto',
    state: 'provincia o regione',
    locality: 'città',
  },
  invalidCountry: () => 'Il paese deve essere un codice di due lettere, come IT, GB o AU.',
  invalidEmail: () => "L'indirizzo email non sembra corretto. Lascialo vuoto oppure controllalo.",
  noDir: () => 'Scegli una cartella per i file del certificato.',
  notAFolder: (dir: string) => `"${dir}" è un file, non una cartella. Scegli una cartella per i file del certificato.`,
  dirNotWritable: (dir: string) =>
    `Questa app non può scrivere in "${dir}". Scegli una cartella tra i tuoi file, oppure datti il permesso di scriverci.`,
  diskFull: () => "Il disco è pieno, quindi non è stato possibile salvare i file. Libera un po' di spazio e riprova.",
  filesExist: (names: readonly string[]) =>
    `Questa cartella contiene già dei file del certificato (${names.join(', ')}). I nuovi li sostituiscono solo se lo chiedi tu (i vecchi vengono conservati in una cartella di backup); oppure scegli un'altra cartella.`,
  writeFailed: () => "Non è stato possibile salvare i file del certificato. Riprova, oppure scegli un'altra cartella.",
  keyFailed: () => "Non è stato possibile creare una nuova chiave. Riprova; se non funziona ancora, riavvia l'app.",
};

export const GENERATE_TITLES: Messages['GENERATE_TITLES'] = {
  FILES_EXIST: 'I file del certificato ci sono già',
  INVALID_DAYS: 'Controlla il numero di giorni',
  INVALID_SUBJECT: 'Controlla i dati del certificato',
  DIR_NOT_WRITABLE: 'Impossibile salvare in questa cartella',
};

/** Errors from loading a certificate + key for a login. */
export const CREDENTIAL_TEXT: Messages['CREDENTIAL_TEXT'] = {
  notUsable: () =>
    'Questi file del certificato non si possono usare per accedere. Controllali nel passaggio del certificato.',
  noPaths: () => 'Prima scegli i file del certificato e della chiave.',
  checkFailed: () =>
    'Non è stato possibile controllare questi file. Sceglili di nuovo; se succede ancora, crea un nuovo certificato.',
};
