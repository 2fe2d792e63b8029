/**
 * Alla texter som guidens fönster visar (svenska). Samma nycklar som shared/i18n/en/ui.ts.
 */
import type { Messages } from '../messages.js';

/** Svenska har två former: 1 dag, 0/2/… dagar. */
function plural(n: number, one: string, many: string): string {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}

export const ui: Messages['ui'] = {
  appTitle: 'Bot Login Wizard',

  common: {
    next: 'Nästa',
    back: 'Tillbaka',
    cancel: 'Avbryt',
    showInFolder: 'Visa i mappen',
    loading: 'Laddar…',
    version: (v: string) => `Version ${v}`,
    details: 'Detaljer',
  },

  steps: {
    label: 'Steg',
    names: {
      jurisdiction: 'Betfair-sida',
      certificate: 'Certifikat',
      upload: 'Ladda upp',
      test: 'Testa',
      dashboard: 'Klart',
    },
    position: (n: number, total: number) => `Steg ${n} av ${total}`,
    done: 'klart',
  },

  language: {
    label: 'Språk',
    offerQuestion: 'Vill du använda appen på svenska?',
    offerAccept: 'Byt till svenska',
    offerDecline: 'Nej tack',
  },

  banners: {
    testEndpoint: (origin: string) => `Testserver: ${origin}`,
    testEndpointHint: 'Testinloggningar går till den här testservern, inte till Betfair.',
    dismiss: 'Stäng',
  },

  errors: {
    noBridge: 'Guiden fick ingen kontakt med resten av appen. Stäng fönstret och öppna appen igen.',
    unexpectedTitle: 'Något gick fel',
    unexpected: 'Appen stötte på ett oväntat problem. Försök igen; om det fortsätter, starta om appen.',
    startupTitle: 'Guiden kunde inte starta',
  },

  jurisdiction: {
    heading: 'Vilken Betfair-sida använder du?',
    intro:
      'Betfair har egna sidor för vissa länder, och ditt konto hör till en av dem. Välj sidan där du loggar in när du spelar.',
    legend: 'Vilken Betfair-sida använder du?',
    preselected: 'Vald utifrån datorns språk och region. Ändra valet om ditt konto finns på en annan sida.',
    needsChoice: 'Välj din Betfair-sida för att gå vidare.',
    denmarkHeading: 'Botinloggning finns inte på betfair.dk',
    denmarkWhy:
      'På betfair.dk måste man logga in med MitID, och det fungerar bara i Betfairs eget inloggningsfönster (den interaktiva inloggningen). Därför erbjuder Betfair ingen certifikatinloggning (botinloggning) för betfair.dk, och guiden kan inte ställa in den.',
    denmarkInstead:
      'Det här kan du göra i stället: ett program kan använda Betfairs interaktiva inloggning, där du själv loggar in i Betfairs inloggningsfönster och programmet sedan spelar åt dig tills sessionen tar slut.',
    denmarkLink: 'Läs Betfairs sida om den interaktiva inloggningen',
    denmarkOtherSite: 'Om ditt konto finns på en annan Betfair-sida, välj den ovan.',
    saveFailed: 'Ditt val kunde inte sparas.',
  },

  certificate: {
    p12PasswordAgain: '.p12-lösenordet en gång till',
    showP12Password: 'Visa .p12-lösenordet',
    p12Mismatch: 'De två .p12-lösenorden är inte likadana. Skriv samma lösenord i båda fälten.',
    p12NotAscii:
      'Använd bara bokstäver utan accenter eller prickar (A\u2013Z, a\u2013z), siffror, mellanslag och tecknen på ett engelskt tangentbord. Program läser andra tecken (som å, ö eller emojier) på olika sätt, så din bot kanske inte kan öppna .p12-filen.',
    heading: 'Ditt certifikat',
    intro:
      'Betfair känner igen din bot på ett certifikat: några små filer som skapas på den här datorn. Skapa ett nytt här, eller använd ett som du redan har.',
    createHeading: 'Skapa ett nytt certifikat',
    folderLabel: 'Filerna sparas i den här mappen:',
    changeFolder: 'Byt mapp…',
    advanced: 'Avancerade inställningar',
    commonName: 'Namn som visas hos Betfair',
    validDays: 'Giltighetstid (dagar)',
    validDaysError: (min: number, max: number) => `Ange ett helt antal dagar från ${min} till ${max}.`,
    commonNameError: 'Ange ett namn på certifikatet.',
    p12Password: 'Lösenord för en .p12-fil (valfritt)',
    p12PasswordHint:
      'Vissa program (till exempel .NET-program) behöver en .p12-fil. Ange ett lösenord så skapas en sådan också.',
    create: 'Skapa certifikat',
    creating: 'Skapar ditt certifikat…',
    replaceTitle: 'Ersätta det befintliga certifikatet?',
    replaceText:
      'Den här mappen innehåller redan certifikatfiler. Om du ersätter dem flyttas de gamla filerna till en mapp för säkerhetskopior bredvid, och du måste ladda upp det nya certifikatet till Betfair.',
    replace: 'Ersätt',
    backupMoved: (dir: string) => `Dina tidigare filer flyttades till ${dir}.`,
    keyFilesOwnerOnly: 'Bara ditt användarkonto kan läsa nyckelfilerna.',
    keyFilesNoModes:
      'Windows kan inte markera nyckelfilerna som läsbara bara för dig, så låt den här mappen ligga i din egen användarmapp, där andra konton inte kan läsa den.',
    useExisting: 'Använd ett befintligt certifikat',
    readyHeading: 'Certifikatet är klart \u2013 ladda upp det nu',
    readyIntro: 'Din bot loggar in med de här filerna. Lägg nu till certifikatet på ditt Betfair-konto.',
    makeNew: 'Skapa ett nytt certifikat',
    useOther: 'Använd andra filer',
    fileRoles: {
      certificate: 'ladda upp den här till Betfair',
      key: 'håll den här hemlig: det är din privata nyckel',
      pem: 'nyckel och certifikat i en fil för botar (Python, curl); håll den hemlig',
      p12: 'för .NET-/Java-program; håll den hemlig',
      other: 'förvara den här säkert',
    },
    existingHeading: 'Använd ett certifikat som du redan har',
    existingIntro: 'Välj certifikatet och dess nyckel (.crt och .key), en kombinerad .pem-fil eller en .p12-/.pfx-fil.',
    chooseFiles: 'Välj certifikatfiler…',
    noFilesChosen: 'Inga filer valda än.',
    chosenFiles: 'Valda filer:',
    existingP12Password: 'Lösenord för .p12',
    check: 'Kontrollera filerna',
    checking: 'Kontrollerar…',
    findingsHeading: 'Vad kontrollen hittade',
    notUsable: 'De här filerna kan inte användas än. Åtgärda problemen ovan och kontrollera igen.',
    commonNameValue: 'Namn som visas hos Betfair',
    fingerprint: 'Fingeravtryck (SHA-256)',
    files: 'Filer',
    needsCertificate: 'Skapa eller välj ett certifikat för att gå vidare.',
  },

  expiry: {
    expiresOn: (date: string, days: number) => `Går ut den ${date} (om ${plural(days, 'dag', 'dagar')})`,
    expiredOn: (date: string, daysAgo: number) => `Gick ut ${date} (för ${plural(daysAgo, 'dag', 'dagar')} sedan)`,
    soonWarning: (days: number) =>
      `Ditt certifikat går ut om ${plural(days, 'dag', 'dagar')}. Tryck på ”Förnya certifikatet”: appen skapar det nya bredvid det som används och säger i vilken ordning du laddar upp det och byter två filer, så att din bot fortsätter att fungera.`,
    expiredWarning:
      'Ditt certifikat har gått ut: din bot kan inte logga in med det. Skapa ett nytt och ladda upp det till Betfair.',
    renew: 'Förnya certifikatet',
    addReminder: 'Påminn mig om förnyelsen i kalendern',
    reminderAdded: (path: string) =>
      `En påminnelse två veckor innan certifikatet går ut sparades som ${path} och öppnades i din kalender.`,
    reminderAddedLate: (path: string) =>
      `Det är mindre än två veckor kvar, så påminnelsen gäller i morgon (inte två veckor innan). Den sparades som ${path} och öppnades i din kalender. Bättre: förnya nu.`,
  },

  upload: {
    heading: 'Ladda upp ditt certifikat',
    intro: (place: string) =>
      `Betfair måste känna till ditt certifikat innan din bot kan logga in. Lägg till det på ditt Betfair-konto (Betfair-sida: ${place}).`,
    openPage: 'Öppna Betfairs säkerhetssida',
    showCrt: 'Visa .crt-filen',
    noCrt:
      'Ditt certifikat ligger i en fil som också innehåller den privata nyckeln, och Betfair vill ha certifikatet i en egen fil (en .crt-fil). Guiden kan spara det som .crt åt dig.',
    saveCrt: 'Spara certifikatet som .crt',
    savingCrt: 'Sparar…',
    crtSaved: (fileName: string) => `Sparat som ${fileName}: ladda upp den här filen`,
    crtP12Password: 'Lösenord för .p12 (för att läsa certifikatet)',
    stepsHeading: 'Så laddar du upp det',
    steps: (crtName: string, crtOnDisk: boolean) => [
      'Klicka på "Öppna Betfairs säkerhetssida". Din webbläsare öppnar säkerhetssidan för ditt konto. Logga in om Betfair ber dig om det.',
      'Scrolla ner till delen "Automated Betting Program Access" (åtkomst för automatiska spelprogram, API-åtkomst) och klicka på knappen Redigera (Edit) där.',
      crtOnDisk
        ? `Klicka på Bläddra (eller Välj fil) och välj ${crtName}. Klicka på "Visa .crt-filen" för att se var den finns.`
        : `Klicka först på "Spara certifikatet som .crt" här, och klicka sedan på Bläddra (eller Välj fil) på Betfairs sida och välj .crt-filen.`,
      'Klicka på knappen som laddar upp certifikatet. Dess uppgifter visas sedan i den delen av sidan.',
      'Kom tillbaka hit och kryssa i rutan nedan.',
    ],
    crtHint: 'Ladda bara upp .crt-filen. Ladda aldrig upp eller skicka .key-, .pem- eller .p12-filerna till någon.',
    confirm: 'Jag har laddat upp certifikatet',
    needsConfirm: 'Kryssa i rutan när certifikatet finns på ditt Betfair-konto.',
  },

  test: {
    remember: 'Kom ihåg mitt användarnamn och min applikationsnyckel på den här datorn',
    heading: 'Testa min inloggning',
    notTestedTitle: 'Din inloggning har inte testats än',
    notTestedText: 'Utan ett test vet du inte om din bot kan logga in. Du kan testa senare från översikten.',
    notTestedGoOn: 'Fortsätt utan att testa',
    notTestedStay: 'Testa min inloggning först',
    intro:
      'Ange ditt användarnamn och lösenord hos Betfair och din applikationsnyckel om du har den. Guiden loggar in en gång, på samma sätt som din bot, kontrollerar nyckeln och loggar ut direkt igen.',
    appKey: 'Applikationsnyckel',
    appKeyHint: 'Valfritt. Lämna tomt så hittar guiden den åt dig.',
    username: 'Användarnamn',
    password: 'Lösenord',
    p12Password: 'Lösenord för .p12',
    showPassword: 'Visa lösenord',
    passwordNeverStored: 'Ditt lösenord sparas aldrig. Det skickas till Betfair bara för det här testet.',
    button: 'Testa min inloggning',
    testing: 'Testar…',
    waitButton: (countdown: string) => `Testa min inloggning (vänta ${countdown})`,
    checkedButton: 'Jag har kontrollerat det, testa igen',
    checkedWaitButton: (countdown: string) => `Testa igen (vänta ${countdown})`,
    waitReason: {
      'rate-limited': 'Få tester i minuten skyddar ditt konto.',
      banned: 'Betfair har pausat inloggningarna för kontot: vi väntar.',
      'password-check': 'Fel lösenord två gånger i rad: kontrollera det först.',
    },
    passwordCheck:
      'Betfair godtog inte användarnamnet och lösenordet två gånger i rad, och fler felaktiga försök kan spärra kontot. Kontrollera dem genom att logga in på Betfairs webbplats (eller återställ lösenordet); tryck efter en kort väntan på "Jag har kontrollerat det, testa igen".',
    rateLimited:
      'För att skydda ditt konto gör guiden bara några få inloggningsförsök per minut. Du kan testa igen när nedräkningen är slut.',
    banned:
      'Betfair har tillfälligt spärrat inloggning för det här kontot efter för många försök. Guiden väntar tills spärren har hävts, så att den inte förlängs.',
    missingUsername: 'Ange ditt användarnamn.',
    missingPassword: 'Ange ditt lösenord.',
    missingP12: 'Ange lösenordet för din .p12-fil.',
    loggedOut: 'Testsessionen har loggats ut, så inget ligger kvar öppet.',
    logoutFailed: 'Testsessionen kunde inte loggas ut; den stängs automatiskt efter en stund.',
    whatItMeans: 'Vad det betyder',
    whatToDo: 'Gör så här',
    faultTitle: 'Testet kunde inte genomföras',
    testEndpointUsed: 'Det här testet använde testservern, inte Betfair.',
  },

  appKeys: {
    whatIsIt: 'Vad är en applikationsnyckel?',
    listHeading: 'Dina applikationsnycklar',
    listIntro:
      'De här nycklarna finns på ditt Betfair-konto. Klicka på "Använd nyckeln" för att lägga in en i formuläret.',
    appName: 'Appnamn',
    key: 'Nyckel',
    delayed: 'Fördröjd nyckel',
    live: 'Live-nyckel',
    kindAndState: (kind: string, state: string) => `${kind}, ${state}`,
    copyKey: 'Kopiera nyckeln',
    useKey: 'Använd nyckeln',
    keyFilled:
      'Nyckeln står nu i formuläret. Skriv ditt lösenord och klicka på "Testa min inloggning" för att kontrollera den.',
    keyFilledRemembered:
      'Nyckeln står nu i formuläret, och guiden kommer ihåg den. Skriv ditt lösenord och klicka på "Testa min inloggning" för att kontrollera den.',
    createHeading: 'Skapa dina applikationsnycklar',
    appNameLabel: 'Namn på dina nycklar',
    appNameHint:
      'Vilket namn som helst som ingen annan hos Betfair använder. Det får inte innehålla ditt användarnamn.',
    createPassword: 'Betfair-lösenord',
    createPasswordMissing: 'Ange ditt Betfair-lösenord.',
    createPasswordHint: 'Guiden sparar aldrig ditt lösenord, så den behöver det en gång till för att skapa nycklarna.',
    createButton: 'Skapa mina applikationsnycklar',
    creating: 'Skapar dina nycklar\u2026',
    goToDashboard: 'Gå till min översikt',
  },

  dashboard: {
    heading: 'Din botinloggning',
    jurisdiction: 'Betfair-sida',
    certificateHeading: 'Certifikat',
    lastTest: 'Senaste test',
    lastTestNone: 'Inget test än.',
    lastTestSuccess: (title: string, when: string) => `${title} (testat ${when})`,
    lastTestFailure: (title: string, when: string) => `Inte klart än: ${title} (testat ${when})`,
    testAgainHeading: 'Testa igen',
    snippetsHeading: 'Kodexempel för din egen bot',
    snippetsIntro: 'Kod som loggar in med ditt certifikat, ifylld med dina filsökvägar.',
    copy: (title: string) => `Kopiera kodexemplet för ${title}`,
    copied: 'Kopierat',
    copyFailed: 'Kopieringen fungerade inte här. Markera koden och kopiera den själv.',
    keyWarning:
      'Håll dina nyckelfiler (.key, .pem och .p12) för dig själv: dela dem aldrig, mejla dem inte och checka aldrig in dem i git eller något annat kodarkiv. Den som har dem och ditt lösenord kan logga in som du.',
    snippetsFailed: 'Kodexemplen kunde inte laddas.',
    startOver: 'Börja om',
    startOverTitle: 'Börja om?',
    startOverText:
      'Guiden glömmer dina val och certifikatet den använder. Certifikatfilerna ligger kvar på din dator, och certifikatet ligger kvar på ditt Betfair-konto tills du tar bort det där.',
    startOverConfirm: 'Ja, börja om',
  },
};
