/** Le parole del verdetto unico (shared/verdict.ts) e le righe della dashboard sull'ultima prova, in italiano. */
import type { Messages } from '../messages.js';

const RETEST = 'poi riprova';

export const VERDICT_TEXT: Messages['VERDICT_TEXT'] = {
  works: {
    title: 'Il login del tuo bot funziona',
    whatToDo:
      'Non devi fare altro: il tuo bot può accedere e scommettere con gli stessi file del certificato, la stessa chiave applicazione e lo stesso nome utente.',
  },
  'works-no-stream': {
    title: 'Il tuo bot può accedere e scommettere, ma non ricevere le quote in streaming',
    whatToDo:
      "Betfair non ha abilitato l'Exchange Stream API per questa chiave. Le scommesse e le normali richieste di quote funzionano già; se il tuo bot usa lo streaming delle quote, chiedi all'assistenza sviluppatori di Betfair di abilitarlo per la tua chiave applicazione (manda loro la chiave, mai la password).",
  },
  'keep-alive-failed': {
    title: 'Il tuo bot può accedere e scommettere, ma non è stato possibile confermare che la sessione resti attiva',
    whatToDo:
      'Riprova tra qualche minuto. Nel frattempo fai in modo che il tuo bot rifaccia il login quando Betfair dice che la sessione è scaduta, mai più di qualche volta al minuto.',
  },
  'stream-failed': {
    title: 'Il tuo bot può accedere e scommettere, ma non è stato possibile controllare lo streaming',
    whatToDo:
      'Le scommesse funzionano. Riprova tra qualche minuto per far controllare lo streaming; se non riesce mai, verifica che la tua rete permetta al bot di raggiungere stream-api.betfair.com sulla porta 443.',
  },
  'delayed-key': {
    title: 'Il tuo login funziona, ma con la chiave ritardata il bot non può scommettere',
    whatToDo: `Con questa chiave il tuo bot può accedere e leggere le quote (con un po' di ritardo), ma Betfair rifiuta le sue scommesse. Per scommettere usa la chiave live (se non è ancora attiva, chiedine l'attivazione sul sito per sviluppatori di Betfair), ${RETEST}.`,
  },
  'key-inactive': {
    title: 'Il tuo login funziona, ma il bot verrà rifiutato finché la chiave live non sarà attivata',
    whatToDo: `Chiedi l'attivazione della chiave live sul sito per sviluppatori di Betfair, ${RETEST}. Nel frattempo usa la chiave ritardata per le prove e per leggere le quote.`,
  },
  'choose-key': {
    title: 'Il tuo login funziona \u2013 scegli la tua chiave applicazione',
    whatToDo: `Scegli una delle tue chiavi (la chiave live per scommettere, quella ritardata per le prove e per leggere le quote), ${RETEST} con quella, così viene controllata.`,
  },
  'create-keys': {
    title: 'Il tuo login funziona \u2013 crea le tue chiavi applicazione',
    whatToDo: `Lascia che la procedura guidata crei le tue chiavi (una ritardata e una live), ${RETEST} con una delle due.`,
  },
  'key-not-yours': {
    title: 'Il login funziona, ma il tuo bot verrà rifiutato finché non correggi la chiave applicazione',
    whatToDo: `La chiave che hai scritto non è una delle chiavi del tuo conto. Controlla che non ci siano errori di battitura o usa una delle tue chiavi, ${RETEST}.`,
  },
  'key-refused': {
    title: 'Il login funziona, ma il tuo bot verrà rifiutato finché non correggi la chiave applicazione',
    whatToDo: `Betfair ha rifiutato la chiave che hai scritto. Controlla che non ci siano errori di battitura (una chiave non ha spazi) o usa una delle tue chiavi, ${RETEST}.`,
  },
  'key-not-checked': {
    title: 'Il tuo login funziona, ma non è stato possibile controllare la chiave applicazione',
    whatToDo:
      'Riprova tra qualche minuto per far controllare la chiave. Il tuo bot può scommettere solo con una chiave live attivata da Betfair.',
  },
};

export const VERDICT_ROWS: Messages['VERDICT_ROWS'] = {
  appKey: 'Chiave applicazione',
  keyNotChosen: 'nessuna scelta finora',
  keyNotYours: 'non è una delle tue chiavi',
  keyRefused: 'rifiutata da Betfair',
  keyNotChecked: 'non controllata',
  keyKindUnknown: 'tipo sconosciuto',
  appName: (name: string) => `"${name}"`,
  canBet: (yes: boolean) => (yes ? 'può scommettere: sì' : 'può scommettere: no'),
  stream: 'Streaming delle quote',
  streamAllowed: 'consentito',
  streamNotAllowed: 'non abilitato per questa chiave',
  streamFailed: 'non è stato possibile controllarlo',
  streamNotChecked: 'non controllato',
  keepAlive: 'Mantenere la sessione',
  keepAliveKept: 'controllato: la sessione può restare attiva',
  keepAliveFailed: 'keepAlive non riuscito',
  keepAliveNotChecked: 'non controllato',
  details: "Dettagli dell'ultima prova",
};
