/**
 * The CLI's words in one table (CLI_TEXT): its commands' help, usage and refusals, what `bot-login login` prints,
 * and its own words where the app's speak of the window (fields, buttons, steps), put in place by
 * electron/cli/terminal-words.ts.
 */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';
import { JURISDICTION_IDS } from '../../jurisdictions.js';
import { KEY_KINDS_TEXT } from './app-keys.js';

const P12_PASSWORD_ENV = ENV.p12Password;

/** Italian plural: singular only for 1. */
function plural(n: number, one: string, many: string): string {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}

/** One aligned line of `inspect`'s report: the values start in one column. */
const field = (label: string, value: string): string => `  ${label.padEnd(17)}${value}`;

const PASSWORD_FLAG = `Le password non sono accettate sulla riga di comando (gli altri utenti possono vederle). Imposta invece ${P12_PASSWORD_ENV}.`;

const PASSWORD_ENV = ENV.password;

const NO_ARGV_PASSWORD = `Le password non sono accettate sulla riga di comando (gli altri utenti di questo computer possono vederle). Imposta ${PASSWORD_ENV} (e ${P12_PASSWORD_ENV} per un file .p12), oppure esegui il comando in un terminale per fartela chiedere.`;

const LOGIN_WORKS = 'Il certificato, il nome utente e la password funzionano.';

const FIX_KEY_FIRST =
  'Finché la chiave non sarà corretta, Betfair rifiuterà il tuo bot alla sua prima chiamata con INVALID_APP_KEY.';

const USE_LISTED = 'Scegli una delle tue chiavi elencate qui sotto ed esegui di nuovo il comando con --app-key KEY.';

const CREATE_KEYS =
  'Esegui di nuovo il comando con --create-app-keys NAME per creare le tue chiavi (una ritardata, una live), poi con --app-key KEY e una delle due.';

const NEW_CERTIFICATE = 'Crea un nuovo certificato con "bot-login generate".';

const OTHER_SITE =
  'Carica il certificato sul sito dove hai aperto il conto (per la maggior parte delle persone è betfair.com), poi esegui di nuovo il comando con quella --jurisdiction (betfair.com è international).';

const KIT_PASSWORD_ENV = ENV.kitPassword;

export const CLI_TEXT: Messages['CLI_TEXT'] = {
  args: {
    unknownFlag: (flag: string): string =>
      `Opzione sconosciuta "${flag}". Esegui il comando con --help per vederne le opzioni.`,
    noValueAllowed: (name: string): string => `L'opzione --${name} si usa da sola e non accetta valori.`,
    valueNeeded: (name: string): string => `L'opzione --${name} richiede un valore subito dopo.`,
    givenTwice: (name: string): string =>
      `L'opzione --${name} è stata indicata più di una volta; indicala una volta sola.`,
    tooFewPositionals: (min: number): string =>
      min === 1
        ? 'Questo comando richiede almeno un nome di file.'
        : `Questo comando richiede almeno ${min} nomi di file.`,
    unexpectedPositional: (arg: string): string =>
      `Argomento inatteso: "${arg}". Esegui il comando con --help per vedere come usarlo.`,
    /** The title and next step of a usage error in --json output. */
    usageTitle: 'Uso errato',
    usageWhatToDo: (command: string): string => `Esegui "bot-login ${command} --help" per vedere come usarlo.`,
    unknownLanguage: (value: string, choices: readonly string[]): string =>
      `La lingua "${value}" non è disponibile. Scegline una tra: ${choices.join(', ')}.`,
    unknownCommand: (name: string): string => `Comando sconosciuto "${name}".`,
    topHelpStart:
      'Uso: bot-login <comando> [opzioni]\n\nConfigura e verifica il login non interattivo (bot) di Betfair Exchange.\n\nComandi:',
    topHelpEnd:
      'Opzioni di ogni comando:\n' +
      '  --lang LANG   la lingua dei testi: en, it, es, ro o sv (predefinita: da LC_ALL, LC_MESSAGES o LANG)\n' +
      '  --json        stampa un solo oggetto JSON invece del testo\n\n' +
      'Esegui "bot-login <comando> --help" per le opzioni di un comando.',
    unexpected: 'Si è verificato un problema imprevisto. Riprova; se si ripete, segnalalo.',
  },
  generate: {
    summary: 'Crea una nuova chiave e un certificato client per il login del bot Betfair',
    help: `Uso: bot-login generate --dir DIR [opzioni]

Crea una nuova chiave RSA 2048 e un certificato client autofirmato in DIR:
  client-2048.crt   il certificato: questo va caricato su Betfair
  client-2048.key   la chiave privata (tienila segreta)
  client-2048.pem   certificato e chiave in un unico file
  client-2048.p12   entrambi, protetti da password (solo se ${P12_PASSWORD_ENV} è impostata)

Opzioni:
  --dir DIR               cartella per i file (creata se non esiste)
  --common-name NAME      nome sul certificato (predefinito "Betfair bot login")
  --organization TEXT     nome dell'organizzazione, facoltativo
  --country CC            codice di due lettere del paese, facoltativo
  --email ADDRESS         indirizzo email, facoltativo
  --days N                giorni di validità del certificato, da 1 a 3650 (predefinito 365)
  --jurisdiction ID       il tuo sito Betfair (international, au, it, es, ro, se), per
                          l'indirizzo della sua pagina di sicurezza dove caricare il certificato
  --force                 se ci sono già file del certificato, li sposta in una cartella
                          di backup con la data dentro DIR e ne crea di nuovi
  --json                  stampa un unico oggetto JSON invece del testo

La password del file .p12 viene letta solo dalla variabile d'ambiente ${P12_PASSWORD_ENV}.

Codici di uscita: 0 creati, 1 impossibile crearli (il motivo viene stampato), 2 uso errato.
`,
    passwordFlag: PASSWORD_FLAG,
    noDir: 'Indica dove salvare i file con --dir DIR.',
    forceHint:
      'Per sostituirli, esegui di nuovo il comando con --force: i vecchi file vengono spostati in una cartella di backup con la data dentro DIR. Se un bot accede con questi file, usa invece bot-login renew --dir DIR: crea quelli nuovi accanto a loro, così il bot continua a funzionare.',
    badDays: 'Il numero di giorni deve essere un numero intero da 1 a 3650.',
    made: (dir: string) => `Nuovo certificato creato in ${dir}`,
    fileCrt: 'questo va caricato su Betfair',
    fileKey: 'chiave privata: tienila segreta',
    filePem: 'certificato e chiave in un unico file',
    fileP12: 'certificato e chiave, protetti dalla tua password',
    noP12: `Nessun file .p12 creato (imposta ${P12_PASSWORD_ENV} per averne uno).`,
    fingerprint: (fp: string) => `Impronta digitale SHA-256: ${fp}`,
    validUntil: (date: string, days: number) => `Valido fino al ${date} (${plural(days, 'giorno', 'giorni')}).`,
    backup: (dir: string) => `I file precedenti sono stati spostati in ${dir}`,
    nextStep: (url: string) =>
      `Prossimo passo: carica client-2048.crt nella pagina di sicurezza del tuo conto Betfair, poi prova il login:\n  ${url}`,
    otherSites:
      "Usi un altro sito Betfair (betfair.com.au, .it, .es, .ro o .se)? Caricalo nella pagina di sicurezza di quel sito: aggiungi --jurisdiction ID per vederne l'indirizzo.",
    failed: (message: string) => `Impossibile creare il certificato: ${message}`,
  },
  inspect: {
    summary: 'Controlla i file del certificato e della chiave e dice se Betfair può usarli',
    help: `Uso: bot-login inspect FILE [FILE...] [--json]

Controlla i file del certificato e della chiave: un .crt/.cer con il suo .key, un .pem
che li contiene entrambi, oppure un .p12/.pfx (la password viene letta dalla variabile
d'ambiente ${P12_PASSWORD_ENV}).
Dice se formano una coppia che il login del bot di Betfair può usare e, se no, perché.

Opzioni:
  --json    stampa un unico oggetto JSON invece del testo

Codici di uscita: 0 utilizzabili, 1 non utilizzabili (i motivi vengono stampati), 2 uso errato.
`,
    passwordFlag: PASSWORD_FLAG,
    passwordPrompt: 'Password del file .p12: ',
    passwordHint: `Per indicare la password del file .p12, imposta la variabile d'ambiente ${P12_PASSWORD_ENV} ed esegui di nuovo il comando.`,
    certificate: 'Certificato',
    subject: (s: string) => field('Nome:', s),
    issuer: (s: string, self: boolean) => field('Emesso da:', self ? 'se stesso (autofirmato)' : s),
    serial: (s: string) => field('Numero di serie:', s),
    fingerprint: (fp: string) => field('SHA-256:', fp),
    validity: (from: string, to: string, days: number) =>
      field(
        'Validità:',
        `dal ${from} al ${to} (${days >= 0 ? plural(days, 'giorno rimasto', 'giorni rimasti') : `scaduto da ${plural(-days, 'giorno', 'giorni')}`})`,
      ),
    keyLine: (type: string, bits: number | null) => field('Chiave:', `${type}${bits ? ` ${bits} bit` : ''}`),
    clientAuth: (yes: boolean) => field('Login client:', yes ? 'consentito' : 'NON consentito'),
    keyMatches: (m: boolean | null) =>
      m === null
        ? ''
        : m
          ? field('Chiave privata:', 'corrisponde al certificato')
          : field('Chiave privata:', 'NON corrisponde al certificato'),
    usable: 'Utilizzabili: sì. Betfair può usare questi file per il login del bot.',
    notUsable: 'Utilizzabili: no.',
    error: (message: string) => `  Problema: ${message}`,
    warning: (message: string) => `  Nota: ${message}`,
    failed: (message: string) => `Impossibile controllare i file: ${message}`,
  },
  login: {
    summary: 'Prova il login del bot Betfair con il tuo certificato e spiega la risposta',
    help: `Uso: bot-login login --jurisdiction ID (--cert FILE --key FILE | --pem FILE | --p12 FILE)
                     --username NAME [--app-key KEY] [--create-app-keys NAME]
                     [--keep-session] [--json]

Prova una volta il login con certificato di Betfair per la tua giurisdizione, usando il
tuo certificato client, e spiega con parole semplici cosa significa la risposta e cosa
fare dopo. Se il login funziona, la stessa sessione elenca anche le chiavi
applicazione del tuo conto e, con --app-key, controlla che Betfair accetti quella chiave
(a un bot servono tutte e quattro le cose: certificato, nome utente, password e chiave
applicazione). Una sessione di prova riuscita viene poi chiusa, a meno che non sia
indicato --keep-session.

Ogni conto Betfair può avere due chiavi applicazione:
  ${KEY_KINDS_TEXT.delayed}
  ${KEY_KINDS_TEXT.live}

Opzioni:
  --jurisdiction ID   dove si trova il tuo conto Betfair: ${JURISDICTION_IDS.join(', ')}
                      (international = betfair.com; dk non può usare il login del bot)
  --cert FILE         il certificato (.crt), insieme a --key FILE (la chiave privata)
  --pem FILE          un unico file con certificato e chiave
  --p12 FILE          un file .p12/.pfx; la sua password viene da ${P12_PASSWORD_ENV}
  --username NAME     il tuo nome utente Betfair
  --app-key KEY       la chiave applicazione che userà il tuo bot (facoltativa: senza,
                      la prova elenca le tue chiavi così puoi sceglierne una)
  --create-app-keys NAME
                      se il tuo conto non ha ancora chiavi applicazione, le crea
                      con questo nome (che non deve contenere il tuo nome utente)
  --keep-session      non chiude la sessione di prova; ne stampa il token di sessione
  --json              stampa un unico oggetto JSON invece del testo; oltre alla risposta
                      del login contiene "appKeys" (ognuna {appName, applicationKey,
                      version, delayed, active}), "appKeyCheck" ({status, delayed?,
                      active?, code?, title, explanation, whatToDo}; status è valid,
                      not-yours, refused, not-given o not-checked) e, con
                      --create-app-keys, "appKeysCreation"; "verdict" è l'esito
                      complessivo (works, works-no-stream, delayed-key, key-inactive,
                      choose-key, create-keys, key-not-yours, key-refused,
                      key-not-checked, login-failed...), "title" e "whatToDo" lo dicono
                      a parole; "ok" è true esattamente quando il codice di uscita è 0

La password Betfair viene letta dalla variabile d'ambiente ${PASSWORD_ENV}, oppure chiesta
(senza mostrarla) quando il comando gira in un terminale. Non è mai accettata sulla riga
di comando. Si inviano al massimo 5 login di prova al minuto, e nessuno per 20 minuti dopo
che Betfair ha segnalato troppi login (questo viene ricordato nella cartella dei dati
dell'app).

Codici di uscita: 0 il tuo bot può accedere e scommettere (una chiave live attivata da
Betfair); 1 Betfair ha risposto con un errore; 2 uso errato o dati non utilizzabili;
3 nessuna risposta valida (rete, connessione sicura, tempo scaduto, risposta inattesa;
anche quando il login funziona ma non è stato possibile controllare la chiave); 4 trattenuto
per proteggere il tuo conto (troppe prove, la breve attesa dopo due password sbagliate di fila, o la pausa di 20 minuti di Betfair); 5 il login
funziona ma il tuo bot non può ancora scommettere con la chiave (nessuna chiave indicata,
nessuna chiave creata, la chiave ritardata, una chiave live non ancora attiva, una chiave
rifiutata da Betfair o che non è tua).
`,
    passwordFlag: NO_ARGV_PASSWORD,
    needJurisdiction: `Indica dove si trova il tuo conto Betfair con --jurisdiction (${JURISDICTION_IDS.join(', ')}).`,
    badJurisdiction: (value: string): string =>
      `"${value}" non è una giurisdizione che questo strumento conosce. Usane una tra: ${JURISDICTION_IDS.join(', ')}.`,
    needCertificate:
      'Indica quale certificato usare: --cert FILE con --key FILE, oppure --pem FILE, oppure --p12 FILE.',
    oneCertificate: 'Indica un solo certificato: --cert con --key, oppure --pem, oppure --p12.',
    certNeedsKey: "L'opzione --cert richiede anche --key FILE (la chiave privata che appartiene al certificato).",
    keyNeedsCert: "L'opzione --key richiede anche --cert FILE (il certificato a cui appartiene la chiave).",
    keysHeading: 'Le tue chiavi applicazione:',
    keyLine: (key: string, kind: string, appName: string, version: string): string =>
      `  ${key}  ${kind}  (app "${appName}", versione ${version})`,
    noKeys:
      'Il tuo conto non ha ancora chiavi applicazione. Creale con --create-app-keys NAME, per esempio --create-app-keys "Il mio bot di scommesse".',
    keyKinds: `${KEY_KINDS_TEXT.delayed} ${KEY_KINDS_TEXT.live}`,
    keysNotCreated: (title: string, code: string): string =>
      `Le tue chiavi applicazione non sono state create: ${title} (${code})`,
    needUsername: 'Indica il tuo nome utente Betfair con --username.',
    needPassword: `Nessuna password: passala sullo standard input con --password-stdin, imposta ${PASSWORD_ENV}, oppure esegui il comando in un terminale per fartela chiedere.`,
    passwordPrompt: (username: string): string => `Password Betfair per ${username}: `,
    p12Prompt: 'Password del file .p12: ',
    testEndpoint: (origin: string | null): string =>
      `Si usa un server di test${origin ? ` (${origin})` : ''}, non i veri server di login di Betfair.`,
    successHeading: (title: string): string => `SUCCESS: ${title}`,
    statusHeading: (status: string, title: string): string => `Betfair ha risposto ${status}: ${title}`,
    faultHeading: (title: string, code: string): string =>
      `Non è stato possibile completare il login di prova: ${title} (${code})`,
    whatToDo: (text: string): string => `Cosa fare: ${text}`,
    action: (label: string, url: string): string => `${label}: ${url}`,
    loggedOut: 'La sessione di prova è stata chiusa.',
    notLoggedOut: "Non è stato possibile chiudere la sessione di prova; terminerà da sola dopo un po'.",
    keptSession: 'La sessione di prova è stata lasciata aperta (--keep-session).',
    sessionToken: (token: string): string => `Token di sessione: ${token}`,
    retryAt: (when: string): string => `Prossima prova possibile: ${when}`,
  },
  passwordStdin: {
    help: `
La password da uno script:
  --password-stdin    legge la password Betfair dallo standard input (la prima riga),
                      ad es.  pass show betfair | bot-login login ... --password-stdin
                      È più sicuro di ${ENV.password}: su Linux una variabile
                      d'ambiente resta leggibile in /proc/<pid>/environ (al tuo stesso
                      utente e a root) per tutta l'esecuzione, anche se il comando la
                      toglie dal proprio ambiente appena l'ha letta.
`,
    empty:
      'Nessuna password sullo standard input (--password-stdin): passala con una pipe, ad es. pass show betfair | bot-login login ...',
    tooLong:
      'Quello che è arrivato sullo standard input è troppo lungo per essere una password (--password-stdin legge una riga).',
    noLine: (seconds: number) =>
      `Nessuna riga sullo standard input entro ${seconds} secondi (--password-stdin aspetta solo la prima riga): passa la password con una pipe seguita da un a capo, ad es. pass show betfair | bot-login login ...`,
    terminal:
      'Lo standard input è questo terminale, dove --password-stdin mostrerebbe ciò che scrivi. Togli --password-stdin: il comando ti chiederà la password senza mostrarla.',
  },
  keyCheck: {
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
  },
  status: {
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
  },
  fault: {
    BOT_LOGIN_NOT_AVAILABLE:
      'Fai usare al tuo bot il login interattivo di Betfair. Se non vivi in Danimarca, esegui di nuovo il comando con --jurisdiction impostata sul paese dove hai aperto il tuo conto Betfair.',
    APP_KEY_INVALID:
      'Copia di nuovo la chiave dalla pagina del conto Betfair che elenca le tue chiavi applicazione (la colonna "Application Key"), oppure togli --app-key.',
    DATA_DIR_UNWRITABLE: `Controlla di poter scrivere nella cartella dei dati (spazio libero su disco, permessi), oppure imposta ${ENV.dataDir} su una tua cartella, poi esegui di nuovo il comando.`,
    LOGIN_FAILED_UNEXPECTEDLY: 'Esegui di nuovo il comando. Se succede ancora, segnalalo.',
    INPUT_MISSING: `Indica il tuo nome utente con --username e la password in ${ENV.password} (oppure scrivila quando ti viene chiesta, in un terminale), poi esegui di nuovo il comando.`,
  },
  certificate: {
    p12PasswordNeeded: (file: string) => `"${file}" è protetto da una password.`,
    notRsa: `Questo certificato usa un tipo di chiave (non RSA) che Betfair non accetta. ${NEW_CERTIFICATE}`,
    rsaSize: (bits: number) => `Questa chiave è lunga ${bits} bit; Betfair chiede 2048 bit. ${NEW_CERTIFICATE}`,
    noClientAuth: `Questo certificato non può essere usato per accedere (non è un certificato client). ${NEW_CERTIFICATE}`,
    notUsable:
      'Questi file del certificato non si possono usare per accedere. Controllali con "bot-login inspect FILE...".',
    keyFailed:
      'Non è stato possibile creare una nuova chiave. Esegui di nuovo il comando; se non riesce ancora, segnalalo.',
    invalidEmail: "L'indirizzo email non sembra corretto. Controllalo, oppure togli --email.",
  },
  renew: {
    summary: 'Rinnova il certificato accanto a quello in uso, così il bot continua a funzionare',
    help: `Uso: bot-login renew --dir DIR [--finish | --cancel] [--json]

Rinnova il certificato in DIR (la cartella con client-2048.crt e client-2048.key) senza
fermare il bot. Betfair tiene un solo certificato per conto: appena carichi quello nuovo,
il vecchio non accede più, quindi l'ordine conta.

  bot-login renew --dir DIR           crea il nuovo set in DIR/renewal-DATA (i file in uso non
                                      vengono toccati), con i file sostitutivi per il bot in
                                      DIR/renewal-DATA/for-the-bot/certs/, e stampa i passi;
                                      rilanciato, mostra il rinnovo in corso
  bot-login renew --dir DIR --finish  dopo che la prova con il nuovo certificato è riuscita: il
                                      nuovo set prende i nomi dei file in uso in DIR, il vecchio
                                      va in DIR/old-certificates (solo per te)
  bot-login renew --dir DIR --cancel  torna al set in uso; il nuovo set non usato va in
                                      DIR/old-certificates

Opzioni:
  --json   stampa un oggetto JSON invece del testo

Codici di uscita: 0 fatto, 1 non è stato possibile (il motivo viene stampato), 2 uso errato.
`,
    noDir: 'Indica con --dir DIR la cartella del certificato in uso.',
    bothFlags: 'Usa --finish oppure --cancel, non entrambi.',
    noWorking: (dir: string) =>
      `In ${dir} non c'è nessun certificato (client-2048.crt). Indica la cartella del certificato in uso.`,
    noRenewal: (dir: string) => `Nessun rinnovo in corso in ${dir}. Inizialo con: bot-login renew --dir ${dir}`,
    started: (dir: string) =>
      `Creato il nuovo certificato accanto a quello in uso, in ${dir}. I file in uso non sono stati toccati.`,
    resumed: (dir: string) => `C'è un rinnovo in corso in ${dir}: il nuovo certificato non è ancora quello in uso.`,
    newCertificate: (name: string, fingerprint: string, date: string) =>
      `Nuovo certificato:        ${name} (l'impronta inizia con ${fingerprint}), valido fino al ${date}`,
    working: (name: string, date: string) => `Il tuo bot usa ancora:    ${name}, scade il ${date}`,
    stepsHeading: 'In questo ordine:',
    stepUpload: (crt: string) =>
      `  1. Carica ${crt} nella pagina di sicurezza del tuo conto Betfair. Da quel momento accede solo il nuovo certificato; un bot già collegato mantiene la sua sessione.`,
    stepBotFiles: (dir: string, files: string) =>
      `  2. Subito dopo, sulla macchina del bot, sostituisci ${files} nella cartella del bot con i file in ${dir} (stessi nomi: nessun percorso cambia).`,
    kitFound: (kit: string) => `Kit creato per il certificato in uso: ${kit} (sostituisci i suoi file in certs/)`,
    stepTest: (command: string) => `  3. Prova il nuovo certificato: ${command}`,
    stepFinish: (command: string) => `  4. Quando la prova riesce, rendi il nuovo set quello in uso: ${command}`,
    cancelHint: (command: string) => `Per tornare al set in uso in qualsiasi momento: ${command}`,
    finished: (dir: string) => `Il nuovo certificato è ora quello in uso in ${dir}, con gli stessi nomi di file.`,
    botFilesAgain: (dir: string) =>
      `Se non l'hai ancora fatto, sostituisci certs/client-2048.crt e certs/client-2048.key nella cartella del bot con i file in ${dir}.`,
    archived: (dir: string) =>
      `Il vecchio certificato è in ${dir} (solo per te). Eliminalo quando il tuo bot ha fatto il login con quello nuovo.`,
    cancelled: (archive: string) =>
      `Di nuovo sul certificato in uso, senza modifiche. Il nuovo set non usato è in ${archive}. Se hai già caricato il nuovo certificato, carica di nuovo quello in uso.`,
    failed: (message: string) => `Impossibile rinnovare il certificato: ${message}`,
  },
  botChecks: {
    stream: (title: string, host: string) => `Streaming (${host}): ${title}`,
    keepAlive: (title: string) => `Mantenere la sessione (keepAlive): ${title}`,
    request: (message: string) => `  Scrivi: ${message}`,
    noStreamFlag: "Salta la verifica dell'Exchange Stream API.",
    requireStreamFlag: 'Esci con 5 quando la chiave non può fare streaming (NOT_AUTHORIZED e gli altri rifiuti).',
  },
  kit: {
    summary:
      'Crea un kit per il bot: il certificato nella forma che vuole il tuo framework, una prova del login e un README',
    help: `Uso: bot-login kit --framework NOME --dir CARTELLA (--cert FILE --key FILE | --pem FILE | --p12 FILE)
                  --jurisdiction ID --username NOME --app-key CHIAVE

Scrive una nuova cartella dentro CARTELLA (bot-kit-NOME-DATA, mai sopra un kit precedente) con ciò
che serve a un bot su un’altra macchina:
  betfairlightweight, flumine   certs/ con .crt e .key, .env.example, check_login.py, kit_settings.py
  dotnet                        un .pfx protetto da una password che scegli tu, Program.cs
  java                          un keystore .p12 protetto da una password che scegli tu, CheckLogin.java
  node                          certs/ con .crt e .key, check-login.mjs
e in ogni kit un README.txt nella tua lingua e bot-login.cjs (questa riga di comando in un solo file).

Opzioni:
  --framework NOME      betfairlightweight, flumine, dotnet, java o node
  --dir CARTELLA        la cartella in cui scrivere il kit (di solito quella del certificato)
  --cert FILE --key FILE, --pem FILE o --p12 FILE
                        il certificato e la chiave con cui accedi
  --jurisdiction ID     international, au, it, es, ro o se
  --username NOME       il tuo nome utente Betfair
  --app-key CHIAVE      la tua chiave applicazione
  --legacy-keystore     dotnet, java: chiude il .pfx/.p12 alla vecchia maniera (3DES, SHA-1),
                        per programmi più vecchi di quelli elencati in docs/bot-kit.md
                        (di norma AES-256 con PBKDF2 e un MAC SHA-256)
  --json                stampa un oggetto JSON invece del testo

Le password non sono mai accettate sulla riga di comando. La password del nuovo .pfx/.p12 (dotnet,
java) si legge da ${KIT_PASSWORD_ENV}, altrimenti viene chiesta due volte al terminale; quella di un
file --p12 da ${P12_PASSWORD_ENV}, altrimenti viene chiesta.

Codici di uscita: 0 scritto, 1 non è stato possibile scriverlo (il motivo viene stampato), 2 uso sbagliato.
`,
    passwordFlag: `Le password non sono accettate sulla riga di comando (gli altri utenti possono vederle). Imposta invece ${KIT_PASSWORD_ENV} o ${P12_PASSWORD_ENV}.`,
    needFramework:
      'Indica con --framework quale framework usa il bot: betfairlightweight, flumine, dotnet, java o node.',
    badFramework: (name: string) =>
      `Non esiste il framework "${name}". Scegli betfairlightweight, flumine, dotnet, java o node.`,
    noDir: 'Indica dove scrivere il kit con --dir CARTELLA.',
    needAppKey: 'Indica la tua chiave applicazione con --app-key CHIAVE.',
    kitPasswordPrompt: 'Scegli una password per il file della chiave: ',
    kitPasswordAgain: 'Di nuovo la stessa password: ',
    kitPasswordsDiffer: 'Le due password non sono uguali. Esegui di nuovo il comando.',
    kitPasswordNeeded: `Imposta ${KIT_PASSWORD_ENV} con la password per il file della chiave (.NET e Java ne hanno bisogno), oppure esegui il comando in un terminale per sentirtela chiedere.`,
    p12Prompt: 'Password del file .p12: ',
    made: (dir: string) => `Kit per il bot creato in ${dir}`,
    noCli: 'bot-login.cjs non è stato trovato accanto a questa riga di comando: il README dice dove scaricarlo.',
    readNext: 'Poi: leggi README.txt nel kit e copia la cartella sulla macchina dove gira il tuo bot.',
    failed: (message: string) => `Non è stato possibile creare il kit: ${message}`,
  },
};
