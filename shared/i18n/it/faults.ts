/**
 * Plain-Italian texts for everything that stops a test login before Betfair gives a proper answer:
 * network and TLS faults, the Danish refusal, the app's own login guard, and certificate-file problems.
 */
import type { FaultDetail } from '../../codes.js';
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

/**
 * The server, as the sentence needs it: Italian joins "di/a/da" with the article ("del server", "al server"),
 * so the helper takes the preposition. A host name goes after the bare preposition ("di identitysso...").
 */
type Prep = '' | 'di' | 'a' | 'da';
const BETFAIR_SERVER: Readonly<Record<Prep, string>> = {
  '': 'il server di login di Betfair',
  di: 'del server di login di Betfair',
  a: 'al server di login di Betfair',
  da: 'dal server di login di Betfair',
};
const theServer = (d: FaultDetail, prep: Prep = ''): string =>
  d.host ? (prep ? `${prep} ${d.host}` : d.host) : BETFAIR_SERVER[prep];
/** The server as the subject that opens a sentence. */
const TheServer = (d: FaultDetail): string => (d.host ? d.host : 'Il server di login di Betfair');
const NOTHING_SENT = 'La tua password non è stata inviata.';
const INTERCEPT =
  'Di solito la causa è un proxy, un antivirus che analizza le connessioni sicure o un firewall aziendale che si mette in mezzo.';

export const FAULT_TEXT: Messages['FAULT_TEXT'] = {
  DNS_NOT_FOUND: {
    title: 'Impossibile trovare il server di login di Betfair',
    meaning: (d) => `Il tuo computer non è riuscito a trovare l'indirizzo ${theServer(d, 'di')}. ${NOTHING_SENT}`,
    whatToDo: () =>
      'Controlla di essere online (apri un sito qualsiasi). Se lo sei, aspetta un minuto e riprova; su una rete aziendale o pubblica, chiedi a chi la gestisce se Betfair è bloccato.',
  },
  CONNECTION_REFUSED: {
    title: 'La connessione è stata rifiutata',
    meaning: (d) => `${TheServer(d)} ha rifiutato la connessione. ${NOTHING_SENT}`,
    whatToDo: () =>
      'Controlla la connessione a internet ed eventuali firewall su questo computer. Potrebbe anche trattarsi di un breve disservizio di Betfair: riprova tra qualche minuto.',
  },
  CONNECTION_RESET: {
    title: 'La connessione si è interrotta',
    meaning: (d) =>
      `La connessione ${theServer(d, 'a')} si è interrotta prima che arrivasse una risposta. Può dipendere da un firewall, un proxy o un antivirus, oppure da una rete instabile.`,
    whatToDo: () =>
      "Riprova. Se succede di nuovo, prova un'altra rete, oppure sospendi la protezione web dell'antivirus durante la prova.",
  },
  TIMEOUT: {
    title: 'Il server non ha risposto in tempo',
    meaning: (d) =>
      `${TheServer(d)} non ha risposto entro ${d.seconds ?? 30} ${d.seconds === 1 ? 'secondo' : 'secondi'}. La rete potrebbe essere lenta o bloccare la connessione.`,
    whatToDo: () => 'Controlla la connessione a internet e riprova tra qualche minuto.',
  },
  SERVER_CERT_UNTRUSTED: {
    title: 'La connessione non è affidabile',
    meaning: (d) =>
      `Il server che ha risposto a nome ${theServer(d, 'di')} non è riuscito a dimostrare di essere Betfair: il suo certificato non viene da un'autorità di cui il tuo computer si fida. ${INTERCEPT} ${NOTHING_SENT}`,
    whatToDo: () =>
      'Disattiva la "scansione HTTPS" (a volte chiamata "web shield" o "ispezione SSL") nell\'antivirus per questa prova, oppure prova da un\'altra rete. Non ignorare questo avviso nemmeno in altri programmi.',
  },
  SERVER_CERT_WRONG_HOST: {
    title: 'La connessione ha raggiunto il server sbagliato',
    meaning: (d) =>
      `Il server che ha risposto ha un certificato per un nome diverso ${theServer(d, 'da')}. ${INTERCEPT} ${NOTHING_SENT}`,
    whatToDo: () =>
      'Disattiva la "scansione HTTPS" nell\'antivirus per questa prova, oppure prova da un\'altra rete. Se usi un file hosts o un DNS personalizzato, controllalo.',
  },
  CLIENT_CERT_REJECTED: {
    title: 'Il tuo certificato è stato rifiutato durante la connessione',
    meaning: (d) =>
      `Il server ha rifiutato il tuo certificato mentre stabiliva la connessione sicura${d.tlsAlert ? ` (ha risposto "${d.tlsAlert}")` : ''}, quindi non è stato possibile verificare il login.`,
    whatToDo: () =>
      'Controlla il certificato con "bot-login inspect" (deve essere un certificato RSA per uso client, non scaduto, con la sua chiave corrispondente). Nel dubbio, creane uno nuovo, caricalo sul tuo conto Betfair e riprova.',
  },
  PROXY: {
    title: "Forse di mezzo c'è un proxy",
    meaning: (d) =>
      `Questo computer è impostato per usare un proxy${d.proxy ? ` (${d.proxy})` : ''}, ma questa app si collega a Betfair direttamente e la connessione diretta non è riuscita${d.cause ? `: ${d.cause}` : ''}.`,
    whatToDo: () =>
      "Prova da una rete che consente connessioni dirette, oppure chiedi a chi gestisce la rete di consentire l'accesso diretto ai server di login di Betfair (porta 443).",
  },
  UNEXPECTED_ANSWER: {
    title: 'Risposta inattesa dal server',
    meaning: (d) => {
      const parts = [d.httpStatus !== undefined ? `stato HTTP ${d.httpStatus}` : '', d.reason ?? ''].filter((p) => p);
      return `Il server ha risposto, ma non con ${d.expected ?? 'una risposta di login'}${parts.length ? ` (${parts.join(': ')})` : ''}.`;
    },
    whatToDo: () =>
      'Betfair potrebbe avere un problema: aspetta qualche minuto e riprova. Su una rete aziendale potrebbe essere un proxy a rispondere al posto di Betfair.',
  },
  BOT_LOGIN_NOT_AVAILABLE: {
    title: 'Il login del bot non è disponibile in Danimarca',
    meaning: () =>
      'Betfair non offre il login con certificato (bot) ai residenti in Danimarca: i conti danesi devono usare il login interattivo. Non è stata inviata nessuna richiesta.',
    whatToDo: () =>
      'Nella tua app usa invece il login interattivo di Betfair. Se non vivi in Danimarca, scegli il paese in cui hai aperto il tuo conto Betfair.',
  },
  GUARD_RATE_LIMITED: {
    title: 'Troppe prove in un minuto',
    meaning: (d) =>
      `Per tenere il tuo conto ben lontano dai limiti di login di Betfair, questa app invia al massimo ${d.limit ?? 5} login di prova al minuto. Non è stato inviato nulla.`,
    whatToDo: (d) => `Aspetta ${d.secondsLeft ?? 60} ${d.secondsLeft === 1 ? 'secondo' : 'secondi'}, poi riprova.`,
  },
  GUARD_BANNED: {
    title: 'In pausa: Betfair ha bloccato i login per 20 minuti',
    meaning: () =>
      'Betfair ha risposto che sono stati fatti troppi login, e per 20 minuti rifiuta quelli nuovi. Fino ad allora questa app non invia nessun login di prova. Non è stato inviato nulla.',
    whatToDo: (d) =>
      `Aspetta ancora circa ${d.minutesLeft ?? 20} ${d.minutesLeft === 1 ? 'minuto' : 'minuti'}, e assicurati che nel frattempo nessun bot acceda con questo conto.`,
  },
  GUARD_PASSWORD_CHECK: {
    title: 'Due password sbagliate di fila: prima controllala',
    meaning: () =>
      'Betfair non ha accettato nome utente e password per due volte di fila, e altri tentativi sbagliati possono bloccare il conto. Questa volta non è stato inviato nulla.',
    whatToDo: (d) =>
      `Accedi al sito di Betfair dal browser per controllare nome utente e password (o reimposta la password). Poi aspetta ${d.secondsLeft ?? 30} ${d.secondsLeft === 1 ? 'secondo' : 'secondi'} e riprova; nell'app premi "L'ho controllata, riprova".`,
  },
  GUARD_BUSY: {
    title: 'Un altro login di prova è in corso',
    meaning: () =>
      "Un'altra copia di questa app o di bot-login stava aggiornando da troppo tempo il registro dei login di prova recenti, quindi questa prova è stata trattenuta. Non è stato inviato nulla.",
    whatToDo: () => 'Riprova tra qualche secondo.',
  },
  NETWORK_ERROR: {
    title: 'Impossibile raggiungere Betfair',
    meaning: (d) => `La connessione ${theServer(d, 'a')} non è riuscita.`,
    whatToDo: () => 'Controlla la connessione a internet e riprova tra qualche minuto.',
  },
  TLS_ERROR: {
    title: 'La connessione sicura non è riuscita',
    meaning: (d) => `Non è stato possibile stabilire la connessione sicura ${theServer(d, 'a')}. ${INTERCEPT}`,
    whatToDo: () => "Riprova da un'altra rete, oppure disattiva la scansione HTTPS dell'antivirus per la prova.",
  },
  CERTIFICATE_PROBLEM: {
    title: 'Non è stato possibile usare i file del certificato',
    meaning: () =>
      'Non è stato possibile leggere i file del certificato o della chiave per il login, oppure non corrispondono tra loro.',
    whatToDo: () => 'Controlla i file con "bot-login inspect", oppure crea un nuovo certificato, caricalo e riprova.',
  },
  DATA_DIR_UNWRITABLE: {
    title: 'Non è stato possibile salvare il contatore dei login',
    meaning: () =>
      'Questa app tiene un piccolo registro dei login di prova recenti per non superare mai i limiti di Betfair, e non è riuscita a salvarlo. Non è stato inviato nulla.',
    whatToDo: () =>
      "Controlla che l'app possa scrivere nella sua cartella dei dati (spazio libero su disco, permessi), poi riprova.",
  },
  DATA_DIR_SHARED: {
    title: 'La cartella dei dati non è solo tua',
    meaning: () =>
      `La cartella indicata in ${ENV.dataDir} appartiene a un altro utente, oppure chiunque su questo computer può cambiarne il contenuto: l'app non vi tiene nulla e non ha provato l'accesso. Non è stato inviato nulla e la cartella è rimasta com'era.`,
    whatToDo: () =>
      `Imposta ${ENV.dataDir} su una cartella in cui puoi scrivere solo tu (o togli l'impostazione), poi riprova.`,
  },
  TEST_ENDPOINT_INVALID: {
    title: "L'impostazione del server di test non è utilizzabile",
    meaning: () =>
      `${ENV.ssoOrigin} deve essere un indirizzo https (come https://127.0.0.1:8443), e ${ENV.ssoCa} un file di certificato PEM leggibile che vada con esso (è considerato affidabile solo per quell'indirizzo di test, quindi da solo non fa nulla).`,
    whatToDo: () => 'Correggi o rimuovi queste impostazioni (servono solo per i test), poi riprova.',
  },
  APP_KEY_INVALID: {
    title: 'Controlla la chiave applicazione',
    meaning: () =>
      "Una chiave applicazione è fatta di lettere e cifre (ed eventualmente '-' o '_'), senza spazi, a capo, lettere accentate o altri simboli, ed è lunga al massimo 256 caratteri. Non è stato inviato nulla.",
    whatToDo: () =>
      'Copia di nuovo la chiave dalla pagina del conto Betfair che elenca le tue chiavi applicazione (la colonna "Application Key"), oppure lascia il campo vuoto.',
  },
  TEST_ENDPOINT_NOT_LOCAL: {
    title: 'Il server di test deve essere su questo computer',
    meaning: () =>
      `${ENV.ssoOrigin} manda il login di prova a un computer diverso da questo (sono ammessi solo 127.0.0.1, ::1 o localhost), quindi il login è stato rifiutato prima di leggere la password o di inviare qualsiasi cosa.`,
    whatToDo: () =>
      `Rimuovi ${ENV.ssoOrigin} e ${ENV.ssoCa} dall'ambiente (servono solo per i test). Se non li hai impostati tu, l'ha fatto qualcos'altro su questo computer: scopri cosa.`,
  },
  LOGIN_FAILED_UNEXPECTEDLY: {
    title: 'Il login di prova si è interrotto inaspettatamente',
    meaning: () => 'Qualcosa di imprevisto è andato storto in questa app durante il login di prova.',
    whatToDo: () => "Riprova. Se succede ancora, riavvia l'app; se non basta, segnala il problema.",
  },
  INPUT_MISSING: {
    title: 'Manca qualcosa',
    meaning: () => 'Per un login di prova servono sia il nome utente sia la password.',
    whatToDo: () => 'Compila il campo mancante e riprova.',
  },
};

/** Words for UNEXPECTED_ANSWER's `reason`. */
export const UNEXPECTED_REASONS: Messages['UNEXPECTED_REASONS'] = {
  notJson: 'la risposta non era nel formato previsto',
  empty: 'la risposta era vuota',
  tooLarge: 'la risposta era molto più grande di una risposta di login',
  noStatus: "nella risposta non c'era nessuno stato del login",
  oddStatus: 'lo stato del login nella risposta non è uno di quelli usati da Betfair',
  oddToken: 'il token di sessione nella risposta conteneva caratteri che nessun token di sessione ha',
  httpError: 'il server ha segnalato un errore',
};

/** Words for a PROXY fault's `cause`. */
export const PROXY_CAUSES: Messages['PROXY_CAUSES'] = {
  DNS_NOT_FOUND: 'non è stato possibile trovare il nome del server',
  CONNECTION_REFUSED: 'la connessione è stata rifiutata',
  CONNECTION_RESET: 'la connessione si è interrotta',
  TIMEOUT: 'non è arrivata nessuna risposta in tempo',
};

/** Titles for a fault code nobody has words for yet. */
export const UNKNOWN_FAULT_TEXT: Messages['UNKNOWN_FAULT_TEXT'] = {
  title: 'Non è stato possibile completare il login di prova',
  meaning: (code: string): string => `Qualcosa è andato storto prima che Betfair potesse rispondere (codice ${code}).`,
  whatToDo: 'Riprova tra qualche minuto. Se succede ancora, segnala il codice mostrato qui.',
};

/** Titles for the certificate-file errors of the certificate engine (its message says what happened). */
/** What to do when a .p12 file's password is missing or wrong: that file's password, nothing else. */
export const CREDENTIAL_PASSWORD_WHAT_TO_DO: Messages['CREDENTIAL_PASSWORD_WHAT_TO_DO'] =
  'Scrivi di nuovo la password di quel file .p12, esattamente come è stata scelta (per un file di un kit per bot, quella scelta quando hai creato il kit). Per questo non serve creare di nuovo il certificato.';

export const CREDENTIAL_FAULT_TITLES: Messages['CREDENTIAL_FAULT_TITLES'] = {
  FILE_NOT_FOUND: 'Manca un file del certificato',
  P12_PASSWORD_NEEDED: 'Il file .p12 richiede la sua password',
  P12_WRONG_PASSWORD: 'Password errata per il file .p12',
  P12_TOO_MUCH_WORK: 'Il file .p12 richiede troppi calcoli per essere aperto',
  KEY_MISMATCH: 'La chiave non appartiene al certificato',
  EXPIRED: 'Il certificato è scaduto',
  NOT_YET_VALID: 'Il certificato non è ancora valido',
  NO_KEY: 'Nessuna chiave privata trovata',
  NO_CERTIFICATE: 'Nessun certificato trovato',
  KEY_ENCRYPTED: 'La chiave privata è protetta da password',
  NO_PERMISSION: 'Non è stato possibile aprire un file del certificato',
  UNREADABLE: 'Non è stato possibile leggere un file del certificato',
  NO_CLIENT_AUTH: 'Il certificato non è adatto al login',
};
