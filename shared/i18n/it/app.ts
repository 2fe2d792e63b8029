/**
 * User-facing strings of the app shell in Italian: the settings notice, the handler table's refusals and
 * validation messages, the snippet titles and comments. Plain words; no stack traces, no jargon.
 */
import type { Messages } from '../messages.js';

export const appText: Messages['appText'] = {
  settings: {
    damagedNotice:
      "Il file delle impostazioni era danneggiato: l'app lo ha messo da parte ed è ripartita con impostazioni nuove. " +
      "I file del certificato sono intatti: scegli di nuovo il tuo paese e indica all'app dove si trovano.",
    cannotSaveNotice:
      "L'app non riesce a salvare le impostazioni nella sua cartella, quindi dimenticherà le tue scelte quando la chiudi. " +
      'Controlla che il tuo account utente possa scrivere nella propria cartella dei dati delle applicazioni.',
  },
  input: {
    generic: "L'app ha inviato una richiesta incomprensibile. Riprova; se succede ancora, riavvia l'app.",
    appKey: 'La chiave applicazione è troppo lunga: di solito è un breve codice di lettere e cifre.',
    appName: 'Scegli un nome per le tue chiavi applicazione, da 1 a 64 caratteri.',
    username: 'Inserisci il tuo nome utente Betfair.',
    password: 'Inserisci la tua password Betfair.',
    p12Password: 'La password del file .p12 è troppo lunga.',
    folder: 'Scegli una cartella indicandone il percorso completo.',
    paths: 'Scegli almeno un file da controllare (al massimo dieci).',
    path: 'Scegli un file indicandone il percorso completo.',
    url: "Questo link non è un indirizzo web che l'app può aprire.",
    jurisdiction: 'Prima scegli dove vivi.',
    days: 'Scegli per quanti giorni deve durare il certificato (tra 1 e 3650).',
    country: 'Il paese deve essere un codice di due lettere, come IT.',
    subjectField: 'Uno dei dati del certificato è troppo lungo (massimo 64 caratteri ciascuno).',
  },
  errors: {
    unexpectedTitle: 'Qualcosa è andato storto',
    unexpected:
      "Si è verificato un errore imprevisto nell'app. Non è stato inviato nulla a Betfair. Riprova; se succede ancora, riavvia l'app.",
    notAllowedFolder:
      "L'app mostra solo i file che ha creato lei o che hai scelto tu. Prima scegli di nuovo il file nell'app.",
    notAllowedLink:
      "Per la tua sicurezza l'app apre solo le pagine web sicure di Betfair, e questo link non è una di quelle.",
    notAllowedSender: "Questa richiesta non proviene dalla finestra dell'app, quindi è stata rifiutata.",
    fileMissing: "Quel file non è più dove l'app lo aveva lasciato. Forse è stato spostato o eliminato.",
    needsJurisdiction: "Prima scegli dove vivi, così l'app sa quale sito Betfair usare.",
    needsCertificate: 'Prima crea un certificato o scegli quello che hai già.',
    needsSetupTitle: 'Manca un passaggio',
    botLoginNotAvailable:
      "Betfair non offre il login del bot ai clienti in Danimarca, quindi non c'è nessun codice da mostrare. Accedi nel solito modo dal sito.",
    bridgeFailed: "La finestra ha perso il contatto con l'app. Riavvia l'app.",
  },
  snippets: {
    betfairlightweightTitle: 'Python (betfairlightweight)',
    curlTitle: 'Riga di comando (curl)',
    nodeTitle: 'Node.js (https)',
    keyWarning:
      'Tieni la chiave privata solo per te: non condividerla, non inviarla per email e non metterla in un archivio di codice (repository).',
    passwordFromEnv:
      "La password viene letta dalla variabile d'ambiente BETFAIR_PASSWORD, così non compare mai in questo file.",
    passwordOnStdin:
      "curl la legge dal proprio standard input, così non compare mai nell'elenco dei programmi in esecuzione che gli altri utenti possono vedere.",
    p12PasswordFromEnv: "La password del file .p12 viene letta dalla variabile d'ambiente BETFAIR_P12_PASSWORD.",
    betfairlightweightNeedsPair:
      'betfairlightweight cerca un file .crt e un file .key nella cartella qui sotto. Il tuo certificato è in un unico file, ' +
      'quindi copia la parte del certificato in un file .crt e la parte della chiave in un file .key, in una cartella che puoi leggere solo tu.',
  },
  reminder: {
    summary: 'Rinnova il certificato del bot Betfair',
    description: (expires: string, commonName: string | null, dir: string) =>
      `Il certificato del tuo bot Betfair${commonName ? ` "${commonName}"` : ''} scade il ${expires}. ` +
      `Apri Bot Login Wizard, crea un nuovo certificato e caricalo su Betfair prima di quella data, altrimenti il tuo bot non riuscirà più ad accedere.\n` +
      `I file del certificato si trovano in ${dir}.`,
    lateDescription: (expires: string, commonName: string | null, dir: string) =>
      `Il certificato del tuo bot Betfair${commonName ? ` "${commonName}"` : ''} scade il ${expires}, tra meno di due settimane, quindi questo promemoria è per il giorno dopo, non due settimane prima. ` +
      `Apri subito Bot Login Wizard e premi "Rinnova il certificato", altrimenti il tuo bot non riuscirà più ad accedere.\n` +
      `I file del certificato si trovano in ${dir}.`,
    exists:
      "Accanto al certificato c'è già un file con il nome del promemoria, ma non lo ha creato l'app, quindi è stato lasciato com'è. Spostalo o rinominalo e riprova.",
    saved:
      'Non è stato possibile salvare il promemoria accanto al certificato. Controlla che la cartella esista ancora e che tu possa scriverci.',
    notOpened: (path: string) =>
      `Il promemoria è stato salvato come ${path}, ma nessun programma di calendario lo ha aperto. Apri tu quel file con il tuo calendario.`,
  },
  crt: {
    unreadable:
      'Non è stato possibile leggere il certificato dal file. Se è un file .p12, controlla la password e riprova.',
    exists:
      "Accanto al certificato c'è già un altro file .crt con quel nome, quindi è stato lasciato com'è. Spostalo o rinominalo e riprova.",
    notSaved:
      'Non è stato possibile salvare il file .crt accanto al certificato. Controlla che la cartella esista ancora e che tu possa scriverci.',
    changed:
      'Il file non contiene più il certificato usato dalla procedura guidata. Scegli di nuovo il certificato al passaggio 2.',
  },
  menu: {
    file: 'File',
    edit: 'Modifica',
    window: 'Finestra',
  },
  dialogs: {
    chooseFolderTitle: 'Scegli una cartella per il certificato',
    chooseFolderButton: 'Usa questa cartella',
    chooseFilesTitle: 'Scegli i file del certificato e della chiave',
    chooseFilesButton: 'Controlla questi file',
    certificateFilesFilter: 'Certificati e chiavi',
  },
};
