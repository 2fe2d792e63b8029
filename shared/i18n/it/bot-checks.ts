/**
 * Plain-Italian texts for the two checks "Test my login" runs on the test session after the key check: streaming
 * (Exchange Stream API) and keeping the session alive (keepAlive).
 */
import type { Messages } from '../messages.js';

const SUPPORT = "l'assistenza sviluppatori di Betfair (support.developer.betfair.com)";
const RETRY =
  'Riprova tra un minuto; se succede ancora, guarda la pagina sullo stato delle API di Betfair (status.developer.betfair.com).';

export const STREAM_CHECK_TEXT: Messages['STREAM_CHECK_TEXT'] = {
  allowed: {
    title: 'La tua chiave può usare lo streaming',
    meaning:
      "L'Exchange Stream API ha accettato la tua chiave applicazione e la sessione di prova: il tuo bot può ricevere quote e ordini man mano che cambiano.",
    whatToDo: 'Qui non devi fare nulla.',
  },
  skipped: {
    title: 'Non verificato questa volta',
    meaning:
      "Questa prova ha saltato la verifica dell'Exchange Stream API (--no-stream), quindi non si sa se la tua chiave può usare lo streaming.",
    whatToDo: 'Ripeti la prova senza --no-stream per saperlo.',
  },
  notChecked: {
    title: 'Streaming non verificato',
    meaning:
      'Lo streaming si prova solo con una chiave applicazione che ha superato la verifica, e solo se non hai chiesto di saltarlo.',
    whatToDo: 'Sistema prima la chiave applicazione (vedi sopra), poi riprova per sapere se può fare streaming.',
  },
  NOT_AUTHORIZED: {
    title: 'La tua chiave non può ancora fare streaming',
    meaning:
      "Betfair ha risposto NOT_AUTHORIZED: la tua chiave applicazione va bene per il login e per scommettere, ma non è abilitata all'Exchange Stream API. I bot che leggono le quote in streaming (betfairlightweight, flumine e quasi tutti gli altri) si fermano qui.",
    whatToDo: (appKey: string, username: string) =>
      `Chiedi a ${SUPPORT} di abilitare lo streaming. Scrivi dall'indirizzo email del tuo conto Betfair, indica la tua chiave applicazione (${appKey}) e il tuo nome utente Betfair (${username}) e chiedi, in inglese: "please enable the Exchange Stream API for this application key". Riprova quando ti hanno risposto.`,
  },
  NO_APP_KEY: {
    title: 'Allo streaming non è arrivata la chiave applicazione',
    meaning: 'Betfair ha risposto NO_APP_KEY: la richiesta di streaming è arrivata senza chiave applicazione.',
    whatToDo: 'Scrivi la tua chiave applicazione nel campo della chiave e riprova.',
  },
  INVALID_APP_KEY: {
    title: 'Lo streaming ha rifiutato la chiave applicazione',
    meaning:
      'Betfair ha risposto INVALID_APP_KEY sullo streaming, anche se la verifica della chiave era andata bene: forse la chiave è stata cambiata o disattivata proprio ora.',
    whatToDo:
      "Confronta la chiave con l'elenco delle tue chiavi e riprova; se continua, chiedi all'assistenza sviluppatori di Betfair.",
  },
  NO_SESSION: {
    title: 'Allo streaming non è arrivata la sessione',
    meaning: 'Betfair ha risposto NO_SESSION: la richiesta di streaming è arrivata senza token di sessione.',
    whatToDo: RETRY,
  },
  INVALID_SESSION_INFORMATION: {
    title: 'Lo streaming non ha accettato la sessione',
    meaning:
      'Betfair ha risposto INVALID_SESSION_INFORMATION: la sessione era scaduta o chiusa prima che lo streaming la vedesse. Un bot lo incontra quando non tiene viva la sua sessione.',
    whatToDo: 'Riprova. Nel tuo bot chiama keepAlive regolarmente e rifai il login quando la sessione è scaduta.',
  },
  MAX_CONNECTION_LIMIT_EXCEEDED: {
    title: 'Troppe connessioni di streaming',
    meaning:
      'Betfair ha risposto MAX_CONNECTION_LIMIT_EXCEEDED: il tuo conto ha già aperte tutte le connessioni di streaming che può avere.',
    whatToDo:
      'Chiudi i programmi o i bot che fanno streaming con questa chiave (o aspetta che le loro connessioni si chiudano), poi riprova.',
  },
  MAX_CONNECTION_LIMIT_EXCEEDED_NONE_LEFT: {
    title: 'Un altro programma occupa tutte le tue connessioni di streaming',
    meaning:
      'Betfair ha risposto MAX_CONNECTION_LIMIT_EXCEEDED senza connessioni libere: un altro programma (un bot ancora acceso, o uno che non ha chiuso le sue connessioni) occupa tutte le connessioni di streaming del tuo conto.',
    whatToDo: 'Ferma gli altri bot o programmi che fanno streaming con il tuo conto, aspetta un minuto e riprova.',
  },
  TOO_MANY_REQUESTS: {
    title: 'Troppe richieste di streaming',
    meaning:
      'Betfair ha risposto TOO_MANY_REQUESTS: il tuo conto ha aperto troppe connessioni di streaming in poco tempo.',
    whatToDo: 'Aspetta qualche minuto prima di riprovare e fai riconnettere il tuo bot meno spesso.',
  },
  TIMEOUT: {
    title: 'Lo streaming è scaduto',
    meaning:
      'Betfair ha risposto TIMEOUT: la connessione di streaming è stata chiusa perché ha aspettato troppo una richiesta.',
    whatToDo: RETRY,
  },
  UNEXPECTED_ERROR: {
    title: 'Lo streaming ha avuto un errore imprevisto',
    meaning: 'Betfair ha risposto UNEXPECTED_ERROR: qualcosa è andato storto dalla parte di Betfair.',
    whatToDo: RETRY,
  },
  unknownCode: {
    title: 'Lo streaming ha rifiutato la connessione',
    meaning: (code: string) =>
      `Betfair ha risposto con un codice che questa app non conosce (${code}): lo streaming non ha accettato la tua chiave e la tua sessione.`,
    whatToDo: `Riprova più tardi; se resta così, chiedi a ${SUPPORT} che cosa significa il codice.`,
  },
};

export const STREAM_FAULT_TEXT: Messages['STREAM_FAULT_TEXT'] = {
  TIMEOUT: {
    title: 'Lo streaming non ha risposto',
    meaning: (host: string) => `L'Exchange Stream API su ${host} non ha risposto in tempo.`,
  },
  UNEXPECTED_ANSWER: {
    title: 'Lo streaming ha risposto altro',
    meaning: (host: string) =>
      `Quello che è arrivato da ${host} non è il protocollo dell'Exchange Stream API (o è troppo lungo). Forse c'è di mezzo un proxy o un filtro della tua rete.`,
  },
  CLOSED_EARLY: {
    title: 'Lo streaming ha chiuso la connessione',
    meaning: (host: string) => `${host} ha chiuso la connessione prima di dire se la tua chiave può fare streaming.`,
  },
  SERVER_CERT_UNTRUSTED: {
    title: 'Il server di streaming non è affidabile',
    meaning: (host: string) =>
      `Il certificato di ${host} non è tra quelli di cui questo computer si fida, quindi non è stato inviato nulla. Qualcosa nella tua rete potrebbe intercettare le connessioni sicure.`,
  },
  CONNECTION_REFUSED: {
    title: 'Lo streaming ha rifiutato la connessione',
    meaning: (host: string) => `Nessuno ha accettato la connessione su ${host}.`,
  },
  other: {
    title: 'Lo streaming non è raggiungibile',
    meaning: (host: string) =>
      `La connessione a ${host} non è riuscita, quindi non è stato possibile verificare lo streaming.`,
  },
  whatToDo:
    'Il login in sé funziona. Controlla che la tua rete permetta connessioni a stream-api.betfair.com sulla porta 443 (firewall e proxy a volte le bloccano), poi riprova.',
};

export const KEEP_ALIVE_TEXT: Messages['KEEP_ALIVE_TEXT'] = {
  kept: {
    title: 'La tua sessione può restare viva',
    meaning:
      'Betfair ha accettato keepAlive sulla sessione di prova: un bot può tenere una sola sessione invece di rifare il login di continuo.',
    whatToDo:
      'Nel tuo bot chiama keepAlive ogni qualche ora (gli esempi di codice mostrano come) e rifai il login solo quando la sessione è scaduta.',
  },
  notChecked: {
    title: 'Mantenimento della sessione non verificato',
    meaning: 'In questa prova keepAlive non è stato chiamato.',
    whatToDo: 'Qui non devi fare nulla.',
  },
  NO_SESSION: {
    title: 'keepAlive non ha trovato la sessione',
    meaning: 'Betfair ha risposto NO_SESSION: quando è arrivato keepAlive la sessione non c’era più.',
    whatToDo: 'Riprova. Nel tuo bot rifai il login ogni volta che keepAlive o una chiamata risponde NO_SESSION.',
  },
  INPUT_VALIDATION_ERROR: {
    title: 'keepAlive ha rifiutato la richiesta',
    meaning:
      'Betfair ha risposto INPUT_VALIDATION_ERROR: il token di sessione o la chiave applicazione mancavano o erano malformati.',
    whatToDo: 'Controlla che nella chiave applicazione non ci siano spazi di troppo e riprova.',
  },
  INTERNAL_ERROR: {
    title: 'keepAlive ha avuto un errore da Betfair',
    meaning: 'Betfair ha risposto INTERNAL_ERROR: qualcosa è andato storto dalla parte di Betfair.',
    whatToDo: RETRY,
  },
  unknown: {
    title: 'keepAlive non ha funzionato',
    meaning: (code: string) => `keepAlive non ha dato una risposta utilizzabile (${code}).`,
    whatToDo: RETRY,
  },
};

export const BOT_CHECKS_UI: Messages['BOT_CHECKS_UI'] = {
  heading: "Cos'altro serve al tuo bot",
  stream: 'Streaming',
  keepAlive: 'Mantenere la sessione',
  host: (host: string) => `Exchange Stream API: ${host}`,
  requestHeading: "Cosa scrivere all'assistenza sviluppatori (in inglese)",
  supportAction: "Apri l'assistenza sviluppatori di Betfair",
  yourKey: 'la tua chiave applicazione',
  yourUsername: 'il tuo nome utente Betfair',
};

export const BOT_CHECKS_CLI: Messages['BOT_CHECKS_CLI'] = {
  stream: (title: string, host: string) => `Streaming (${host}): ${title}`,
  keepAlive: (title: string) => `Mantenere la sessione (keepAlive): ${title}`,
  request: (message: string) => `  Scrivi: ${message}`,
  noStreamFlag: "Salta la verifica dell'Exchange Stream API.",
  requireStreamFlag: 'Esci con 5 quando la chiave non può fare streaming (NOT_AUTHORIZED e gli altri rifiuti).',
};

export const SNIPPET_SESSION_TEXT: Messages['SNIPPET_SESSION_TEXT'] = {
  keepAlive:
    'Tieni una sola sessione: chiama keepAlive ogni qualche ora invece di rifare il login (Betfair scrive a chi fa il login troppo spesso).',
  relogin:
    'Rifai il login solo quando Betfair dice che la sessione non c’è più (NO_SESSION o INVALID_SESSION_INFORMATION).',
  rate: 'Mai più di pochi login al minuto: un bot che ripete il login in un ciclo viene bloccato per 20 minuti.',
  loop: 'Fallo girare dal ciclo del tuo bot, accanto al suo lavoro; da solo, l’esempio tiene soltanto viva la sessione.',
  curlKeepAlive: 'keepAlive con il token di sessione del login qui sopra (mettilo in BETFAIR_SESSION):',
};
