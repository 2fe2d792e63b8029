/**
 * Every string the wizard window shows (Romanian). The renderer reads text only from here
 * (place names: ./jurisdictions.ts), so a translation is one new file per language.
 */
import type { Messages } from '../messages.js';

/** "1 zi", "5 zile", "20 de zile": Romanian adds "de" from 20 on (except numbers ending in 01-19). */
function plural(n: number, one: string, many: string): string {
  const form = new Intl.PluralRules('ro').select(Math.abs(n));
  return form === 'one' ? `${n} ${one}` : form === 'few' ? `${n} ${many}` : `${n} de ${many}`;
}

export const ui: Messages['ui'] = {
  appTitle: 'Bot Login Wizard',

  common: {
    next: 'Înainte',
    back: 'Înapoi',
    cancel: 'Anulează',
    showInFolder: 'Arată în folder',
    loading: 'Se încarcă…',
    version: (v: string) => `Versiunea ${v}`,
    details: 'Detalii',
  },

  steps: {
    label: 'Pași',
    names: {
      jurisdiction: 'Site Betfair',
      certificate: 'Certificat',
      upload: 'Încărcare',
      test: 'Test',
      dashboard: 'Gata',
    },
    position: (n: number, total: number) => `Pasul ${n} din ${total}`,
    done: 'gata',
  },

  language: {
    label: 'Limbă',
    offerQuestion: 'Vrei să folosești aplicația în română?',
    offerAccept: 'Treci la română',
    offerDecline: 'Nu, mulțumesc',
  },

  banners: {
    testEndpoint: (origin: string) => `Server de test: ${origin}`,
    testEndpointHint: 'Conectările de test merg la acest server de test, nu la Betfair.',
    dismiss: 'Închide',
  },

  errors: {
    noBridge: 'Asistentul nu a putut comunica cu restul aplicației. Închide fereastra și deschide din nou aplicația.',
    unexpectedTitle: 'Ceva nu a mers bine',
    unexpected:
      'Aplicația a întâmpinat o problemă neașteptată. Încearcă din nou; dacă se repetă, repornește aplicația.',
    startupTitle: 'Asistentul nu a putut porni',
  },

  jurisdiction: {
    heading: 'Ce site Betfair folosești?',
    intro:
      'Betfair are site-uri separate pentru unele țări, iar contul tău aparține unuia dintre ele. Alege site-ul pe care te conectezi când pariezi.',
    legend: 'Ce site Betfair folosești?',
    preselected: 'Ales după limba și regiunea computerului. Schimbă-l dacă ai contul pe alt site.',
    needsChoice: 'Alege site-ul Betfair ca să continui.',
    denmarkHeading: 'Conectarea pentru boți nu este disponibilă pe betfair.dk',
    denmarkWhy:
      'Pe betfair.dk, conectarea se face cu MitID, iar asta funcționează doar în fereastra de conectare Betfair (conectarea interactivă). De aceea Betfair nu oferă conectare cu certificat (pentru boți) pe betfair.dk, iar acest asistent nu o poate configura.',
    denmarkInstead:
      'Ce poți face în schimb: să folosești un program cu conectarea interactivă Betfair. Te conectezi chiar tu, în fereastra de conectare Betfair, iar apoi programul pariază pentru tine până la încheierea sesiunii.',
    denmarkLink: 'Citește pagina Betfair despre conectarea interactivă',
    denmarkOtherSite: 'Dacă ai contul pe alt site Betfair, alege-l mai sus.',
    saveFailed: 'Alegerea ta nu a putut fi salvată.',
  },

  certificate: {
    p12PasswordAgain: 'Parola fișierului .p12, încă o dată',
    showP12Password: 'Arată parola fișierului .p12',
    p12Mismatch: 'Cele două parole pentru .p12 nu sunt la fel. Scrie aceeași parolă în ambele câmpuri.',
    p12NotAscii:
      'Folosește doar litere fără diacritice (A\u2013Z, a\u2013z), cifre, spații și simbolurile de pe o tastatură englezească. Programele citesc alte caractere (de exemplu ă, ș sau emoji) în moduri diferite, așa că botul tău s-ar putea să nu poată deschide fișierul .p12.',
    heading: 'Certificatul tău',
    intro:
      'Betfair îți recunoaște botul după un certificat: câteva fișiere mici create pe acest computer. Creează aici unul nou sau folosește unul pe care îl ai deja.',
    createHeading: 'Creează un certificat nou',
    folderLabel: 'Fișierele vor fi salvate în acest folder:',
    changeFolder: 'Schimbă folderul…',
    advanced: 'Opțiuni avansate',
    commonName: 'Nume afișat pe Betfair',
    validDays: 'Valabilitate (zile)',
    validDaysError: (min: number, max: number) => `Introdu un număr întreg de zile între ${min} și ${max}.`,
    commonNameError: 'Introdu un nume pentru certificat.',
    p12Password: 'Parolă pentru un fișier .p12 (opțional)',
    p12PasswordHint:
      'Unele programe (de exemplu cele .NET) au nevoie de un fișier .p12. Dacă alegi o parolă, se creează și acest fișier.',
    create: 'Creează certificatul',
    creating: 'Se creează certificatul…',
    replaceTitle: 'Înlocuiești certificatul existent?',
    replaceText:
      'Acest folder conține deja fișiere de certificat. Dacă le înlocuiești, fișierele vechi sunt mutate într-un folder de rezervă de lângă ele și va trebui să încarci noul certificat pe Betfair.',
    replace: 'Înlocuiește',
    backupMoved: (dir: string) => `Fișierele anterioare au fost mutate în ${dir}.`,
    keyFilesOwnerOnly: 'Doar contul tău de utilizator poate citi fișierele cheii.',
    keyFilesNoModes:
      'Windows nu poate restricționa citirea fișierelor cheii doar la contul tău, așa că păstrează acest folder în folderul tău de utilizator, unde alte conturi nu au acces.',
    useExisting: 'Folosește un certificat existent',
    readyHeading: 'Certificat gata \u2013 acum încarcă-l',
    readyIntro: 'Botul se va conecta cu aceste fișiere. Urmează să adaugi certificatul în contul tău Betfair.',
    makeNew: 'Creează un certificat nou',
    useOther: 'Folosește alte fișiere',
    fileRoles: {
      certificate: 'pe acesta îl încarci pe Betfair',
      key: 'păstrează-l secret: este cheia ta privată',
      pem: 'cheia și certificatul într-un singur fișier, pentru boți (Python, curl); păstrează-l secret',
      p12: 'pentru programe .NET/Java; păstrează-l secret',
      other: 'păstrează-l în siguranță',
    },
    existingHeading: 'Folosește un certificat pe care îl ai deja',
    existingIntro:
      'Alege certificatul și cheia lui (.crt și .key), un singur fișier .pem combinat sau un fișier .p12/.pfx.',
    chooseFiles: 'Alege fișierele certificatului…',
    noFilesChosen: 'Niciun fișier ales încă.',
    chosenFiles: 'Fișiere alese:',
    existingP12Password: 'Parola .p12',
    check: 'Verifică aceste fișiere',
    checking: 'Se verifică…',
    findingsHeading: 'Ce a găsit verificarea',
    notUsable: 'Aceste fișiere nu pot fi folosite încă. Rezolvă problemele de mai sus și verifică din nou.',
    commonNameValue: 'Nume afișat pe Betfair',
    fingerprint: 'Amprentă (SHA-256)',
    files: 'Fișiere',
    needsCertificate: 'Creează sau alege un certificat ca să continui.',
  },

  expiry: {
    expiresOn: (date: string, days: number) => `Expiră pe ${date} (peste ${plural(days, 'zi', 'zile')})`,
    expiredOn: (date: string, daysAgo: number) => `A expirat pe ${date} (acum ${plural(daysAgo, 'zi', 'zile')})`,
    soonWarning: (days: number) =>
      `Certificatul tău expiră peste ${plural(days, 'zi', 'zile')}. Apasă „Reînnoiește certificatul”: aplicația face unul nou lângă cel folosit acum și îți spune în ce ordine să-l încarci și să înlocuiești două fișiere, ca botul să meargă în continuare.`,
    expiredWarning:
      'Certificatul tău a expirat: botul nu se mai poate conecta cu el. Creează unul nou și încarcă-l pe Betfair.',
    renew: 'Reînnoiește certificatul',
    addReminder: 'Adaugă în calendar un memento de reînnoire',
    reminderAdded: (path: string) =>
      `Mementoul, programat cu două săptămâni înainte de expirarea certificatului, a fost salvat ca ${path} și deschis în calendar.`,
    reminderAddedLate: (path: string) =>
      `Au rămas mai puțin de două săptămâni, așa că mementoul este pentru mâine (nu cu două săptămâni înainte). A fost salvat ca ${path} și deschis în calendar. Mai bine: reînnoiește acum.`,
  },

  upload: {
    heading: 'Încarcă certificatul',
    intro: (place: string) =>
      `Betfair trebuie să-ți cunoască certificatul înainte ca botul să se poată conecta. Adaugă-l în contul tău de pe site-ul Betfair ales: ${place}.`,
    openPage: 'Deschide pagina de securitate Betfair',
    showCrt: 'Arată fișierul .crt',
    noCrt:
      'Certificatul tău este într-un fișier care conține și cheia privată, iar Betfair vrea certificatul separat (un fișier .crt). Asistentul îl poate salva pentru tine ca .crt.',
    saveCrt: 'Salvează certificatul ca .crt',
    savingCrt: 'Se salvează…',
    crtSaved: (fileName: string) => `Salvat ca ${fileName}: încarcă acest fișier`,
    crtP12Password: 'Parola .p12 (pentru a citi certificatul)',
    stepsHeading: 'Cum îl încarci',
    steps: (crtName: string, crtOnDisk: boolean) => [
      'Apasă „Deschide pagina de securitate Betfair”. Browserul deschide pagina de securitate a contului tău. Conectează-te, dacă ți se cere.',
      'Derulează până la secțiunea „Automated Betting Program Access” (accesul pentru programe automate de pariere, adică acces API) și apasă butonul „Editare” din ea.',
      crtOnDisk
        ? `Apasă „Răsfoiește” (sau „Alegeți fișierul”) și selectează ${crtName}. Apasă „Arată fișierul .crt” ca să vezi unde se află.`
        : `Apasă mai întâi aici „Salvează certificatul ca .crt”, apoi, pe pagina Betfair, apasă „Răsfoiește” (sau „Alegeți fișierul”) și selectează fișierul .crt.`,
      'Apasă butonul care încarcă certificatul. Detaliile lui apar apoi în acea secțiune a paginii.',
      'Revino aici și bifează căsuța de mai jos.',
    ],
    crtHint: 'Încarcă doar fișierul .crt. Nu încărca și nu trimite nimănui fișierele .key, .pem sau .p12.',
    confirm: 'Am încărcat certificatul',
    needsConfirm: 'Bifează căsuța după ce certificatul este în contul tău Betfair.',
  },

  test: {
    remember: 'Ține minte numele de utilizator și cheia de aplicație pe acest computer',
    heading: 'Testează conectarea',
    notTestedTitle: 'Conectarea nu a fost încă testată',
    notTestedText: 'Fără un test nu vei ști dacă botul se poate conecta. Poți testa mai târziu din panoul principal.',
    notTestedGoOn: 'Continuă fără test',
    notTestedStay: 'Testează mai întâi conectarea',
    intro:
      'Introdu numele de utilizator și parola Betfair și, dacă o ai, cheia de aplicație. Asistentul se conectează o dată, așa cum o va face botul, verifică cheia și se deconectează imediat.',
    appKey: 'Cheie de aplicație',
    appKeyHint: 'Opțional. Dacă o lași goală, asistentul o găsește pentru tine.',
    username: 'Nume de utilizator',
    password: 'Parolă',
    p12Password: 'Parola .p12',
    showPassword: 'Arată parola',
    passwordNeverStored: 'Parola ta nu este salvată niciodată. Este trimisă la Betfair doar pentru acest test.',
    button: 'Testează conectarea',
    testing: 'Se testează…',
    waitButton: (countdown: string) => `Testează conectarea (așteaptă ${countdown})`,
    checkedButton: 'Am verificat-o, testează din nou',
    checkedWaitButton: (countdown: string) => `Testează din nou (așteaptă ${countdown})`,
    waitReason: {
      'rate-limited': 'Puține teste pe minut îți protejează contul.',
      banned: 'Betfair a oprit conectările acestui cont: așteptăm.',
      'password-check': 'Două parole greșite la rând: verific-o întâi.',
    },
    passwordCheck:
      'Betfair nu a acceptat de două ori la rând numele de utilizator și parola, iar alte încercări greșite pot bloca contul. Verifică-le conectându-te pe site-ul Betfair (sau resetează parola); după o scurtă așteptare, apasă „Am verificat-o, testează din nou”.',
    rateLimited:
      'Ca să-ți protejeze contul, asistentul încearcă doar câteva conectări pe minut. Poți testa din nou când se termină numărătoarea.',
    banned:
      'După prea multe încercări, Betfair a oprit pentru o vreme conectările pe acest cont. Asistentul așteaptă să treacă pauza, ca să nu se prelungească.',
    missingUsername: 'Introdu numele de utilizator.',
    missingPassword: 'Introdu parola.',
    missingP12: 'Introdu parola fișierului .p12.',
    loggedOut: 'Asistentul s-a deconectat după test, așa că nu rămâne nicio sesiune deschisă.',
    logoutFailed: 'Sesiunea de test nu a putut fi închisă; se închide singură după un timp.',
    whatItMeans: 'Ce înseamnă',
    whatToDo: 'Ce ai de făcut',
    faultTitle: 'Testul nu a putut fi efectuat',
    testEndpointUsed: 'Acest test a folosit serverul de test, nu Betfair.',
  },

  /** The application-key part of a test: the account's keys, creating keys. */
  appKeys: {
    whatIsIt: 'Ce este o cheie de aplicație?',
    listHeading: 'Cheile tale de aplicație',
    listIntro: 'Aceste chei sunt în contul tău Betfair. Apasă „Folosește cheia” ca s-o pui în formular.',
    appName: 'Nume aplicație',
    key: 'Cheie',
    delayed: 'Cheie cu întârziere',
    live: 'Cheie live',
    kindAndState: (kind: string, state: string) => `${kind}, ${state}`,
    copyKey: 'Copiază cheia',
    useKey: 'Folosește cheia',
    keyFilled: 'Cheia este acum în formular. Scrie parola și apasă „Testează conectarea” ca s-o verifici.',
    keyFilledRemembered:
      'Cheia este acum în formular, iar asistentul o ține minte. Scrie parola și apasă „Testează conectarea” ca s-o verifici.',
    createHeading: 'Creează-ți cheile de aplicație',
    appNameLabel: 'Nume pentru chei',
    appNameHint:
      'Orice nume pe care nu-l mai folosește nimeni pe Betfair. Nu trebuie să conțină numele tău de utilizator.',
    createPassword: 'Parola Betfair',
    createPasswordMissing: 'Introdu parola Betfair.',
    createPasswordHint:
      'Asistentul nu îți păstrează niciodată parola, așa că are nevoie de ea încă o dată ca să creeze cheile.',
    createButton: 'Creează cheile de aplicație',
    creating: 'Se creează cheile\u2026',
    goToDashboard: 'Mergi la panoul principal',
  },

  dashboard: {
    heading: 'Conectarea botului',
    jurisdiction: 'Site Betfair',
    certificateHeading: 'Certificat',
    lastTest: 'Ultimul test',
    lastTestNone: 'Niciun test încă.',
    lastTestSuccess: (title: string, when: string) => `${title} (testul din ${when})`,
    lastTestFailure: (title: string, when: string) => `Încă nu e gata: ${title} (testul din ${when})`,
    testAgainHeading: 'Testează din nou',
    snippetsHeading: 'Exemple de cod pentru botul tău',
    snippetsIntro: 'Cod care se conectează cu certificatul tău, completat cu căile fișierelor tale.',
    copy: (title: string) => `Copiază codul: ${title}`,
    copied: 'Copiat',
    copyFailed: 'Copierea nu a funcționat aici. Selectează codul și copiază-l manual.',
    keyWarning:
      'Păstrează fișierele cheii (.key, .pem și .p12) doar pentru tine: nu le da nimănui, nu le trimite pe e-mail și nu le pune în git sau în alt depozit de cod. Oricine le are, împreună cu parola ta, se poate conecta în locul tău.',
    snippetsFailed: 'Exemplele de cod nu au putut fi încărcate.',
    startOver: 'Începe din nou',
    startOverTitle: 'Începi din nou?',
    startOverText:
      'Asistentul uită alegerile tale și certificatul pe care îl folosește. Fișierele certificatului rămân pe computer, iar certificatul rămâne în contul tău Betfair până îl ștergi de acolo.',
    startOverConfirm: 'Da, începe din nou',
  },
};
