/**
 * What a certificate check found wrong with a file, in words (it): one short sentence plus what to do. In the results
 * part: the window loads it with the certificate step, the CLI has it from the start.
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
