/** The bot kit in Swedish: its README.txt, the dashboard's "Set up my bot" and `bot-login kit`. */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

const PASSWORD_ENV = ENV.password;
const P12_PASSWORD_ENV = ENV.p12Password;

export const KIT_README_TEXT: Messages['KIT_README_TEXT'] = {
  title: (framework: string) => `Botkit för ${framework}: din Betfair-botinloggning, klar för servern`,
  made: (date: string, site: string) => `Skapad ${date} av Bot Login Wizard, för ett konto på ${site}.`,
  privateKey:
    'Den här mappen innehåller din privata nyckel. Kopiera den bara till din egen maskin, den som din bot körs på. Skicka den aldrig med e-post eller chatt och lägg den aldrig på en delad plats (ett Git-arkiv, en delad disk): den som har nyckeln och ditt lösenord kan logga in som du.',
  noSecrets: 'Ditt Betfair-lösenord och sessioner finns inte i mappen: lösenordet lägger du själv till på servern.',
  modesOwnerOnly:
    'Filerna med nyckeln kan bara läsas av dig (filrättigheter 0600). Behåll det så på servern: chmod 600 FIL.',
  modesWindows:
    'Windows har inga filrättigheter som 0600: filerna följer åtkomstreglerna för mappen de ligger i. Ha mappen i din egen användarmapp; på en Linux-server gör du nyckelfilerna läsbara bara för boten (chmod 600 FIL).',
  /** The README as the app's file list names it (in the README itself it is "this file"). */
  readmeInApp: 'hur du ställer in det på servern, på ditt språk',
  filesHeading: 'Det här finns i mappen',
  files: {
    certificate: 'certifikatet (offentligt: det som laddats upp till Betfair)',
    privateKey: 'den privata nyckeln: håll den hemlig',
    keystore: 'certifikat och nyckel i en fil, låst med lösenordet du valde: håll den hemlig',
    envExample:
      'dina inställningar för kit_settings.py, med applikationsnyckeln ifylld: kopiera den till .env och lägg till ditt lösenord',
    settings: 'inställningarna som din bot och kontrollen delar: läser .env och hittar certs/ bredvid sig',
    check: 'en kort kontroll: loggar in, håller sessionen vid liv en gång, läser ditt saldo, loggar ut',
    project: 'projektfilen, så att "dotnet run" kan bygga Program.cs',
    readme: 'den här filen',
    oneFileCli: 'kommandoraden bot-login som en enda fil: testar inloggningen från servern',
  },
  stepsHeading: 'På servern, i tre steg',
  stepCopy: (folder: string) =>
    `1. Kopiera hela mappen till servern, till exempel: scp -r ${folder} du@din-server:~/  och på servern: chmod 700 ~/${folder}`,
  stepSecretsPython: (envVar: string, passwordVar: string) =>
    `2. Kopiera .env.example till .env och skriv ditt Betfair-lösenord mellan citattecknen efter ${passwordVar}= (${envVar} har redan din applikationsnyckel). Sedan: chmod 600 .env. Inget behöver exporteras i skalet.`,
  stepSecretsKeystore: (passwordVar: string, keystoreVar: string) =>
    `2. Ge kontrollen dina hemligheter som miljövariabler, aldrig i koden: ${passwordVar} (ditt Betfair-lösenord) och ${keystoreVar} (lösenordet du valde för nyckelfilen).`,
  stepSecretsNode: (passwordVar: string) =>
    `2. Ge kontrollen ditt Betfair-lösenord i miljövariabeln ${passwordVar}, aldrig i koden.`,
  stepRun: (command: string) => `3. Kör kontrollen från den här mappen: ${command}`,
  checkSays:
    'Kontrollen berättar vad som hände i varje steg och slutar med OK eller med koden Betfair svarade (se nedan). Den skriver aldrig ut ditt lösenord eller sessionstoken.',
  checkPathPython:
    'Första raden säger hur den loggade in: genom betfairlightweight (om det är installerat: samma kod som din bot) eller genom requests.',
  needs: (tools: string) => `Den behöver ${tools}.`,
  inYourBotHeading: 'I din bot',
  inYourBotPython: (lines: string) =>
    `Lägg din bots .py-fil i den här mappen (eller kopiera kit_settings.py, .env och certs/ bredvid den). De här raderna läser samma .env som kontrollen och hittar certs/ bredvid kit_settings.py, var mappen än ligger; inget att exportera:\n${lines}`,
  inYourBotKeystore: (file: string) => `Öppna ${file} som kontrollen gör, med lösenordet läst från miljön.`,
  inYourBotNode: 'Ge certifikatet och nyckeln till https-anropet som kontrollen gör.',
  cliHeading: 'Testa med kommandoraden i en enda fil',
  cliIncluded:
    'bot-login.cjs behöver bara Node.js 20 eller nyare: inget att installera. Den frågar efter ditt Betfair-lösenord (eller läser det från ' +
    PASSWORD_ENV +
    ') och säger med enkla ord vad Betfair svarade. Från den här mappen:',
  cliMissing:
    'bot-login.cjs fanns inte bredvid appen när kitet skapades. Ladda ner bot-login.cjs från releasesidan för Bot Login Wizard (releasen för din appversion) till den här mappen. Den behöver bara Node.js 20 eller nyare. Sedan, från den här mappen:',
  cliKeystore: `Den frågar också efter nyckelfilens lösenord (eller läser det från ${P12_PASSWORD_ENV}).`,
  troubleHeading: 'Om något går fel',
  trouble: {
    certsNotFound:
      'CertsError ("Certificates not found in directory" eller "No such file or directory"): certs/ ligger inte bredvid kit_settings.py, eller så saknas client-2048.crt eller client-2048.key i den. Behåll mappen som kitet gjorde den.',
    pemLib:
      '"PEM lib" eller "key values mismatch" (ett SSL-fel) vid inloggning: .crt och .key i certs/ hör inte ihop, eller så är en av dem skadad. Kopiera båda igen från kitet och ändra dem inte.',
    strayFiles:
      'En överbliven .pem, .csr eller en andra .crt eller .key i mappen certs: biblioteket tar den fil det hittar, kanske fel fil. Ha bara client-2048.crt och client-2048.key där.',
    certAuthRequired:
      'CERT_AUTH_REQUIRED: Betfair känner inte till certifikatet. Ladda upp client-2048.crt (inte .pem, inte .key) på ditt kontos säkerhetssida, i avsnittet för åtkomst för automatiska spelprogram, och försök igen.',
    restrictedLocation:
      'BETTING_RESTRICTED_LOCATION (eller en annan ..._RESTRICTED_LOCATION): Betfair nekade inloggningen på grund av var maskinen finns på internet. Ett test hemma kan inte visa det: en molnserver eller ett VPN i ett annat land kan nekas. Bara ett test från själva servern visar det; nekas den måste boten köras från en plats som Betfair tillåter för ditt konto.',
    wrongLogin:
      'INVALID_USERNAME_OR_PASSWORD: användarnamnet eller Betfair-lösenordet är fel. Kontrollera lösenordet du angav på servern.',
    keystorePasswordJava: (file: string, keystoreVar: string) =>
      `"Integrity check failed", "Failed PKCS12 integrity checking" eller "keystore password was incorrect" när ${file} öppnas: ${keystoreVar} är inte lösenordet du valde när kitet skapades. Ange rätt lösenord; har du tappat bort det, skapa ett nytt kit.`,
    javaEncoding:
      'INVALID_USERNAME_OR_PASSWORD fast lösenordet är rätt, och det har tecken utanför vanlig engelska (som £ eller é): Java läste det med fel teckenkodning. Starta Java med LANG=C.UTF-8 (till exempel: LANG=C.UTF-8 java CheckLogin.java), och din bot på samma sätt.',
    keystorePasswordDotnet: (file: string, keystoreVar: string) =>
      `"The specified network password is not correct" (Windows) eller "the password may be incorrect" (Linux, macOS) när ${file} öppnas: ${keystoreVar} är inte lösenordet du valde när kitet skapades. Ange rätt lösenord; har du tappat bort det, skapa ett nytt kit.`,
    nodeKey:
      '"bad decrypt" eller "mac verify failure": Node fick en lösenordsskyddad nyckel, eller en .p12/.pfx med fel lösenfras. Nyckeln i certs/ har inget lösenord: ge .crt och .key som kontrollen gör.',
    appKey:
      'INVALID_APP_KEY eller NO_APP_KEY när saldot läses: applikationsnyckeln är fel eller hör inte till kontot. Använd en nyckel från det här kontot (den fördröjda nyckeln duger för ett test).',
    noRequests: 'No module named requests: installera det med python3 -m pip install requests',
    network:
      'En timeout eller "connection refused": servern når inte Betfair (brandvägg, proxy). Utgående HTTPS (port 443) måste vara tillåtet.',
  },
  expires: (date: string) => `Certifikatet gäller till ${date}; skapa ett nytt och ett nytt kit innan dess.`,
};

export const KIT_UI_TEXT: Messages['KIT_UI_TEXT'] = {
  heading: 'Gör i ordning min bot',
  intro:
    'Skapa en mapp med allt din bot behöver på sin maskin: certifikatet i den form ditt ramverk vill ha, en kort inloggningskontroll och en README.',
  frameworkLegend: 'Vilket ramverk använder din bot?',
  username: 'Användarnamn hos Betfair',
  appKey: 'Applikationsnyckel',
  kitPassword: (file: string) => `Lösenord för filen ${file}`,
  kitPasswordAgain: 'Samma lösenord igen',
  kitPasswordHint: 'Du väljer det nu; boten behöver det för att öppna filen. Det sparas ingenstans.',
  showPasswords: 'Visa lösenorden',
  p12Password: 'Lösenordet till din .p12-fil',
  write: 'Skapa kitet',
  writing: 'Skapar kitet…',
  written: (dir: string) => `Kitet är klart i ${dir}`,
  filesLabel: 'Filer i kitet',
  showFolder: 'Visa i mappen',
  noCli: 'Kommandoraden som en enda fil hittades inte bredvid appen; README berättar var du laddar ner den.',
  readmeRest: 'README.txt i mappen berättar resten: raderna för din bot och vad du gör om något går fel.',
  privateKeyNote: 'Mappen innehåller din privata nyckel: kopiera den bara till din egen maskin.',
  passwordsDiffer: 'De två lösenorden är inte lika. Skriv samma lösenord två gånger.',
  passwordNeeded: (file: string) => `Välj ett lösenord för filen ${file} och skriv det två gånger.`,
};

export const KIT_ERROR_TEXT: Messages['KIT_ERROR_TEXT'] = {
  notWritten: (dir: string) =>
    `Kitet kunde inte skrivas i ${dir}. Kontrollera att mappen finns och att du får skriva i den, och försök igen.`,
  dirNotMade: (dir: string) =>
    `Mappen ${dir} kunde inte skapas. Kontrollera sökvägen och att du får skriva i mappen ovanför, och försök igen.`,
  unreadable:
    'Certifikatet eller dess nyckel kunde inte läsas för kitet. Kontrollera certifikatet på översikten och försök igen.',
  badValue: (what: string) =>
    `Värdet för ${what} kan inte stå i kitets kod: det har mellanslag, citattecken eller andra tecken som Betfair inte använder.`,
  username: 'användarnamnet',
  appKey: 'applikationsnyckeln',
  badAppKey:
    "Applikationsnyckeln kan inte läggas i kitet: den består bara av bokstäver, siffror, '-' och '_'. Kopiera den igen från ditt Betfair-konto.",
  kitPasswordShort: (min: number) =>
    `Välj ett längre lösenord för nyckelfilen: minst ${min} tecken, eftersom filen bär din privata nyckel till en annan dator.`,
  framework: 'Välj ett av ramverken: betfairlightweight, flumine, dotnet, java eller node.',
  kitPasswordNeeded: 'Välj ett lösenord för nyckelfilen: .NET och Java öppnar nyckeln från en lösenordsskyddad fil.',
  kitPasswordAscii:
    'Java öppnar nyckelfilen bara med ett lösenord av enkla bokstäver, siffror, mellanslag och skiljetecken (inga å, ä, ö eller andra skriftsystem). Välj ett annat lösenord.',
};
