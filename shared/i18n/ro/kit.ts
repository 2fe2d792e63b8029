/** The bot kit in Romanian: its README.txt, the dashboard's "Set up my bot" and `bot-login kit`. */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

const PASSWORD_ENV = ENV.password;
const P12_PASSWORD_ENV = ENV.p12Password;

export const KIT_README_TEXT: Messages['KIT_README_TEXT'] = {
  title: (framework: string) => `Kit pentru botul ${framework}: autentificarea botului tău Betfair, gata pentru server`,
  made: (date: string, site: string) => `Creat pe ${date} de Bot Login Wizard, pentru un cont pe ${site}.`,
  privateKey:
    'Acest dosar conține cheia ta privată. Copiaz-o doar pe propria ta mașină, cea pe care rulează botul. Nu o trimite niciodată pe email sau pe chat și nu o pune într-un loc comun (un depozit Git, un disc partajat): oricine are cheia și parola ta se poate autentifica în locul tău.',
  noSecrets: 'Parola ta Betfair și sesiunile nu sunt în acest dosar: parola o adaugi tu pe server.',
  modesOwnerOnly:
    'Fișierele cu cheia pot fi citite doar de tine (permisiuni 0600). Păstrează-le așa și pe server: chmod 600 FIȘIER.',
  modesWindows:
    'Windows nu are permisiuni precum 0600: aceste fișiere urmează regulile de acces ale dosarului în care se află. Ține dosarul în dosarul tău de utilizator; pe un server Linux, fă ca fișierele cheii să poată fi citite doar de bot (chmod 600 FIȘIER).',
  /** The README as the app's file list names it (in the README itself it is "this file"). */
  readmeInApp: 'cum îl configurezi pe server, în limba ta',
  filesHeading: 'Ce este în acest dosar',
  files: {
    certificate: 'certificatul (public: cel încărcat la Betfair)',
    privateKey: 'cheia privată: păstreaz-o secretă',
    keystore: 'certificatul și cheia într-un singur fișier, protejate cu parola aleasă de tine: păstrează-l secret',
    envExample:
      'setările tale pentru kit_settings.py, cu cheia de aplicație deja scrisă: copiază-l ca .env și adaugă parola',
    settings: 'setările pe care botul tău și verificarea le împart: citește .env și găsește certs/ lângă el',
    check: 'o verificare scurtă: autentificare, menține sesiunea activă o dată, citește fondurile, deconectare',
    project: 'fișierul de proiect, ca "dotnet run" să poată compila Program.cs',
    readme: 'acest fișier',
    oneFileCli: 'linia de comandă bot-login într-un singur fișier: testează autentificarea de pe server',
  },
  stepsHeading: 'Pe server, în trei pași',
  stepCopy: (folder: string) =>
    `1. Copiază tot acest dosar pe server, de exemplu: scp -r ${folder} tu@serverul-tau:~/  iar pe server: chmod 700 ~/${folder}`,
  stepSecretsPython: (envVar: string, passwordVar: string) =>
    `2. Copiază .env.example ca .env și scrie parola ta Betfair între ghilimelele de după ${passwordVar}= (${envVar} conține deja cheia ta de aplicație). Apoi: chmod 600 .env. Nu trebuie exportat nimic în shell.`,
  stepSecretsKeystore: (passwordVar: string, keystoreVar: string) =>
    `2. Dă verificării secretele tale ca variabile de mediu, niciodată în cod: ${passwordVar} (parola ta Betfair) și ${keystoreVar} (parola aleasă pentru fișierul cheii).`,
  stepSecretsNode: (passwordVar: string) =>
    `2. Dă verificării parola ta Betfair în variabila de mediu ${passwordVar}, niciodată în cod.`,
  stepRun: (command: string) => `3. Din acest dosar, pornește verificarea: ${command}`,
  checkSays:
    'Verificarea spune ce s-a întâmplat la fiecare pas și se termină cu OK sau cu codul răspuns de Betfair (vezi mai jos). Nu afișează niciodată parola ta sau tokenul sesiunii.',
  checkPathPython:
    'Primul ei rând spune cum s-a autentificat: prin betfairlightweight (dacă e instalat: același cod ca botul tău) sau prin requests.',
  needs: (tools: string) => `Are nevoie de ${tools}.`,
  inYourBotHeading: 'În botul tău',
  inYourBotPython: (lines: string) =>
    `Pune fișierul .py al botului în acest dosar (sau copiază kit_settings.py, .env și certs/ lângă el). Aceste rânduri citesc același .env ca verificarea și găsesc certs/ lângă kit_settings.py, oriunde ar fi dosarul; nimic de exportat:\n${lines}`,
  inYourBotKeystore: (file: string) => `Deschide ${file} cum o face verificarea, cu parola citită din mediu.`,
  inYourBotNode: 'Dă certificatul și cheia cererii https cum o face verificarea.',
  cliHeading: 'Testează cu linia de comandă într-un singur fișier',
  cliIncluded:
    'bot-login.cjs are nevoie doar de Node.js 20 sau mai nou: nimic de instalat. Îți cere parola Betfair (sau o citește din ' +
    PASSWORD_ENV +
    ') și spune în cuvinte simple ce a răspuns Betfair. Din acest dosar:',
  cliMissing:
    'bot-login.cjs nu era lângă aplicație când a fost creat acest kit. Descarcă bot-login.cjs de pe pagina de versiuni (releases) a Bot Login Wizard (versiunea aplicației tale) în acest dosar. Are nevoie doar de Node.js 20 sau mai nou. Apoi, din acest dosar:',
  cliKeystore: `Îți cere și parola fișierului cheii (sau o citește din ${P12_PASSWORD_ENV}).`,
  troubleHeading: 'Dacă ceva nu merge',
  trouble: {
    certsNotFound:
      'CertsError ("Certificates not found in directory" sau "No such file or directory"): certs/ nu este lângă kit_settings.py, sau îi lipsește client-2048.crt ori client-2048.key. Păstrează dosarul așa cum l-a făcut kitul.',
    pemLib:
      '"PEM lib" sau "key values mismatch" (o eroare SSL) la autentificare: .crt și .key din certs/ nu se potrivesc, sau unul dintre ele e deteriorat. Copiază-le din nou pe amândouă din kit și nu le modifica.',
    strayFiles:
      'Un .pem, un .csr sau un al doilea .crt ori .key în plus în dosarul certs: biblioteca ia fișierul pe care îl găsește, poate pe cel greșit. Lasă acolo doar client-2048.crt și client-2048.key.',
    certAuthRequired:
      'CERT_AUTH_REQUIRED: Betfair nu cunoaște acest certificat. Încarcă client-2048.crt (nu .pem, nu .key) pe pagina de securitate a contului tău, în secțiunea de acces pentru programe de pariere automată, apoi încearcă din nou.',
    restrictedLocation:
      'BETTING_RESTRICTED_LOCATION (sau alt ..._RESTRICTED_LOCATION): Betfair a refuzat autentificarea din cauza locului din care mașina se conectează la internet. Un test de acasă nu poate arăta asta: un server în cloud sau un VPN din altă țară pot fi refuzate. Doar un test de pe serverul însuși spune; dacă e refuzat, botul trebuie să ruleze dintr-un loc pe care Betfair îl permite pentru contul tău.',
    wrongLogin:
      'INVALID_USERNAME_OR_PASSWORD: numele de utilizator sau parola Betfair sunt greșite. Verifică parola pe care ai pus-o pe server.',
    keystorePasswordJava: (file: string, keystoreVar: string) =>
      `"Integrity check failed", "Failed PKCS12 integrity checking" sau "keystore password was incorrect" la deschiderea ${file}: ${keystoreVar} nu este parola aleasă când ai creat kitul. Pune-o pe cea bună; dacă ai pierdut-o, creează un kit nou.`,
    javaEncoding:
      'INVALID_USERNAME_OR_PASSWORD deși parola este corectă, iar ea conține litere din afara englezei simple (cum ar fi £ sau é): Java a citit-o cu codificarea greșită. Pornește Java cu LANG=C.UTF-8 (de exemplu: LANG=C.UTF-8 java CheckLogin.java), iar botul tău la fel.',
    keystorePasswordDotnet: (file: string, keystoreVar: string) =>
      `"The specified network password is not correct" (Windows) sau "the password may be incorrect" (Linux, macOS) la deschiderea ${file}: ${keystoreVar} nu este parola aleasă când ai creat kitul. Pune-o pe cea bună; dacă ai pierdut-o, creează un kit nou.`,
    nodeKey:
      '"bad decrypt" sau "mac verify failure": Node a primit o cheie protejată cu parolă, sau un .p12/.pfx cu fraza de acces greșită. Cheia din certs/ nu are parolă: dă .crt și .key cum o face verificarea.',
    appKey:
      'INVALID_APP_KEY sau NO_APP_KEY la citirea fondurilor: cheia de aplicație e greșită sau nu e a acestui cont. Folosește o cheie a acestui cont (pentru un test merge cheia cu întârziere).',
    noRequests: 'No module named requests: instalează-l cu python3 -m pip install requests',
    network:
      'Un timeout sau "connection refused": serverul nu ajunge la Betfair (firewall, proxy). Trebuie permis HTTPS spre exterior (portul 443).',
  },
  expires: (date: string) =>
    `Certificatul e valabil până pe ${date}; înainte de atunci creează unul nou și un kit nou.`,
};

export const KIT_UI_TEXT: Messages['KIT_UI_TEXT'] = {
  heading: 'Pregătește-mi botul',
  intro:
    'Creează un dosar cu tot ce îi trebuie botului pe mașina lui: certificatul în forma pe care o vrea framework-ul tău, o verificare scurtă a autentificării și un README.',
  frameworkLegend: 'Ce framework folosește botul tău?',
  username: 'Nume de utilizator Betfair',
  appKey: 'Cheie de aplicație',
  kitPassword: (file: string) => `Parolă pentru fișierul ${file}`,
  kitPasswordAgain: 'Aceeași parolă din nou',
  kitPasswordHint: 'O alegi acum; botul are nevoie de ea ca să deschidă fișierul. Nu este salvată nicăieri.',
  showPasswords: 'Arată parolele',
  p12Password: 'Parola fișierului tău .p12',
  write: 'Creează kitul',
  writing: 'Se creează kitul…',
  written: (dir: string) => `Kitul este gata în ${dir}`,
  filesLabel: 'Fișierele din kit',
  showFolder: 'Arată în dosar',
  noCli: 'Linia de comandă într-un singur fișier nu a fost găsită lângă aplicație; README-ul spune de unde o descarci.',
  readmeRest:
    'Fișierul README.txt din dosar spune restul: rândurile pentru botul tău și ce să faci dacă ceva nu merge.',
  privateKeyNote: 'Dosarul conține cheia ta privată: copiaz-o doar pe propria ta mașină.',
  passwordsDiffer: 'Cele două parole nu sunt la fel. Scrie aceeași parolă de două ori.',
  passwordNeeded: (file: string) => `Alege o parolă pentru fișierul ${file} și scrie-o de două ori.`,
};

export const KIT_ERROR_TEXT: Messages['KIT_ERROR_TEXT'] = {
  notWritten: (dir: string) =>
    `Kitul nu a putut fi scris în ${dir}. Verifică dacă dosarul există și dacă poți scrie în el, apoi încearcă din nou.`,
  dirNotMade: (dir: string) =>
    `Dosarul ${dir} nu a putut fi creat. Verifică calea și dacă poți scrie în dosarul care îl conține, apoi încearcă din nou.`,
  unreadable:
    'Certificatul sau cheia lui nu au putut fi citite pentru kit. Verifică certificatul în panou, apoi încearcă din nou.',
  badValue: (what: string) =>
    `Valoarea pentru ${what} nu poate intra în codul kitului: are spații, ghilimele sau alte caractere pe care Betfair nu le folosește.`,
  username: 'numele de utilizator',
  appKey: 'cheia de aplicație',
  badAppKey:
    "Cheia de aplicație nu poate intra în kit: are doar litere, cifre, '-' și '_'. Copiaz-o din nou din contul tău Betfair.",
  kitPasswordShort: (min: number) =>
    `Alege o parolă mai lungă pentru fișierul cheii: cel puțin ${min} caractere, fiindcă fișierul îți duce cheia privată pe alt calculator.`,
  framework: 'Alege unul dintre framework-uri: betfairlightweight, flumine, dotnet, java sau node.',
  kitPasswordNeeded:
    'Alege o parolă pentru fișierul cheii: .NET și Java deschid cheia dintr-un fișier protejat cu parolă.',
  kitPasswordAscii:
    'Java deschide fișierul cheii doar cu o parolă din litere simple, cifre, spații și semne de punctuație (fără diacritice sau alte alfabete). Alege altă parolă.',
};
