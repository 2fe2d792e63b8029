/** Command-line text (argument parsing, generate, inspect) in Italian. */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

const P12_PASSWORD_ENV = ENV.p12Password;

/** Italian plural: singular only for 1. */
function plural(n: number, one: string, many: string): string {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}

/** One aligned line of `inspect`'s report: the values start in one column. */
const field = (label: string, value: string): string => `  ${label.padEnd(17)}${value}`;

const PASSWORD_FLAG = `Le password non sono accettate sulla riga di comando (gli altri utenti possono vederle). Imposta invece ${P12_PASSWORD_ENV}.`;

export const CLI_ARGS_TEXT: Messages['CLI_ARGS_TEXT'] = {
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
};

export const CLI_GENERATE_TEXT: Messages['CLI_GENERATE_TEXT'] = {
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
};

export const CLI_INSPECT_TEXT: Messages['CLI_INSPECT_TEXT'] = {
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
};
