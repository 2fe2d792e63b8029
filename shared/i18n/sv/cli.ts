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

/** En rad i inspect-utskriften: etiketten utfylld så att värdena står i samma kolumn. */
const row = (label: string, value: string): string => `  ${label.padEnd(18)}${value}`;

/** 1 dag, 0/2/… dagar. */
const days = (n: number): string => `${n} ${Math.abs(n) === 1 ? 'dag' : 'dagar'}`;

const PASSWORD_ENV = ENV.password;

const NO_ARGV_PASSWORD = `Lösenord kan inte anges på kommandoraden (andra användare av den här datorn kan se dem). Sätt ${PASSWORD_ENV} (och ${P12_PASSWORD_ENV} för en .p12-fil), eller kör kommandot i en terminal, så frågar det efter lösenordet.`;

const LOGIN_WORKS = 'Ditt certifikat, användarnamn och lösenord fungerar.';

const FIX_KEY_FIRST = 'Tills nyckeln är rättad nekar Betfair din bot vid första anropet med INVALID_APP_KEY.';

const USE_LISTED = 'Välj en av dina egna nycklar i listan nedan och kör kommandot igen med --app-key KEY.';

const CREATE_KEYS =
  'Kör kommandot igen med --create-app-keys NAME för att skapa dina nycklar (en fördröjd, en live), och sedan med --app-key KEY och en av dem.';

const NEW_CERTIFICATE = 'Skapa ett nytt certifikat med "bot-login generate".';

const OTHER_SITE =
  'Ladda upp certifikatet på sidan där du öppnade ditt konto (för de flesta är det betfair.com) och kör sedan kommandot igen med den --jurisdiction (betfair.com är international).';

const KIT_PASSWORD_ENV = ENV.kitPassword;

export const CLI_TEXT: Messages['CLI_TEXT'] = {
  args: {
    unknownFlag: (flag: string): string =>
      `Okänt alternativ "${flag}". Kör kommandot med --help för att se dess alternativ.`,
    noValueAllowed: (name: string): string => `Alternativet --${name} är en flagga och tar inget värde.`,
    valueNeeded: (name: string): string => `Alternativet --${name} måste följas av ett värde.`,
    givenTwice: (name: string): string => `Alternativet --${name} angavs mer än en gång; ange det bara en gång.`,
    tooFewPositionals: (min: number): string =>
      min === 1 ? 'Kommandot behöver minst ett filnamn.' : `Kommandot behöver minst ${min} filnamn.`,
    unexpectedPositional: (arg: string): string =>
      `Oväntat argument "${arg}". Kör kommandot med --help för att se hur det används.`,
    usageTitle: 'Fel användning',
    usageWhatToDo: (command: string): string => `Kör "bot-login ${command} --help" för att se hur det används.`,
    unknownLanguage: (value: string, choices: readonly string[]): string =>
      `Språket "${value}" är inte tillgängligt. Välj ett av: ${choices.join(', ')}.`,
    unknownCommand: (name: string): string => `Okänt kommando "${name}".`,
    topHelpStart:
      'Användning: bot-login <kommando> [alternativ]\n\nStäller in och kontrollerar Betfair Exchanges icke-interaktiva inloggning (för botar).\n\nKommandon:',
    topHelpEnd:
      'Alternativ för alla kommandon:\n' +
      '  --lang LANG   språket i texterna: en, it, es, ro eller sv (standard: från LC_ALL, LC_MESSAGES eller LANG)\n' +
      '  --json        skriver ut ett enda JSON-objekt i stället för text\n\n' +
      'Kör "bot-login <kommando> --help" för ett kommandos alternativ.',
    unexpected: 'Något oväntat gick fel. Försök igen; om det fortsätter, rapportera det.',
  },
  generate: {
    summary: 'Skapa en ny nyckel och ett klientcertifikat för Betfairs botinloggning',
    help: `Användning: bot-login generate --dir DIR [alternativ]

Skapar en ny RSA 2048-nyckel och ett självsignerat klientcertifikat i DIR:
  client-2048.crt   certifikatet: ladda upp det här till Betfair
  client-2048.key   den privata nyckeln (håll den hemlig)
  client-2048.pem   certifikat och nyckel i en fil
  client-2048.p12   båda, lösenordsskyddade (bara när ${P12_PASSWORD_ENV} är satt)

Alternativ:
  --dir DIR               mapp för filerna (skapas om den saknas)
  --common-name NAME      namn på certifikatet (standard "Betfair bot login")
  --organization TEXT     valfritt organisationsnamn
  --country CC            valfri landskod på två bokstäver
  --email ADDRESS         valfri e-postadress
  --days N                antal dagar certifikatet gäller, 1 till 3650 (standard 365)
  --jurisdiction ID       din Betfair-webbplats (international, au, it, es, ro, se), för
                          adressen till dess säkerhetssida där certifikatet laddas upp
  --force                 om det redan finns certifikatfiler, flytta dem till en daterad
                          mapp för säkerhetskopior i DIR och skapa nya
  --json                  skriv ut ett JSON-objekt i stället för text

Lösenordet för .p12 läses bara från miljövariabeln ${P12_PASSWORD_ENV}.

Avslutningskoder: 0 skapade, 1 kunde inte skapas (orsaken skrivs ut), 2 fel användning.
`,
    passwordFlag: `Lösenord kan inte anges på kommandoraden (andra användare kan se dem). Sätt ${P12_PASSWORD_ENV} i stället.`,
    noDir: 'Ange med --dir DIR var filerna ska sparas.',
    forceHint:
      'Kör kommandot igen med --force för att ersätta dem: de gamla filerna flyttas till en daterad mapp för säkerhetskopior i DIR. Om en bot loggar in med de här filerna, använd i stället bot-login renew --dir DIR: det skapar de nya bredvid dem, så att boten fortsätter att fungera.',
    badDays: 'Antalet dagar måste vara ett heltal från 1 till 3650.',
    made: (dir: string) => `Ett nytt certifikat skapades i ${dir}`,
    fileCrt: 'ladda upp den här till Betfair',
    fileKey: 'privat nyckel: håll den hemlig',
    filePem: 'certifikat och nyckel i en fil',
    fileP12: 'certifikat och nyckel, skyddade med ditt lösenord',
    noP12: `Ingen .p12 skapades (sätt ${P12_PASSWORD_ENV} för att få en).`,
    fingerprint: (fp: string) => `SHA-256-fingeravtryck: ${fp}`,
    validUntil: (date: string, n: number) => `Giltigt till ${date} (${days(n)}).`,
    backup: (dir: string) => `De tidigare filerna flyttades till ${dir}`,
    nextStep: (url: string) =>
      `Nästa steg: ladda upp client-2048.crt på säkerhetssidan för ditt Betfair-konto och testa sedan inloggningen:\n  ${url}`,
    otherSites:
      'Använder du en annan Betfair-webbplats (betfair.com.au, .it, .es, .ro eller .se)? Ladda upp det på den webbplatsens säkerhetssida: lägg till --jurisdiction ID för att se adressen.',
    failed: (message: string) => `Kunde inte skapa certifikatet: ${message}`,
  },
  inspect: {
    summary: 'Kontrollera certifikat- och nyckelfiler och visa om Betfair kan använda dem',
    help: `Användning: bot-login inspect FILE [FILE...] [--json]

Kontrollerar certifikat- och nyckelfiler: en .crt/.cer med sin .key, en .pem med båda,
eller en .p12/.pfx (lösenordet läses från miljövariabeln ${P12_PASSWORD_ENV}).
Visar om de bildar ett par som Betfairs botinloggning kan använda, och om inte, varför.

Alternativ:
  --json    skriv ut ett JSON-objekt i stället för text

Avslutningskoder: 0 användbara, 1 inte användbara (orsakerna skrivs ut), 2 fel användning.
`,
    passwordFlag: `Lösenord kan inte anges på kommandoraden (andra användare kan se dem). Sätt ${P12_PASSWORD_ENV} i stället.`,
    passwordPrompt: 'Lösenord för .p12-filen: ',
    passwordHint: `Sätt miljövariabeln ${P12_PASSWORD_ENV} och kör kommandot igen för att ange lösenordet för .p12.`,
    certificate: 'Certifikat',
    subject: (s: string) => row('Namn:', s),
    issuer: (s: string, self: boolean) => row('Utfärdat av:', self ? 'sig självt (självsignerat)' : s),
    serial: (s: string) => row('Serienummer:', s),
    fingerprint: (fp: string) => row('SHA-256:', fp),
    validity: (from: string, to: string, left: number) =>
      row('Giltigt:', `${from} till ${to} (${left >= 0 ? `${days(left)} kvar` : `gick ut för ${days(-left)} sedan`})`),
    keyLine: (type: string, bits: number | null) => row('Nyckel:', `${type}${bits ? ` ${bits} bitar` : ''}`),
    clientAuth: (yes: boolean) => row('Klientinloggning:', yes ? 'tillåten' : 'INTE tillåten'),
    keyMatches: (m: boolean | null) =>
      m === null
        ? ''
        : m
          ? row('Privat nyckel:', 'hör till certifikatet')
          : row('Privat nyckel:', 'hör INTE till certifikatet'),
    usable: 'Användbara: ja. Betfair kan använda de här filerna för botinloggningen.',
    notUsable: 'Användbara: nej.',
    error: (message: string) => `  Problem: ${message}`,
    warning: (message: string) => `  Obs: ${message}`,
    failed: (message: string) => `Kunde inte kontrollera filerna: ${message}`,
  },
  login: {
    summary: 'Testa Betfairs botinloggning med ditt certifikat och förklara svaret',
    help: `Användning: bot-login login --jurisdiction ID (--cert FILE --key FILE | --pem FILE | --p12 FILE)
                            --username NAME [--app-key KEY] [--create-app-keys NAME]
                            [--keep-session] [--json]

Skickar en testinloggning till Betfairs certifikatinloggning för din jurisdiktion, med ditt
klientcertifikat, och förklarar med enkla ord vad svaret betyder och vad du ska göra sedan.
När inloggningen fungerar listar samma session också ditt kontos applikationsnycklar och
kontrollerar, med --app-key, att Betfair godtar den nyckeln (en bot behöver alla fyra:
certifikat, användarnamn, lösenord och applikationsnyckel). En lyckad testsession loggas
ut igen om inte --keep-session anges.

Varje Betfair-konto kan ha två applikationsnycklar:
  ${KEY_KINDS_TEXT.delayed}
  ${KEY_KINDS_TEXT.live}

Alternativ:
  --jurisdiction ID   var ditt Betfair-konto finns: ${JURISDICTION_IDS.join(', ')}
                      (international = betfair.com; dk kan inte använda botinloggning)
  --cert FILE         certifikatet (.crt), tillsammans med --key FILE (den privata nyckeln)
  --pem FILE          en fil som innehåller både certifikat och nyckel
  --p12 FILE          en .p12/.pfx-fil; lösenordet hämtas från ${P12_PASSWORD_ENV}
  --username NAME     ditt användarnamn hos Betfair
  --app-key KEY       applikationsnyckeln som din bot ska använda (valfritt: utan den
                      listar testet dina nycklar så att du kan välja en)
  --create-app-keys NAME
                      skapa applikationsnycklar under det här namnet om ditt konto inte
                      har några än (namnet får inte innehålla ditt användarnamn)
  --keep-session      logga inte ut testsessionen; skriv ut dess sessionstoken
  --json              skriv ut ett JSON-objekt i stället för text; utöver inloggningens svar
                      innehåller det "appKeys" (var och en {appName, applicationKey, version,
                      delayed, active}), "appKeyCheck" ({status, delayed?, active?,
                      code?, title, explanation, whatToDo}; status är valid, not-yours,
                      refused, not-given eller not-checked) och, med --create-app-keys,
                      "appKeysCreation"; "verdict" är det samlade
                      utfallet (works, works-no-stream, delayed-key, key-inactive,
                      choose-key, create-keys, key-not-yours, key-refused,
                      key-not-checked, login-failed...), "title" och "whatToDo" säger
                      det i ord; "ok" är true exakt när avslutningskoden är 0

Betfair-lösenordet läses från miljövariabeln ${PASSWORD_ENV}, eller så frågar
kommandot efter det (utan att visa det) när det körs i en terminal. Det kan aldrig anges
på kommandoraden.
Högst 5 testinloggningar per minut skickas, och inga alls i 20 minuter efter att Betfair
rapporterat för många inloggningar (det sparas i appens datamapp).

Avslutningskoder: 0 din bot kan logga in och lägga spel (en live-nyckel som Betfair har
aktiverat); 1 Betfair svarade med ett fel; 2 fel användning eller oanvändbar indata;
3 inget riktigt svar (nätverk, säker anslutning, tidsgräns, oväntat svar; även när
inloggningen fungerar men nyckeln inte kunde kontrolleras); 4 stoppades för att skydda
ditt konto (för många tester, den korta väntan efter fel lösenord två gånger i rad, eller Betfairs paus på 20 minuter); 5 inloggningen fungerar
men din bot kan inte lägga spel med nyckeln än (ingen nyckel angiven, inga nycklar än, den
fördröjda nyckeln, en live-nyckel som inte är aktiv än, en nyckel som Betfair nekar eller
som inte är din).
`,
    passwordFlag: NO_ARGV_PASSWORD,
    needJurisdiction: `Ange var ditt Betfair-konto finns med --jurisdiction (${JURISDICTION_IDS.join(', ')}).`,
    badJurisdiction: (value: string): string =>
      `"${value}" är inte en jurisdiktion som verktyget känner till. Använd en av: ${JURISDICTION_IDS.join(', ')}.`,
    needCertificate:
      'Ange vilket certifikat som ska användas: --cert FILE med --key FILE, eller --pem FILE, eller --p12 FILE.',
    oneCertificate: 'Ange bara ett certifikat: --cert med --key, eller --pem, eller --p12.',
    certNeedsKey: 'Alternativet --cert behöver också --key FILE (den privata nyckeln som hör till certifikatet).',
    keyNeedsCert: 'Alternativet --key behöver också --cert FILE (certifikatet som nyckeln hör till).',
    keysHeading: 'Dina applikationsnycklar:',
    keyLine: (key: string, kind: string, appName: string, version: string): string =>
      `  ${key}  ${kind}  (app "${appName}", version ${version})`,
    noKeys:
      'Ditt konto har inga applikationsnycklar än. Skapa dem med --create-app-keys NAME, till exempel --create-app-keys "Min spelbot".',
    keyKinds: `${KEY_KINDS_TEXT.delayed} ${KEY_KINDS_TEXT.live}`,
    keysNotCreated: (title: string, code: string): string =>
      `Dina applikationsnycklar skapades inte: ${title} (${code})`,
    needUsername: 'Ange ditt användarnamn hos Betfair med --username.',
    needPassword: `Inget lösenord: skicka det på standard in med --password-stdin, sätt ${PASSWORD_ENV}, eller kör kommandot i en terminal, så frågar det efter lösenordet.`,
    passwordPrompt: (username: string): string => `Betfair-lösenord för ${username}: `,
    p12Prompt: 'Lösenord för .p12-filen: ',
    testEndpoint: (origin: string | null): string =>
      `Använder en testserver${origin ? ` (${origin})` : ''}, inte Betfairs riktiga inloggningsservrar.`,
    successHeading: (title: string): string => `SUCCESS: ${title}`,
    statusHeading: (status: string, title: string): string => `Betfair svarade ${status}: ${title}`,
    faultHeading: (title: string, code: string): string => `Testinloggningen kunde inte slutföras: ${title} (${code})`,
    whatToDo: (text: string): string => `Gör så här: ${text}`,
    action: (label: string, url: string): string => `${label}: ${url}`,
    loggedOut: 'Testsessionen loggades ut igen.',
    notLoggedOut: 'Testsessionen kunde inte loggas ut; den avslutas av sig själv efter en stund.',
    keptSession: 'Testsessionen hölls öppen (--keep-session).',
    sessionToken: (token: string): string => `Sessionstoken: ${token}`,
    retryAt: (when: string): string => `Nästa test tillåts: ${when}`,
  },
  passwordStdin: {
    help: `
Lösenordet från ett skript:
  --password-stdin    läser Betfair-lösenordet från standard in (första raden),
                      t.ex.  pass show betfair | bot-login login ... --password-stdin
                      Det är säkrare än ${ENV.password}: på Linux går en
                      miljövariabel att läsa i /proc/<pid>/environ (för din egen
                      användare och för root) under hela körningen, även om kommandot
                      tar bort den ur sin egen miljö så snart den har lästs.
`,
    empty:
      'Inget lösenord kom på standard in (--password-stdin): skicka det med en pipe, t.ex. pass show betfair | bot-login login ...',
    tooLong:
      'Det som kom på standard in är alldeles för långt för att vara ett lösenord (--password-stdin läser en rad).',
    noLine: (seconds: number) =>
      `Ingen rad kom på standard in inom ${seconds} sekunder (--password-stdin väntar bara på första raden): skicka lösenordet med en pipe följt av en radbrytning, t.ex. pass show betfair | bot-login login ...`,
    terminal:
      'Standard in är den här terminalen, där --password-stdin skulle visa det du skriver. Utelämna --password-stdin: kommandot frågar då efter lösenordet utan att visa det.',
  },
  keyCheck: {
    notYours: {
      explanation: `${LOGIN_WORKS} Nyckeln du angav med --app-key är inte en av ditt kontos nycklar. ${FIX_KEY_FIRST}`,
      whatToDo: `Kontrollera att du inte har skrivit fel. ${USE_LISTED}`,
    },
    notYoursNoKeys: {
      explanation: `${LOGIN_WORKS} Nyckeln du angav med --app-key är inte en av ditt kontos nycklar: ditt konto har inga än. ${FIX_KEY_FIRST}`,
      whatToDo: CREATE_KEYS,
    },
    refused: {
      explanation: `${LOGIN_WORKS} Betfair nekade nyckeln du angav med --app-key. ${FIX_KEY_FIRST}`,
      whatToDo: `Kontrollera att du inte har skrivit fel (nyckeln har inga mellanslag). ${USE_LISTED}`,
    },
    refusedInactiveLive: {
      explanation: `${LOGIN_WORKS} Nyckeln du angav med --app-key är din live-nyckel, och Betfair nekade den: den är inte aktiverad än.`,
      whatToDo:
        'Ange tills vidare din fördröjda nyckel (i listan nedan) med --app-key, och ansök om att få din live-nyckel aktiverad på Betfairs utvecklarsida.',
    },
    notGivenWithKeys: {
      explanation: `${LOGIN_WORKS} Du angav ingen --app-key, så testet slog upp ditt kontos nycklar i stället: de finns i listan nedan.`,
      whatToDo:
        'Välj en för din bot (den fördröjda nyckeln för att testa och läsa odds, live-nyckeln för att spela) och kör kommandot igen med --app-key KEY, så att den kan kontrolleras.',
    },
    notGivenNoKeys: {
      whatToDo: CREATE_KEYS,
    },
    notGivenNotListed: {
      explanation: `${LOGIN_WORKS} Du angav ingen --app-key, och den här gången gick det inte att slå upp dina nycklar.`,
      whatToDo: 'Kör kommandot igen med --app-key KEY för att få din nyckel kontrollerad.',
    },
    notChecked: {
      whatToDo: 'Själva inloggningen fungerar. Kör kommandot igen om några minuter för att få nyckeln kontrollerad.',
    },
  },
  status: {
    SPAIN_MIGRATION_REQUIRED:
      'Logga in på betfair.es i webbläsaren och följ stegen där för att flytta ditt konto. Ladda sedan upp certifikatet på betfair.es och kör kommandot igen med --jurisdiction es.',
    CERT_AUTH_REQUIRED: (c) =>
      `Öppna säkerhetssidan på ${c.site}, leta upp delen "Automated Betting Program Access" (åtkomst för automatiska spelprogram) och kontrollera att certifikatet som står där är det som du testar (jämför namn och utgångsdatum). Om inte, ladda upp din .crt-fil där. Uppladdningen och testet måste använda samma Betfair-sida, så kontrollera den --jurisdiction du angav. Kör sedan kommandot igen.`,
    EMAIL_LOGIN_NOT_ALLOWED: (c) =>
      `Ange ditt användarnamn hos Betfair med --username i stället. Om du inte vet vad det är, logga in på ${c.site} och titta i dina kontouppgifter.`,
    TEMPORARY_BAN_TOO_MANY_REQUESTS:
      'Vänta 20 minuter: bot-login skickar ingen ny testinloggning före dess. Se under tiden till att ingen bot eller inget skript fortsätter att logga in med det här kontot.',
    AUTHORIZED_ONLY_FOR_DOMAIN_RO: (c) =>
      c.jurisdiction === 'ro'
        ? OTHER_SITE
        : 'Betfair säger att kontot hör till Betfair Rumänien. Ladda upp certifikatet på betfair.ro och kör sedan kommandot igen med --jurisdiction ro.',
    AUTHORIZED_ONLY_FOR_DOMAIN_SE: (c) =>
      c.jurisdiction === 'se'
        ? OTHER_SITE
        : 'Betfair säger att kontot hör till Betfair Sverige. Ladda upp certifikatet på betfair.se och kör sedan kommandot igen med --jurisdiction se.',
  },
  fault: {
    BOT_LOGIN_NOT_AVAILABLE:
      'Låt din bot använda Betfairs interaktiva inloggning i stället. Om du inte bor i Danmark, kör kommandot igen med --jurisdiction för landet där du öppnade ditt Betfair-konto.',
    APP_KEY_INVALID:
      'Kopiera nyckeln igen från sidan på ditt Betfair-konto som listar dina applikationsnycklar (kolumnen "Application Key"), eller utelämna --app-key.',
    DATA_DIR_UNWRITABLE: `Kontrollera att du får skriva i datamappen (ledigt diskutrymme, behörigheter), eller sätt ${ENV.dataDir} till en egen mapp, och kör sedan kommandot igen.`,
    LOGIN_FAILED_UNEXPECTEDLY: 'Kör kommandot igen. Om det fortsätter, rapportera felet.',
    INPUT_MISSING: `Ange ditt användarnamn med --username och lösenordet i ${ENV.password} (eller skriv det när du blir tillfrågad, i en terminal), och kör sedan kommandot igen.`,
  },
  certificate: {
    p12PasswordNeeded: (file: string) => `"${file}" är skyddad med ett lösenord.`,
    notRsa: `Det här certifikatet använder en nyckeltyp (inte RSA) som Betfair inte godtar. ${NEW_CERTIFICATE}`,
    rsaSize: (bits: number) => `Den här nyckeln är ${bits} bitar lång; Betfair kräver 2048 bitar. ${NEW_CERTIFICATE}`,
    noClientAuth: `Det här certifikatet får inte användas för inloggning (det är inte ett klientcertifikat). ${NEW_CERTIFICATE}`,
    notUsable:
      'De här certifikatfilerna kan inte användas för inloggning. Kontrollera dem med "bot-login inspect FILE...".',
    keyFailed:
      'Det gick inte att skapa en ny nyckel. Kör kommandot igen; om det fortsätter att misslyckas, rapportera felet.',
    invalidEmail: 'E-postadressen ser inte rätt ut. Kontrollera den, eller utelämna --email.',
  },
  renew: {
    summary: 'Förnya certifikatet bredvid det som används, så att boten fortsätter att fungera',
    help: `Användning: bot-login renew --dir DIR [--finish | --cancel] [--json]

Förnyar certifikatet i DIR (mappen med client-2048.crt och client-2048.key) utan att
stoppa boten. Betfair har ett certifikat per konto: när det nya är uppladdat kan det
gamla inte längre logga in, så ordningen spelar roll.

  bot-login renew --dir DIR           skapar den nya uppsättningen i DIR/renewal-DATUM (filerna
                                      som används rörs inte), med botens ersättningsfiler i
                                      DIR/renewal-DATUM/for-the-bot/certs/, och skriver ut stegen;
                                      körs det igen visar det förnyelsen som pågår
  bot-login renew --dir DIR --finish  när testet med det nya certifikatet har lyckats: den nya
                                      uppsättningen tar de använda filernas namn i DIR, den gamla
                                      flyttas till DIR/old-certificates (bara för dig)
  bot-login renew --dir DIR --cancel  tillbaka till uppsättningen som används; den oanvända nya
                                      flyttas till DIR/old-certificates

Alternativ:
  --json   skriv ut ett JSON-objekt i stället för text

Slutkoder: 0 klart, 1 gick inte (orsaken skrivs ut), 2 fel användning.
`,
    noDir: 'Ange med --dir DIR vilken mapp certifikatet som används ligger i.',
    bothFlags: 'Ange --finish eller --cancel, inte båda.',
    noWorking: (dir: string) =>
      `Det finns inget certifikat (client-2048.crt) i ${dir}. Ange mappen där certifikatet som används ligger.`,
    noRenewal: (dir: string) => `Ingen förnyelse pågår i ${dir}. Börja en med: bot-login renew --dir ${dir}`,
    started: (dir: string) =>
      `Det nya certifikatet skapades bredvid det som används, i ${dir}. Filerna som används är orörda.`,
    resumed: (dir: string) => `En förnyelse pågår i ${dir}: det nya certifikatet används inte än.`,
    newCertificate: (name: string, fingerprint: string, date: string) =>
      `Nytt certifikat:                 ${name} (fingeravtrycket börjar med ${fingerprint}), giltigt till ${date}`,
    working: (name: string, date: string) => `Din bot använder fortfarande:    ${name}, går ut den ${date}`,
    stepsHeading: 'I den här ordningen:',
    stepUpload: (crt: string) =>
      `  1. Ladda upp ${crt} på säkerhetssidan för ditt Betfair-konto. Från och med då loggar bara det nya certifikatet in; en bot som redan är inloggad behåller sin session.`,
    stepBotFiles: (dir: string, files: string) =>
      `  2. Direkt efter, på botens dator, byt ut ${files} i botens mapp mot filerna i ${dir} (samma namn: inga sökvägar ändras).`,
    kitFound: (kit: string) => `Kit skapat för certifikatet som används: ${kit} (byt ut dess filer i certs/)`,
    stepTest: (command: string) => `  3. Testa det nya certifikatet: ${command}`,
    stepFinish: (command: string) =>
      `  4. När testet lyckas, gör den nya uppsättningen till den som används: ${command}`,
    cancelHint: (command: string) => `För att när som helst gå tillbaka till uppsättningen som används: ${command}`,
    finished: (dir: string) => `Det nya certifikatet är nu det som används i ${dir}, med samma filnamn.`,
    botFilesAgain: (dir: string) =>
      `Om du inte redan har gjort det, byt ut certs/client-2048.crt och certs/client-2048.key i botens mapp mot filerna i ${dir}.`,
    archived: (dir: string) =>
      `Det gamla certifikatet ligger i ${dir} (bara för dig). Ta bort det när din bot har loggat in med det nya.`,
    cancelled: (archive: string) =>
      `Tillbaka till certifikatet som används, oförändrat. Den oanvända nya uppsättningen ligger i ${archive}. Om du redan har laddat upp det nya certifikatet, ladda upp det som används igen.`,
    failed: (message: string) => `Certifikatet kunde inte förnyas: ${message}`,
  },
  botChecks: {
    stream: (title: string, host: string) => `Streaming (${host}): ${title}`,
    keepAlive: (title: string) => `Hålla sessionen vid liv (keepAlive): ${title}`,
    request: (message: string) => `  Skriv: ${message}`,
    noStreamFlag: 'Hoppa över kontrollen av Exchange Stream API.',
    requireStreamFlag: 'Avsluta med 5 när nyckeln inte får streama (NOT_AUTHORIZED och de andra avslagen).',
  },
  kit: {
    summary: 'Skapa ett botkit: certifikatet i den form ditt ramverk vill ha, en inloggningskontroll och en README',
    help: `Användning: bot-login kit --framework NAMN --dir MAPP (--cert FIL --key FIL | --pem FIL | --p12 FIL)
                         --jurisdiction ID --username NAMN --app-key NYCKEL

Skriver en ny mapp i MAPP (bot-kit-NAMN-DATUM, aldrig över ett tidigare kit) med det en bot på en
annan maskin behöver:
  betfairlightweight, flumine   certs/ med .crt och .key, .env.example, check_login.py, kit_settings.py
  dotnet                        en .pfx låst med ett lösenord du väljer, Program.cs
  java                          ett .p12-nyckellager låst med ett lösenord du väljer, CheckLogin.java
  node                          certs/ med .crt och .key, check-login.mjs
och i varje kit en README.txt på ditt språk och bot-login.cjs (den här kommandoraden som en enda fil).

Alternativ:
  --framework NAMN      betfairlightweight, flumine, dotnet, java eller node
  --dir MAPP            mappen kitet skrivs i (oftast certifikatets mapp)
  --cert FIL --key FIL, --pem FIL eller --p12 FIL
                        certifikatet och nyckeln du loggar in med
  --jurisdiction ID     international, au, it, es, ro eller se
  --username NAMN       ditt användarnamn hos Betfair
  --app-key NYCKEL      din applikationsnyckel
  --legacy-keystore     dotnet, java: lås .pfx/.p12 på det gamla sättet (3DES, SHA-1), för
                        läsare äldre än de som listas i docs/bot-kit.md (standard är
                        AES-256 med PBKDF2 och en SHA-256-MAC)
  --json                skriv ut ett JSON-objekt i stället för text

Lösenord tas aldrig emot på kommandoraden. Lösenordet för den nya .pfx/.p12-filen (dotnet, java)
läses från ${KIT_PASSWORD_ENV}, annars frågas det efter två gånger i terminalen; lösenordet för en
--p12-fil från ${P12_PASSWORD_ENV}, annars frågas det efter.

Slutkoder: 0 skrivet, 1 kunde inte skrivas (orsaken skrivs ut), 2 fel användning.
`,
    passwordFlag: `Lösenord tas inte emot på kommandoraden (andra användare kan se dem). Sätt ${KIT_PASSWORD_ENV} eller ${P12_PASSWORD_ENV} i stället.`,
    needFramework:
      'Ange med --framework vilket ramverk boten använder: betfairlightweight, flumine, dotnet, java eller node.',
    badFramework: (name: string) =>
      `Det finns inget ramverk som heter "${name}". Välj betfairlightweight, flumine, dotnet, java eller node.`,
    noDir: 'Ange var kitet ska skrivas med --dir MAPP.',
    needAppKey: 'Ange din applikationsnyckel med --app-key NYCKEL.',
    kitPasswordPrompt: 'Välj ett lösenord för nyckelfilen: ',
    kitPasswordAgain: 'Samma lösenord igen: ',
    kitPasswordsDiffer: 'De två lösenorden är inte lika. Kör kommandot igen.',
    kitPasswordNeeded: `Sätt ${KIT_PASSWORD_ENV} till lösenordet för nyckelfilen (.NET och Java behöver ett), eller kör kommandot i en terminal för att bli tillfrågad.`,
    p12Prompt: 'Lösenord för .p12-filen: ',
    made: (dir: string) => `Botkitet skapades i ${dir}`,
    noCli: 'bot-login.cjs hittades inte bredvid den här kommandoraden: README berättar var du laddar ner den.',
    readNext: 'Nästa steg: läs README.txt i kitet och kopiera mappen till maskinen din bot körs på.',
    failed: (message: string) => `Kitet kunde inte skapas: ${message}`,
  },
};
