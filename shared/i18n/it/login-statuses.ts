/**
 * What each Betfair loginStatus means, in plain Italian for a non-technical reader: a short title, what
 * happened, and the next step. Same facts as the English text; `site` is the user's own Betfair site.
 */
import type { Messages } from '../messages.js';

const SUPPORT = "Contatta l'assistenza clienti di Betfair";
/** The same, inside a sentence. */
const support = "contatta l'assistenza clienti di Betfair";
const NO_RETRY = 'Riprovare non cambierà la risposta.';

const openSite = (ctx: { readonly site: string }): string => `Apri ${ctx.site}`;

export const LOGIN_STATUS_TEXT: Messages['LOGIN_STATUS_TEXT'] = {
  SUCCESS: {
    title: 'Il login del tuo bot funziona',
    meaning: 'Betfair ha accettato insieme il certificato, il nome utente e la password, e ha aperto una sessione.',
    whatToDo:
      "Qui non c'è altro da fare. Il tuo bot può accedere con gli stessi file del certificato, la stessa chiave applicazione e lo stesso nome utente. Tieni segreto il file della chiave.",
  },
  INVALID_USERNAME_OR_PASSWORD: {
    title: 'Nome utente o password non accettati',
    meaning: 'Betfair non ha accettato questa combinazione di nome utente e password.',
    whatToDo: (c) =>
      `Controllali entrambi accedendo a ${c.site} dal browser. Usa il tuo nome utente Betfair (non l'indirizzo email), e fai attenzione al blocco maiuscole e agli spazi all'inizio o alla fine. Diversi tentativi sbagliati di fila possono bloccare il conto, quindi controlla prima di riprovare. Hai dimenticato la password? Reimpostala su ${c.site}.`,
    action: { label: 'Reimposta la password', target: 'recover-password' },
  },
  ACCOUNT_NOW_LOCKED: {
    title: 'Conto appena bloccato',
    meaning: 'Con questo tentativo le password sbagliate sono diventate troppe: Betfair ha appena bloccato il conto.',
    whatToDo: (c) =>
      `Aspettare non lo sbloccherà. Sbloccalo con la procedura "Password dimenticata" su ${c.site}, oppure ${support}. Poi riprova con la nuova password.`,
    action: { label: 'Reimposta la password', target: 'recover-password' },
  },
  ACCOUNT_ALREADY_LOCKED: {
    title: 'Il conto è bloccato',
    meaning: 'Il conto era già bloccato prima di questo tentativo, di solito dopo diverse password sbagliate.',
    whatToDo: (c) =>
      `Aspettare non lo sbloccherà. Usa la procedura "Password dimenticata" su ${c.site}, oppure ${support}, poi riprova.`,
    action: { label: 'Reimposta la password', target: 'recover-password' },
  },
  PENDING_AUTH: {
    title: 'Conto ancora in verifica',
    meaning: 'Betfair non ha ancora finito di verificare o di configurare questo conto.',
    whatToDo: (c) =>
      `Accedi a ${c.site} dal browser e completa tutto ciò che ti viene chiesto. Se non ti viene chiesto nulla, ${support}: aspettare e basta potrebbe non servire.`,
    action: { label: openSite, target: 'website' },
  },
  TELBET_TERMS_CONDITIONS_NA: {
    title: 'Condizioni delle scommesse telefoniche rifiutate',
    meaning:
      'Su questo conto sono state rifiutate le condizioni del servizio di scommesse telefoniche di Betfair, quindi non può accedere in questo modo.',
    whatToDo: `${SUPPORT} e chiedi di sistemare le condizioni delle scommesse telefoniche sul tuo conto. ${NO_RETRY}`,
  },
  DUPLICATE_CARDS: {
    title: 'Carta di pagamento usata su un altro conto',
    meaning:
      'Una carta di pagamento di questo conto è registrata anche su un altro conto Betfair, quindi il login è bloccato.',
    whatToDo: `${SUPPORT}: solo l'assistenza può risolvere il problema. ${NO_RETRY}`,
  },
  SECURITY_QUESTION_WRONG_3X: {
    title: 'Risposta di sicurezza sbagliata tre volte',
    meaning: 'La risposta alla domanda di sicurezza è stata sbagliata tre volte, quindi Betfair blocca i login.',
    whatToDo: `${SUPPORT} per far togliere il blocco. Aspettare e basta non serve.`,
  },
  KYC_SUSPEND: {
    title: "Serve una verifica dell'identità",
    meaning:
      'Il conto è in attesa finché Betfair non avrà verificato la tua identità (la verifica "know your customer").',
    whatToDo: (c) =>
      `Accedi a ${c.site} dal browser e invia i documenti richiesti, oppure ${support}. Quando Betfair avrà verificato la tua identità, riprova.`,
    action: { label: openSite, target: 'website' },
  },
  SUSPENDED: {
    title: 'Conto sospeso',
    meaning: 'Betfair ha sospeso questo conto.',
    whatToDo: `${SUPPORT} per sapere perché e cosa serve per togliere la sospensione. ${NO_RETRY}`,
  },
  CLOSED: {
    title: 'Conto chiuso',
    meaning: 'Questo conto Betfair è stato chiuso.',
    whatToDo: `${SUPPORT} se vuoi riaprirlo, oppure fai la prova con un altro conto.`,
  },
  SELF_EXCLUDED: {
    title: 'Conto in autoesclusione',
    meaning: 'Il conto è in autoesclusione, quindi per ora non può accedere.',
    whatToDo: `I login restano bloccati finché l'autoesclusione non termina. Per domande, ${support}.`,
  },
  INVALID_CONNECTIVITY_TO_REGULATOR_DK: {
    title: 'Impossibile contattare il regolatore danese',
    meaning:
      "Betfair non ha ricevuto in tempo una risposta dai sistemi dell'autorità danese per il gioco, quindi non ha potuto completare il login.",
    whatToDo: `È un problema di Betfair o del regolatore, non tuo. Aspetta qualche minuto e riprova; se continua, ${support}.`,
  },
  NOT_AUTHORIZED_BY_REGULATOR_DK: {
    title: 'Non consentito dal regolatore danese',
    meaning: "Le regole dell'autorità danese per il gioco non consentono a questo conto di giocare in Danimarca.",
    whatToDo: `${SUPPORT} per sapere cosa serve. ${NO_RETRY}`,
  },
  INVALID_CONNECTIVITY_TO_REGULATOR_IT: {
    title: 'Impossibile contattare il regolatore italiano',
    meaning:
      "Betfair non ha ricevuto in tempo una risposta dai sistemi dell'autorità italiana per il gioco (ADM), quindi non ha potuto completare il login.",
    whatToDo: `È un problema di Betfair o del regolatore, non tuo. Aspetta qualche minuto e riprova; se continua, ${support}.`,
  },
  NOT_AUTHORIZED_BY_REGULATOR_IT: {
    title: 'Non consentito dal regolatore italiano',
    meaning: "Le regole dell'autorità italiana per il gioco (ADM) non consentono a questo conto di giocare in Italia.",
    whatToDo: `${SUPPORT} per sapere cosa serve. ${NO_RETRY}`,
  },
  SECURITY_RESTRICTED_LOCATION: {
    title: 'Conto limitato per motivi di sicurezza',
    meaning: 'Betfair ha limitato il conto per un problema di sicurezza.',
    whatToDo: `${SUPPORT} per far controllare il conto. ${NO_RETRY}`,
  },
  BETTING_RESTRICTED_LOCATION: {
    title: 'Scommesse non consentite da questo luogo',
    meaning: 'Il login è arrivato da un paese o da una rete da cui Betfair non consente di scommettere.',
    whatToDo:
      "Esegui la prova, e il tuo bot, da un luogo in cui Betfair è consentito. Se sei in un paese consentito, una VPN o un servizio di hosting all'estero possono farti sembrare altrove: disattiva la VPN o usa un server nel tuo paese. Nel dubbio, chiedi all'assistenza clienti.",
  },
  TRADING_MASTER: {
    title: 'Conto trading master',
    meaning: 'Questo è un conto trading master, che non può accedere in questo modo.',
    whatToDo: `Accedi invece con il conto con cui scommetterà il tuo bot, oppure ${support} per sapere quale conto usare.`,
  },
  TRADING_MASTER_SUSPENDED: {
    title: 'Conto trading master sospeso',
    meaning: 'Questo conto trading master è sospeso.',
    whatToDo: `${SUPPORT}. ${NO_RETRY}`,
  },
  AGENT_CLIENT_MASTER: {
    title: 'Conto master di un agente',
    meaning: 'Questo è il conto master di un agente, che non può accedere in questo modo.',
    whatToDo: `Accedi invece con un conto cliente, oppure ${support} per sapere quale conto usare.`,
  },
  AGENT_CLIENT_MASTER_SUSPENDED: {
    title: 'Conto master di un agente sospeso',
    meaning: 'Questo conto master di un agente è sospeso.',
    whatToDo: `${SUPPORT}. ${NO_RETRY}`,
  },
  DANISH_AUTHORIZATION_REQUIRED: {
    title: "Serve l'autorizzazione danese",
    meaning: "Questo conto ha bisogno dell'autorizzazione danese, che si può ottenere solo con il login interattivo.",
    whatToDo: `Il login del bot non è disponibile per i conti danesi. Accedi a betfair.dk dal browser e nella tua app usa il login interattivo di Betfair. Se il tuo conto non dovrebbe essere danese, ${support}.`,
    action: { label: 'Apri betfair.dk', target: 'website-dk' },
  },
  SPAIN_MIGRATION_REQUIRED: {
    title: 'Serve il passaggio a Betfair Spagna',
    meaning: 'Il conto deve prima essere trasferito sul sito spagnolo di Betfair.',
    whatToDo:
      'Accedi a betfair.es dal browser e segui i passaggi per trasferire il conto. Poi scegli Spagna nella procedura guidata, carica il certificato su betfair.es e riprova.',
    action: { label: 'Apri betfair.es', target: 'website-es' },
  },
  DENMARK_MIGRATION_REQUIRED: {
    title: 'Serve il passaggio a Betfair Danimarca',
    meaning: 'Il conto deve prima essere trasferito sul sito danese di Betfair.',
    whatToDo:
      'Accedi a betfair.dk dal browser e segui i passaggi. Tieni presente che i conti danesi non possono usare il login del bot: la tua app dovrà usare il login interattivo di Betfair.',
    action: { label: 'Apri betfair.dk', target: 'website-dk' },
  },
  SPANISH_TERMS_ACCEPTANCE_REQUIRED: {
    title: 'Nuove condizioni spagnole da accettare',
    meaning: 'Betfair Spagna ha nuovi termini e condizioni che questo conto non ha ancora accettato.',
    whatToDo: 'Accedi a betfair.es dal browser, accetta le nuove condizioni quando compaiono, poi riprova.',
    action: { label: 'Apri betfair.es', target: 'website-es' },
  },
  ITALIAN_CONTRACT_ACCEPTANCE_REQUIRED: {
    title: 'Nuovo contratto italiano da accettare',
    meaning: 'Betfair Italia ha una nuova versione del contratto che questo conto non ha ancora accettato.',
    whatToDo: 'Accedi a betfair.it dal browser, accetta il nuovo contratto quando compare, poi riprova.',
    action: { label: 'Apri betfair.it', target: 'website-it' },
  },
  CERT_AUTH_REQUIRED: {
    title: 'Certificato non riconosciuto',
    meaning:
      'Con questo certificato non è stato possibile accedere a Betfair. Di solito il certificato non è ancora stato caricato su questo conto, è stato caricato un certificato diverso, oppure è stato caricato su un altro sito Betfair.',
    whatToDo: (c) =>
      `Apri la pagina di sicurezza su ${c.site}, cerca la sezione "Automated Betting Program Access" (accesso dei programmi di scommesse automatiche) e controlla che il certificato elencato lì sia quello che stai provando (confronta il nome e la data di scadenza). Se non lo è, carica lì il tuo file .crt. Il caricamento e la prova devono usare lo stesso sito Betfair, quindi controlla il paese che hai scelto. Poi riprova.`,
    action: { label: (c) => `Apri la pagina del certificato su ${c.site}`, target: 'security-page' },
  },
  CHANGE_PASSWORD_REQUIRED: {
    title: 'Devi cambiare la password',
    meaning: 'Betfair vuole che tu scelga una nuova password prima di accedere di nuovo.',
    whatToDo: (c) =>
      `Accedi a ${c.site} dal browser e cambia la password quando ti viene chiesto. Poi riprova con quella nuova.`,
    action: { label: openSite, target: 'website' },
  },
  PERSONAL_MESSAGE_REQUIRED: {
    title: 'Un messaggio di Betfair ti aspetta',
    meaning: 'Betfair ha per te un messaggio personale da leggere prima di poter accedere.',
    whatToDo: (c) => `Accedi a ${c.site} dal browser, leggi il messaggio e confermalo. Poi riprova.`,
    action: { label: openSite, target: 'website' },
  },
  INTERNATIONAL_TERMS_ACCEPTANCE_REQUIRED: {
    title: 'Nuove condizioni Betfair da accettare',
    meaning: 'I termini e condizioni di Betfair sono cambiati e questo conto non ha ancora accettato quelli nuovi.',
    whatToDo: (c) => `Accedi a ${c.site} dal browser, accetta le nuove condizioni quando compaiono, poi riprova.`,
    action: { label: openSite, target: 'website' },
  },
  EMAIL_LOGIN_NOT_ALLOWED: {
    title: 'Indirizzo email usato al posto del nome utente',
    meaning:
      "Il nome utente sembra un indirizzo email, e questo conto non è configurato per accedere con l'indirizzo email.",
    whatToDo: (c) =>
      `Scrivi invece il tuo nome utente Betfair. Se non lo conosci, accedi a ${c.site} e cercalo nei dati del tuo conto.`,
    action: { label: openSite, target: 'website' },
  },
  MULTIPLE_USERS_WITH_SAME_CREDENTIAL: {
    title: 'Questi dati corrispondono a più conti',
    meaning:
      'Quello che hai scritto corrisponde a più di un conto Betfair (spesso un indirizzo email condiviso da più conti), quindi Betfair non sa quale intendi.',
    whatToDo: `Usa il nome utente del conto invece di un indirizzo email. Se non basta, ${support}.`,
  },
  ACCOUNT_PENDING_PASSWORD_CHANGE: {
    title: 'Serve il recupero della password',
    meaning: 'Per questo conto va completato il recupero della password prima di poterlo usare di nuovo.',
    whatToDo: 'Usa la pagina di recupero password di Betfair per impostare una nuova password, poi riprova con quella.',
    action: { label: 'Recupera la password', target: 'recover-password' },
  },
  TEMPORARY_BAN_TOO_MANY_REQUESTS: {
    title: 'Troppi login: Betfair li ha sospesi per 20 minuti',
    meaning:
      'Betfair ha contato per questo conto più login riusciti in un minuto di quanti ne consenta, e ora rifiuta nuovi login per 20 minuti.',
    whatToDo:
      'Aspetta 20 minuti: questa app non invierà un altro login di prova prima di allora. Nel frattempo assicurati che nessun bot o script continui ad accedere con questo conto.',
  },
  ITALIAN_PROFILING_ACCEPTANCE_REQUIRED: {
    title: 'Condizioni italiane da accettare',
    meaning:
      "Betfair Italia ti chiede di accettare le sue nuove condizioni (sull'uso dei tuoi dati) prima di accedere.",
    whatToDo: 'Accedi a betfair.it dal browser, accetta le condizioni quando compaiono, poi riprova.',
    action: { label: 'Apri betfair.it', target: 'website-it' },
  },
  AUTHORIZED_ONLY_FOR_DOMAIN_RO: {
    title: 'Il conto non corrisponde al sito rumeno',
    meaning:
      'Questo conto non è compatibile con Betfair Romania (betfair.ro): quel sito accetta solo conti aperti su betfair.ro.',
    whatToDo: (c) =>
      c.jurisdiction === 'ro'
        ? 'Invece della Romania, scegli il paese in cui hai aperto il conto (per la maggior parte delle persone è Internazionale, betfair.com), carica il certificato su quel sito, poi riprova.'
        : 'Betfair dice che questo conto appartiene a Betfair Romania. Scegli Romania nella procedura guidata, carica il certificato su betfair.ro, poi riprova.',
    action: { label: 'Apri betfair.ro', target: 'website-ro' },
  },
  AUTHORIZED_ONLY_FOR_DOMAIN_SE: {
    title: 'Il conto non corrisponde al sito svedese',
    meaning:
      'Questo conto non è compatibile con Betfair Svezia (betfair.se): quel sito accetta solo conti aperti su betfair.se.',
    whatToDo: (c) =>
      c.jurisdiction === 'se'
        ? 'Invece della Svezia, scegli il paese in cui hai aperto il conto (per la maggior parte delle persone è Internazionale, betfair.com), carica il certificato su quel sito, poi riprova.'
        : 'Betfair dice che questo conto appartiene a Betfair Svezia. Scegli Svezia nella procedura guidata, carica il certificato su betfair.se, poi riprova.',
    action: { label: 'Apri betfair.se', target: 'website-se' },
  },
  SWEDEN_NATIONAL_IDENTIFIER_REQUIRED: {
    title: 'Serve il numero di identificazione personale svedese',
    meaning:
      'Betfair Svezia ha bisogno del tuo numero di identificazione personale svedese prima che tu possa accedere.',
    whatToDo:
      'Accedi a betfair.se dal browser e inserisci il tuo numero di identificazione personale dove richiesto, poi riprova.',
    action: { label: 'Apri betfair.se', target: 'website-se' },
  },
  SWEDEN_BANK_ID_VERIFICATION_REQUIRED: {
    title: 'Serve la verifica BankID svedese',
    meaning: 'Betfair Svezia ti chiede di confermare chi sei con BankID prima di accedere.',
    whatToDo: 'Accedi a betfair.se dal browser e completa la verifica BankID, poi riprova.',
    action: { label: 'Apri betfair.se', target: 'website-se' },
  },
  ACTIONS_REQUIRED: {
    title: 'Betfair ha bisogno di altre informazioni',
    meaning: 'Nel tuo conto mancano alcune informazioni, e Betfair le vuole prima che tu acceda.',
    whatToDo: (c) => `Accedi a ${c.site} dal browser e compila tutto ciò che ti viene chiesto. Poi riprova.`,
    action: { label: openSite, target: 'website' },
  },
  INPUT_VALIDATION_ERROR: {
    title: 'Betfair non è riuscito a leggere la richiesta',
    meaning:
      'Betfair ha detto che una parte della richiesta di login non era nella forma prevista. Questa app la invia nel modo documentato, quindi di solito la causa è un valore vuoto o strano.',
    whatToDo:
      "Controlla che nella chiave applicazione (copiala di nuovo dalle pagine per sviluppatori di Betfair) e nel nome utente non ci siano spazi o caratteri di troppo, poi riprova. Se succede ancora, contatta l'assistenza sviluppatori di Betfair e indica l'ora della prova.",
    action: { label: "Apri l'assistenza sviluppatori di Betfair", target: 'developer-support' },
  },
  MIGRATION_REQUIRED: {
    title: 'Il conto brasiliano deve passare a betfair.bet.br',
    meaning:
      'Per i clienti in Brasile: dal 1° gennaio 2025 il conto deve essere trasferito sul sito brasiliano di Betfair prima di poter accedere.',
    whatToDo: 'Accedi a betfair.bet.br dal browser e segui i passaggi per trasferire il conto.',
    action: { label: 'Apri betfair.bet.br', target: 'website-bet-br' },
  },
  TERMS_AND_CONDITIONS: {
    title: 'Nuove condizioni brasiliane da accettare',
    meaning:
      'Per i clienti in Brasile: dal 1° gennaio 2025 le nuove condizioni di Betfair vanno accettate sul suo sito brasiliano.',
    whatToDo: 'Accedi a betfair.bet.br dal browser e accetta i nuovi termini e condizioni, poi riprova.',
    action: { label: 'Apri betfair.bet.br', target: 'website-bet-br' },
  },
};

/** For a code the catalogue does not know (a future Betfair code). */
export const UNKNOWN_STATUS_TEXT: Messages['UNKNOWN_STATUS_TEXT'] = {
  title: 'Betfair ha risposto con un codice sconosciuto',
  meaning: (code: string): string =>
    `Betfair ha risposto "${code}", che questa app non conosce ancora. Il login non è riuscito.`,
  whatToDo: (ctx, code: string): string =>
    `Accedi a ${ctx.site} dal browser per vedere se ti viene chiesto qualcosa. In caso contrario, contatta l'assistenza clienti di Betfair e indica il codice ${code}.`,
  actionLabel: "Apri l'assistenza sviluppatori di Betfair",
};
