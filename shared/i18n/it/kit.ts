/** The bot kit in Italian: its README.txt, the dashboard's "Set up my bot" and `bot-login kit`. */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

const PASSWORD_ENV = ENV.password;
const P12_PASSWORD_ENV = ENV.p12Password;

export const KIT_README_TEXT: Messages['KIT_README_TEXT'] = {
  title: (framework: string) => `Kit per il bot ${framework}: il login del tuo bot Betfair, pronto per il server`,
  made: (date: string, site: string) => `Creato il ${date} da Bot Login Wizard, per un conto su ${site}.`,
  privateKey:
    'Questa cartella contiene la tua chiave privata. Copiala solo sulla tua macchina, quella dove gira il bot. Non mandarla mai per email o in chat e non metterla in un posto condiviso (un repository Git, un disco condiviso): chi ha la chiave e la tua password può accedere come te.',
  noSecrets:
    'La tua password Betfair e le sessioni non sono in questa cartella: la password la aggiungi tu sul server.',
  modesOwnerOnly:
    'I file con la chiave sono leggibili solo da te (permessi 0600). Tienili così anche sul server: chmod 600 FILE.',
  modesWindows:
    'Windows non ha permessi come 0600: questi file seguono le regole di accesso della cartella in cui si trovano. Tieni la cartella nella tua cartella utente; su un server Linux rendi i file della chiave leggibili solo dal bot (chmod 600 FILE).',
  /** The README as the app's file list names it (in the README itself it is "this file"). */
  readmeInApp: 'come configurarlo sul server, nella tua lingua',
  filesHeading: 'Cosa c’è in questa cartella',
  files: {
    certificate: 'il certificato (pubblico: quello caricato su Betfair)',
    privateKey: 'la chiave privata: tienila segreta',
    keystore: 'certificato e chiave in un solo file, protetti dalla password che hai scelto: tienilo segreto',
    envExample:
      'le tue impostazioni per kit_settings.py, con la chiave applicazione già scritta: copialo in .env e aggiungi la password',
    settings: 'le impostazioni che il tuo bot e la prova condividono: legge .env e trova certs/ accanto a sé',
    check: 'una breve prova: login, tiene viva la sessione una volta, legge i fondi, logout',
    project: 'il file di progetto, perché "dotnet run" possa compilare Program.cs',
    readme: 'questo file',
    oneFileCli: 'la riga di comando bot-login in un solo file: prova il login dal server',
  },
  stepsHeading: 'Sul server, in tre passi',
  stepCopy: (folder: string) =>
    `1. Copia tutta questa cartella sul server, per esempio: scp -r ${folder} tu@il-tuo-server:~/  e sul server: chmod 700 ~/${folder}`,
  stepSecretsPython: (envVar: string, passwordVar: string) =>
    `2. Copia .env.example in .env e scrivi la tua password Betfair tra gli apici dopo ${passwordVar}= (${envVar} contiene già la tua chiave applicazione). Poi: chmod 600 .env. Non serve esportare niente nella shell.`,
  stepSecretsKeystore: (passwordVar: string, keystoreVar: string) =>
    `2. Passa i tuoi segreti alla prova come variabili d’ambiente, mai nel codice: ${passwordVar} (la tua password Betfair) e ${keystoreVar} (la password che hai scelto per il file della chiave).`,
  stepSecretsNode: (passwordVar: string) =>
    `2. Passa alla prova la tua password Betfair nella variabile d’ambiente ${passwordVar}, mai nel codice.`,
  stepRun: (command: string) => `3. Da questa cartella, avvia la prova: ${command}`,
  checkSays:
    'La prova dice cosa è successo a ogni passo e finisce con OK oppure con il codice che Betfair ha risposto (vedi sotto). Non stampa mai la tua password né il token di sessione.',
  checkPathPython:
    'La prima riga dice come ha fatto il login: con betfairlightweight (se è installato: lo stesso codice del tuo bot) oppure con requests.',
  needs: (tools: string) => `Serve ${tools}.`,
  inYourBotHeading: 'Nel tuo bot',
  inYourBotPython: (lines: string) =>
    `Metti il file .py del tuo bot in questa cartella (oppure copia kit_settings.py, .env e certs/ accanto a esso). Queste righe leggono lo stesso .env della prova e trovano certs/ accanto a kit_settings.py, ovunque sia la cartella; niente da esportare:\n${lines}`,
  inYourBotKeystore: (file: string) => `Apri ${file} come fa la prova, con la password letta dall’ambiente.`,
  inYourBotNode: 'Passa il certificato e la chiave alla richiesta https come fa la prova.',
  cliHeading: 'Prova con la riga di comando in un solo file',
  cliIncluded:
    'bot-login.cjs ha bisogno solo di Node.js 20 o più recente: niente da installare. Ti chiede la password Betfair (o la legge da ' +
    PASSWORD_ENV +
    ') e dice in parole semplici cosa ha risposto Betfair. Da questa cartella:',
  cliMissing:
    'bot-login.cjs non era accanto all’app quando questo kit è stato creato. Scarica bot-login.cjs dalla pagina delle release di Bot Login Wizard (la release della versione della tua app) in questa cartella. Serve solo Node.js 20 o più recente. Poi, da questa cartella:',
  cliKeystore: `Ti chiede anche la password del file della chiave (o la legge da ${P12_PASSWORD_ENV}).`,
  troubleHeading: 'Se qualcosa va storto',
  trouble: {
    certsNotFound:
      'CertsError ("Certificates not found in directory" o "No such file or directory"): certs/ non è accanto a kit_settings.py, oppure mancano client-2048.crt o client-2048.key. Lascia la cartella come l’ha creata il kit.',
    pemLib:
      '"PEM lib" o "key values mismatch" (un errore SSL) durante il login: il .crt e il .key in certs/ non vanno insieme, oppure uno dei due è rovinato. Copiali di nuovo entrambi dal kit e non modificarli.',
    strayFiles:
      'Un .pem, un .csr o un secondo .crt o .key di troppo nella cartella certs: la libreria prende il file che incontra, forse quello sbagliato. Lascia lì solo client-2048.crt e client-2048.key.',
    certAuthRequired:
      'CERT_AUTH_REQUIRED: Betfair non conosce questo certificato. Carica client-2048.crt (non il .pem, non il .key) nella pagina di sicurezza del tuo conto, nella sezione dell’accesso per i programmi di scommesse automatiche, poi riprova.',
    restrictedLocation:
      'BETTING_RESTRICTED_LOCATION (o un altro ..._RESTRICTED_LOCATION): Betfair ha rifiutato il login per il luogo da cui la macchina si collega a internet. Una prova da casa non lo può mostrare: un server cloud o una VPN in un altro paese possono essere rifiutati. Lo dice solo una prova dal server stesso; se viene rifiutato, il bot deve girare da un luogo che Betfair permette per il tuo conto.',
    wrongLogin:
      'INVALID_USERNAME_OR_PASSWORD: il nome utente o la password Betfair sono sbagliati. Controlla la password che hai impostato sul server.',
    keystorePasswordJava: (file: string, keystoreVar: string) =>
      `"Integrity check failed", "Failed PKCS12 integrity checking" o "keystore password was incorrect" aprendo ${file}: ${keystoreVar} non è la password che hai scelto quando hai creato il kit. Metti quella giusta; se l’hai persa, crea un nuovo kit.`,
    javaEncoding:
      'INVALID_USERNAME_OR_PASSWORD anche se la password è giusta, e contiene lettere fuori dall’inglese semplice (come £ o é): Java l’ha letta con la codifica sbagliata. Avvia Java con LANG=C.UTF-8 (per esempio: LANG=C.UTF-8 java CheckLogin.java), e il tuo bot allo stesso modo.',
    keystorePasswordDotnet: (file: string, keystoreVar: string) =>
      `"The specified network password is not correct" (Windows) o "the password may be incorrect" (Linux, macOS) aprendo ${file}: ${keystoreVar} non è la password che hai scelto quando hai creato il kit. Metti quella giusta; se l’hai persa, crea un nuovo kit.`,
    nodeKey:
      '"bad decrypt" o "mac verify failure": Node ha ricevuto una chiave protetta da password, oppure un .p12/.pfx con la passphrase sbagliata. La chiave in certs/ non ha password: passa il .crt e il .key come fa la prova.',
    appKey:
      'INVALID_APP_KEY o NO_APP_KEY leggendo i fondi: la chiave applicazione è sbagliata o non è di questo conto. Usa una chiave di questo conto (per una prova va bene la chiave ritardata).',
    noRequests: 'No module named requests: installalo con python3 -m pip install requests',
    network:
      'Un timeout o "connection refused": il server non raggiunge Betfair (firewall, proxy). Deve essere permesso l’HTTPS in uscita (porta 443).',
  },
  expires: (date: string) => `Il certificato vale fino al ${date}; prima di allora creane uno nuovo e un nuovo kit.`,
};

export const KIT_UI_TEXT: Messages['KIT_UI_TEXT'] = {
  heading: 'Prepara il mio bot',
  intro:
    'Crea una cartella con tutto ciò che serve al bot sulla sua macchina: il certificato nella forma che vuole il tuo framework, una breve prova del login e un README.',
  frameworkLegend: 'Quale framework usa il tuo bot?',
  username: 'Nome utente Betfair',
  appKey: 'Chiave applicazione',
  kitPassword: (file: string) => `Password per il file ${file}`,
  kitPasswordAgain: 'Di nuovo la stessa password',
  kitPasswordHint: 'La scegli adesso; il bot ne ha bisogno per aprire il file. Non viene salvata da nessuna parte.',
  showPasswords: 'Mostra le password',
  p12Password: 'Password del tuo file .p12',
  write: 'Crea il kit',
  writing: 'Creo il kit…',
  written: (dir: string) => `Il kit è pronto in ${dir}`,
  filesLabel: 'File nel kit',
  showFolder: 'Mostra nella cartella',
  noCli: 'La riga di comando in un solo file non è stata trovata accanto all’app; il README dice dove scaricarla.',
  readmeRest:
    'Il file README.txt nella cartella dice il resto: le righe per il tuo bot e cosa fare se qualcosa va storto.',
  privateKeyNote: 'La cartella contiene la tua chiave privata: copiala solo sulla tua macchina.',
  passwordsDiffer: 'Le due password non sono uguali. Scrivi due volte la stessa password.',
  passwordNeeded: (file: string) => `Scegli una password per il file ${file} e scrivila due volte.`,
};

export const KIT_ERROR_TEXT: Messages['KIT_ERROR_TEXT'] = {
  notWritten: (dir: string) =>
    `Non è stato possibile scrivere il kit in ${dir}. Controlla che la cartella esista e che tu possa scriverci, poi riprova.`,
  dirNotMade: (dir: string) =>
    `Non è stato possibile creare la cartella ${dir}. Controlla il percorso e di poter scrivere nella cartella che la contiene, poi riprova.`,
  unreadable:
    'Non è stato possibile leggere il certificato o la sua chiave per il kit. Controlla il certificato nella dashboard, poi riprova.',
  badValue: (what: string) =>
    `Il valore di ${what} non può andare nel codice del kit: contiene spazi, virgolette o altri caratteri che Betfair non usa.`,
  username: 'nome utente',
  appKey: 'chiave applicazione',
  badAppKey:
    "La chiave applicazione non può andare nel kit: contiene solo lettere, cifre, '-' e '_'. Copiala di nuovo dal tuo conto Betfair.",
  kitPasswordShort: (min: number) =>
    `Scegli una password più lunga per il file della chiave: almeno ${min} caratteri, perché il file porta la tua chiave privata su un altro computer.`,
  framework: 'Scegli uno dei framework: betfairlightweight, flumine, dotnet, java o node.',
  kitPasswordNeeded:
    'Scegli una password per il file della chiave: .NET e Java aprono la chiave da un file protetto da password.',
  kitPasswordAscii:
    'Java apre il file della chiave solo con una password fatta di lettere semplici, cifre, spazi e punteggiatura (niente lettere accentate o altri alfabeti). Scegli un’altra password.',
};
