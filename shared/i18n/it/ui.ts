/**
 * Every string the wizard window shows (Italian). The renderer reads text only from here
 * (place names: ./jurisdictions.ts).
 */
import type { Messages } from '../messages.js';

/** Italian plural: singular only for 1 (0 takes the plural: "0 giorni"). */
function plural(n: number, one: string, many: string): string {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}

export const ui: Messages['ui'] = {
  appTitle: 'Bot Login Wizard',

  common: {
    next: 'Avanti',
    back: 'Indietro',
    cancel: 'Annulla',
    showInFolder: 'Mostra nella cartella',
    loading: 'Caricamento…',
    version: (v: string) => `Versione ${v}`,
    details: 'Dettagli',
  },

  steps: {
    label: 'Passaggi',
    names: {
      jurisdiction: 'Sito Betfair',
      certificate: 'Certificato',
      upload: 'Carica',
      test: 'Prova',
      dashboard: 'Fatto',
    },
    position: (n: number, total: number) => `Passaggio ${n} di ${total}`,
    done: 'fatto',
  },

  language: {
    label: 'Lingua',
    offerQuestion: "Vuoi usare l'app in italiano?",
    offerAccept: "Passa all'italiano",
    offerDecline: 'No, grazie',
  },

  banners: {
    testEndpoint: (origin: string) => `Server di test: ${origin}`,
    testEndpointHint: 'I login di prova vanno a questo server di test, non a Betfair.',
    dismiss: 'Chiudi',
  },

  errors: {
    noBridge: "La procedura guidata non riesce a comunicare con il resto dell'app. Chiudi la finestra e riapri l'app.",
    unexpectedTitle: 'Qualcosa è andato storto',
    unexpected: "L'app ha avuto un problema imprevisto. Riprova; se succede ancora, riavvia l'app.",
    startupTitle: 'Avvio non riuscito',
  },

  jurisdiction: {
    heading: 'Quale sito Betfair usi?',
    intro:
      'Betfair ha siti diversi per alcuni paesi e il tuo conto appartiene a uno di questi. Scegli il sito a cui accedi quando scommetti.',
    legend: 'Quale sito Betfair usi?',
    preselected:
      'Scelto in base alla lingua e alla regione del tuo computer. Cambialo se il tuo conto è su un altro sito.',
    needsChoice: 'Scegli il tuo sito Betfair per continuare.',
    denmarkHeading: 'Il login del bot non è disponibile su betfair.dk',
    denmarkWhy:
      'Su betfair.dk si accede con MitID, che funziona solo nella finestra di login di Betfair (il login interattivo). Per questo Betfair non offre il login con certificato (bot) su betfair.dk e questa procedura guidata non può configurarlo.',
    denmarkInstead:
      'In alternativa, un programma può usare il login interattivo di Betfair: accedi tu nella finestra di login di Betfair e poi il programma scommette per te finché la sessione non scade.',
    denmarkLink: 'Leggi la pagina di Betfair sul login interattivo',
    denmarkOtherSite: 'Se il tuo conto è su un altro sito Betfair, sceglilo qui sopra.',
    saveFailed: 'Impossibile salvare la tua scelta.',
  },

  certificate: {
    p12PasswordAgain: 'Ripeti la password del .p12',
    showP12Password: 'Mostra la password del .p12',
    p12Mismatch: 'Le due password del .p12 non coincidono. Scrivi la stessa password in tutti e due i campi.',
    p12NotAscii:
      'Usa solo lettere senza accenti (A\u2013Z, a\u2013z), cifre, spazi e i simboli di una tastiera inglese. I programmi leggono gli altri caratteri (come \u00e9, \u00f8 o le emoji) in modi diversi, e il tuo bot potrebbe non riuscire ad aprire il file .p12.',
    heading: 'Il tuo certificato',
    intro:
      'Betfair riconosce il tuo bot tramite un certificato: alcuni piccoli file creati su questo computer. Creane uno nuovo qui, oppure usane uno che hai già.',
    createHeading: 'Crea un nuovo certificato',
    folderLabel: 'I file verranno salvati in questa cartella:',
    changeFolder: 'Cambia cartella…',
    advanced: 'Opzioni avanzate',
    commonName: 'Nome mostrato su Betfair',
    validDays: 'Validità (giorni)',
    validDaysError: (min: number, max: number) => `Inserisci un numero intero di giorni da ${min} a ${max}.`,
    commonNameError: 'Inserisci un nome per il certificato.',
    p12Password: 'Password per un file .p12 (facoltativa)',
    p12PasswordHint:
      'Alcuni programmi (per esempio quelli .NET) hanno bisogno di un file .p12. Se indichi una password, viene creato anche quello.',
    create: 'Crea certificato',
    creating: 'Creazione del certificato…',
    replaceTitle: 'Sostituire il certificato esistente?',
    replaceText:
      'Questa cartella contiene già dei file del certificato. Se li sostituisci, i vecchi file vengono spostati in una cartella di backup lì accanto e dovrai caricare il nuovo certificato su Betfair.',
    replace: 'Sostituisci',
    backupMoved: (dir: string) => `I file precedenti sono stati spostati in ${dir}.`,
    keyFilesOwnerOnly: 'Solo il tuo account utente può leggere i file della chiave.',
    keyFilesNoModes:
      'Windows non può rendere i file della chiave leggibili solo da te, quindi tieni questa cartella dentro la tua cartella utente, dove gli altri account non possono leggerla.',
    useExisting: 'Usa un certificato esistente',
    readyHeading: 'Certificato pronto \u2013 ora caricalo',
    readyIntro: 'Il tuo bot accederà con questi file. Ora aggiungi il certificato al tuo conto Betfair.',
    makeNew: 'Crea un nuovo certificato',
    useOther: 'Usa altri file',
    fileRoles: {
      certificate: 'questo va caricato su Betfair',
      key: 'tienilo segreto: è la tua chiave privata',
      pem: 'chiave e certificato in un unico file per i bot (Python, curl); tienilo segreto',
      p12: 'per programmi .NET/Java; tienilo segreto',
      other: 'conservalo al sicuro',
    },
    existingHeading: 'Usa un certificato che hai già',
    existingIntro:
      'Scegli il certificato e la sua chiave (.crt e .key), un unico file .pem combinato, oppure un file .p12/.pfx.',
    chooseFiles: 'Scegli i file del certificato…',
    noFilesChosen: 'Nessun file scelto.',
    chosenFiles: 'File scelti:',
    existingP12Password: 'Password .p12',
    check: 'Controlla questi file',
    checking: 'Controllo…',
    findingsHeading: 'Risultato del controllo',
    notUsable: 'Questi file non si possono ancora usare. Risolvi i problemi qui sopra e controlla di nuovo.',
    commonNameValue: 'Nome mostrato su Betfair',
    fingerprint: 'Impronta digitale (SHA-256)',
    files: 'File',
    needsCertificate: 'Crea o scegli un certificato per continuare.',
  },

  expiry: {
    expiresOn: (date: string, days: number) => `Scade il ${date} (tra ${plural(days, 'giorno', 'giorni')})`,
    expiredOn: (date: string, daysAgo: number) => `Scaduto il ${date} (${plural(daysAgo, 'giorno', 'giorni')} fa)`,
    soonWarning: (days: number) =>
      `Il tuo certificato scade tra ${plural(days, 'giorno', 'giorni')}. Premi «Rinnova il certificato»: l’app crea quello nuovo accanto a quello in uso e ti dice in che ordine caricarlo e sostituire due file, così il tuo bot continua a funzionare.`,
    expiredWarning:
      'Il tuo certificato è scaduto: il tuo bot non può più usarlo per accedere. Creane uno nuovo e caricalo su Betfair.',
    renew: 'Rinnova il certificato',
    addReminder: 'Aggiungi un promemoria al calendario',
    reminderAdded: (path: string) =>
      `Il promemoria (due settimane prima della scadenza del certificato) è stato salvato come ${path} e aperto nel tuo calendario.`,
    reminderAddedLate: (path: string) =>
      `Mancano meno di due settimane, quindi il promemoria è per domani (non due settimane prima). È stato salvato come ${path} e aperto nel tuo calendario. Meglio ancora: rinnova ora.`,
  },

  upload: {
    heading: 'Carica il tuo certificato',
    intro: (place: string) =>
      `Betfair deve conoscere il tuo certificato prima che il tuo bot possa accedere. Aggiungilo al tuo conto sul sito Betfair che hai scelto: ${place}.`,
    openPage: 'Apri la pagina di sicurezza Betfair',
    showCrt: 'Mostra il file .crt',
    noCrt:
      'Il tuo certificato si trova in un file che contiene anche la chiave privata, mentre Betfair vuole il certificato da solo (un file .crt). La procedura guidata può salvarlo per te come .crt.',
    saveCrt: 'Salva il certificato come .crt',
    savingCrt: 'Salvataggio…',
    crtSaved: (fileName: string) => `Salvato come ${fileName}: carica questo file`,
    crtP12Password: 'Password .p12 (per leggere il certificato)',
    stepsHeading: 'Come caricarlo',
    steps: (crtName: string, crtOnDisk: boolean) => [
      'Premi "Apri la pagina di sicurezza Betfair". Il browser si apre sulla pagina di sicurezza del tuo conto. Se Betfair te lo chiede, accedi.',
      'Scorri fino alla sezione "Automated Betting Program Access" (accesso dei programmi di scommesse automatiche, cioè accesso API) e premi il pulsante Modifica di quella sezione.',
      crtOnDisk
        ? `Premi Sfoglia (o Scegli file) e seleziona ${crtName}. Premi "Mostra il file .crt" per vedere dove si trova.`
        : `Prima premi qui "Salva il certificato come .crt", poi nella pagina di Betfair premi Sfoglia (o Scegli file) e seleziona il file .crt.`,
      'Premi il pulsante che carica il certificato. I dati del certificato compariranno in quella sezione.',
      'Torna qui e spunta la casella sotto.',
    ],
    crtHint: 'Carica solo il file .crt. Non caricare né inviare mai a nessuno i file .key, .pem o .p12.',
    confirm: 'Ho caricato il certificato',
    needsConfirm: 'Spunta la casella quando il certificato è sul tuo conto Betfair.',
  },

  test: {
    remember: 'Ricorda il mio nome utente e la chiave applicazione su questo computer',
    heading: 'Prova il login',
    notTestedTitle: 'Il tuo login non è ancora stato provato',
    notTestedText:
      'Senza una prova non saprai se il tuo bot riesce ad accedere. Puoi provarlo più tardi dalla dashboard.',
    notTestedGoOn: 'Continua senza provare',
    notTestedStay: 'Prima prova il login',
    intro:
      "Inserisci il nome utente e la password Betfair, e la chiave applicazione se ce l'hai. La procedura guidata accede una volta, come farà il tuo bot, controlla la chiave ed esce subito.",
    appKey: 'Chiave applicazione',
    appKeyHint: 'Facoltativa. Se la lasci vuota, la procedura guidata la trova per te.',
    username: 'Nome utente',
    password: 'Password',
    p12Password: 'Password .p12',
    showPassword: 'Mostra password',
    passwordNeverStored: 'La password non viene mai salvata. Viene inviata a Betfair solo per questa prova.',
    button: 'Prova il login',
    testing: 'Prova in corso…',
    waitButton: (countdown: string) => `Prova il login (attendi ${countdown})`,
    checkedButton: "L'ho controllata, riprova",
    checkedWaitButton: (countdown: string) => `Riprova (attendi ${countdown})`,
    waitReason: {
      'rate-limited': 'Poche prove al minuto proteggono il tuo conto.',
      banned: 'Betfair ha sospeso i login di questo conto: si attende.',
      'password-check': 'Due password sbagliate di fila: prima controllala.',
    },
    passwordCheck:
      'Betfair non ha accettato nome utente e password per due volte di fila, e altri tentativi sbagliati possono bloccare il conto. Controllali accedendo al sito di Betfair (o reimposta la password); dopo una breve attesa premi "L\'ho controllata, riprova".',
    rateLimited:
      'Per proteggere il tuo conto, la procedura guidata fa solo pochi tentativi di login al minuto. Potrai riprovare quando finisce il conto alla rovescia.',
    banned:
      "Betfair ha sospeso per un po' i login di questo conto dopo troppi tentativi. La procedura guidata aspetta la fine della pausa, per non allungarla.",
    missingUsername: 'Inserisci il nome utente.',
    missingPassword: 'Inserisci la password.',
    missingP12: 'Inserisci la password del file .p12.',
    loggedOut: 'La sessione di prova è stata chiusa, quindi non resta nulla di aperto.',
    logoutFailed: "Non è stato possibile chiudere la sessione di prova; si chiuderà da sola dopo un po'.",
    whatItMeans: 'Cosa significa',
    whatToDo: 'Cosa fare',
    faultTitle: 'Impossibile eseguire la prova',
    testEndpointUsed: 'Questa prova ha usato il server di test, non Betfair.',
  },

  /** The application-key part of a test: the account's keys, creating keys. */
  appKeys: {
    whatIsIt: "Che cos'è una chiave applicazione?",
    listHeading: 'Le tue chiavi applicazione',
    listIntro: 'Queste chiavi sono sul tuo conto Betfair. Premi "Usa questa chiave" per inserirne una nel modulo.',
    appName: 'Nome app',
    key: 'Chiave',
    delayed: 'Chiave ritardata',
    live: 'Chiave live',
    kindAndState: (kind: string, state: string) => `${kind}, ${state}`,
    copyKey: 'Copia chiave',
    useKey: 'Usa questa chiave',
    keyFilled: 'La chiave ora è nel modulo. Inserisci la password e premi "Prova il login" per controllarla.',
    keyFilledRemembered:
      'La chiave ora è nel modulo e la procedura guidata la ricorda. Inserisci la password e premi "Prova il login" per controllarla.',
    createHeading: 'Crea le tue chiavi applicazione',
    appNameLabel: 'Nome per le tue chiavi',
    appNameHint: 'Un nome qualsiasi che nessun altro usa su Betfair. Non deve contenere il tuo nome utente.',
    createPassword: 'Password Betfair',
    createPasswordMissing: 'Inserisci la tua password Betfair.',
    createPasswordHint:
      'La procedura guidata non conserva mai la password, quindi le serve ancora una volta per creare le chiavi.',
    createButton: 'Crea le chiavi applicazione',
    creating: 'Creazione delle chiavi\u2026',
    goToDashboard: 'Vai alla dashboard',
  },

  dashboard: {
    heading: 'Il login del tuo bot',
    jurisdiction: 'Sito Betfair',
    certificateHeading: 'Certificato',
    lastTest: 'Ultima prova',
    lastTestNone: 'Nessuna prova finora.',
    lastTestSuccess: (title: string, when: string) => `${title} (prova del ${when})`,
    lastTestFailure: (title: string, when: string) => `Non ancora pronto: ${title} (prova del ${when})`,
    testAgainHeading: 'Prova di nuovo',
    snippetsHeading: 'Esempi di codice per il tuo bot',
    snippetsIntro: 'Codice che accede con il tuo certificato, già compilato con i percorsi dei tuoi file.',
    copy: (title: string) => `Copia il codice ${title}`,
    copied: 'Copiato',
    copyFailed: 'Non è stato possibile copiare. Seleziona il codice e copialo a mano.',
    keyWarning:
      'Tieni i file della chiave (.key, .pem e .p12) solo per te: non condividerli, non inviarli per email e non metterli su git o in altri archivi di codice. Chi li ha, insieme alla tua password, può accedere al posto tuo.',
    snippetsFailed: 'Impossibile caricare gli esempi di codice.',
    startOver: 'Ricomincia',
    startOverTitle: 'Ricominciare?',
    startOverText:
      'La procedura guidata dimenticherà le tue scelte e il certificato in uso. I file del certificato restano sul tuo computer e il certificato resta sul tuo conto Betfair finché non lo rimuovi da lì.',
    startOverConfirm: 'Sì, ricomincia',
  },
};
