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

/** "1 zi", "5 zile", "20 de zile": Romanian adds "de" from 20 on (except numbers ending in 01-19). */
function plural(n: number, one: string, many: string): string {
  const form = new Intl.PluralRules('ro').select(Math.abs(n));
  return form === 'one' ? `${n} ${one}` : form === 'few' ? `${n} ${many}` : `${n} de ${many}`;
}

const PASSWORD_ENV = ENV.password;

const NO_ARGV_PASSWORD = `Parolele nu sunt acceptate în linia de comandă (alți utilizatori ai acestui computer le pot vedea). Setează ${PASSWORD_ENV} (și ${P12_PASSWORD_ENV} pentru un fișier .p12) sau rulează comanda într-un terminal ca să ți se ceară.`;

const LOGIN_WORKS = 'Certificatul, numele de utilizator și parola funcționează.';

const FIX_KEY_FIRST =
  'Până nu corectezi cheia, Betfair va refuza botul încă de la primul apel, cu eroarea INVALID_APP_KEY.';

const USE_LISTED = 'Alege una dintre cheile tale din lista de mai jos și rulează din nou comanda cu --app-key KEY.';

const CREATE_KEYS =
  'Rulează din nou comanda cu --create-app-keys NAME ca să-ți creezi cheile (una cu întârziere, una live), apoi cu --app-key KEY și una dintre ele.';

const NEW_CERTIFICATE = 'Fă un certificat nou cu „bot-login generate”.';

const OTHER_SITE =
  'Încarcă certificatul pe site-ul pe care ți-ai deschis contul (pentru cei mai mulți, betfair.com), apoi rulează din nou comanda cu acea --jurisdiction (betfair.com este international).';

const KIT_PASSWORD_ENV = ENV.kitPassword;

export const CLI_TEXT: Messages['CLI_TEXT'] = {
  args: {
    unknownFlag: (flag: string): string =>
      `Opțiune necunoscută „${flag}”. Rulează comanda cu --help ca să-i vezi opțiunile.`,
    noValueAllowed: (name: string): string => `Opțiunea --${name} este un comutator și nu primește nicio valoare.`,
    valueNeeded: (name: string): string => `Opțiunea --${name} are nevoie de o valoare după ea.`,
    givenTwice: (name: string): string =>
      `Opțiunea --${name} a fost folosită de mai multe ori; folosește-o o singură dată.`,
    tooFewPositionals: (min: number): string =>
      min === 1
        ? 'Această comandă are nevoie de cel puțin un nume de fișier.'
        : `Această comandă are nevoie de cel puțin ${plural(min, 'nume de fișier', 'nume de fișiere')}.`,
    unexpectedPositional: (arg: string): string =>
      `„${arg}” nu era așteptat aici. Rulează comanda cu --help ca să vezi cum se folosește.`,
    /** The title and next step of a usage error in --json output. */
    usageTitle: 'Utilizare greșită',
    usageWhatToDo: (command: string): string => `Rulează „bot-login ${command} --help” ca să vezi cum se folosește.`,
    unknownLanguage: (value: string, choices: readonly string[]): string =>
      `Limba „${value}” nu este disponibilă. Alege una dintre: ${choices.join(', ')}.`,
    unknownCommand: (name: string): string => `Comandă necunoscută „${name}”.`,
    topHelpStart:
      'Utilizare: bot-login <comandă> [opțiuni]\n\nConfigurează și verifică conectarea non-interactivă (pentru boți) la Betfair Exchange.\n\nComenzi:',
    topHelpEnd:
      'Opțiuni pentru orice comandă:\n' +
      '  --lang LANG   limba textelor: en, it, es, ro sau sv (implicit: din LC_ALL, LC_MESSAGES sau LANG)\n' +
      '  --json        afișează un singur obiect JSON în loc de text\n\n' +
      'Rulează "bot-login <comandă> --help" pentru opțiunile unei comenzi.',
    unexpected: 'Ceva neașteptat nu a funcționat. Încearcă din nou; dacă se repetă, raportează problema.',
  },
  generate: {
    summary: 'Creează o cheie nouă și un certificat de client pentru conectarea botului la Betfair',
    help: `Utilizare: bot-login generate --dir DIR [opțiuni]

Creează în DIR o cheie RSA 2048 nouă și un certificat de client autosemnat:
  client-2048.crt   certificatul: pe acesta îl încarci pe Betfair
  client-2048.key   cheia privată (păstreaz-o secretă)
  client-2048.pem   certificatul și cheia într-un singur fișier
  client-2048.p12   amândouă, protejate cu parolă (doar dacă ${P12_PASSWORD_ENV} este setată)

Opțiuni:
  --dir DIR               folderul pentru fișiere (este creat dacă lipsește)
  --common-name NAME      numele de pe certificat (implicit "Betfair bot login")
  --organization TEXT     numele organizației, opțional
  --country CC            codul țării din două litere, opțional
  --email ADDRESS         adresa de e-mail, opțional
  --days N                câte zile e valabil certificatul, între 1 și 3650 (implicit 365)
  --jurisdiction ID       site-ul tău Betfair (international, au, it, es, ro, se), pentru
                          adresa paginii lui de securitate unde se încarcă certificatul
  --force                 dacă există deja fișiere de certificat, le mută într-un folder
                          de rezervă datat din DIR și creează altele noi
  --json                  afișează un singur obiect JSON în loc de text

Parola fișierului .p12 este citită doar din variabila de mediu ${P12_PASSWORD_ENV}.

Coduri de ieșire: 0 fișiere create, 1 nu au putut fi create (motivul este afișat), 2 utilizare greșită.
`,
    passwordFlag: `Parolele nu sunt acceptate în linia de comandă (alți utilizatori le pot vedea). Setează în schimb ${P12_PASSWORD_ENV}.`,
    noDir: 'Indică folderul pentru fișiere cu --dir DIR.',
    forceHint:
      'Ca să le înlocuiești, rulează din nou comanda cu --force: fișierele vechi sunt mutate într-un folder de rezervă datat din DIR. Dacă un bot se conectează cu aceste fișiere, folosește în schimb bot-login renew --dir DIR: face fișierele noi lângă ele, ca botul să meargă în continuare.',
    badDays: 'Numărul de zile trebuie să fie un număr întreg între 1 și 3650.',
    made: (dir: string) => `Certificat nou creat în ${dir}`,
    fileCrt: 'pe acesta îl încarci pe Betfair',
    fileKey: 'cheia privată: păstreaz-o secretă',
    filePem: 'certificatul și cheia într-un singur fișier',
    fileP12: 'certificatul și cheia, protejate cu parola ta',
    noP12: `Nu s-a creat niciun fișier .p12 (setează ${P12_PASSWORD_ENV} ca să se creeze unul).`,
    fingerprint: (fp: string) => `Amprentă SHA-256: ${fp}`,
    validUntil: (date: string, days: number) => `Valabil până la ${date} (${plural(days, 'zi', 'zile')}).`,
    backup: (dir: string) => `Fișierele anterioare au fost mutate în ${dir}`,
    nextStep: (url: string) =>
      `Următorul pas: încarcă client-2048.crt pe pagina de securitate a contului Betfair, apoi testează conectarea:\n  ${url}`,
    otherSites:
      'Folosești alt site Betfair (betfair.com.au, .it, .es, .ro sau .se)? Încarcă-l pe pagina de securitate a acelui site: adaugă --jurisdiction ID ca să-i vezi adresa.',
    failed: (message: string) => `Certificatul nu a putut fi creat: ${message}`,
  },
  inspect: {
    summary: 'Verifică fișierele de certificat și de cheie și spune dacă Betfair le poate folosi',
    help: `Utilizare: bot-login inspect FILE [FILE...] [--json]

Verifică fișiere de certificat și de cheie: un .crt/.cer cu fișierul .key, un .pem care le
conține pe amândouă sau un .p12/.pfx (parola lui este citită din variabila de mediu
${P12_PASSWORD_ENV}). Spune dacă formează o pereche pe care conectarea botului la Betfair
o poate folosi și, dacă nu, de ce.

Opțiuni:
  --json    afișează un singur obiect JSON în loc de text

Coduri de ieșire: 0 utilizabile, 1 neutilizabile (motivele sunt afișate), 2 utilizare greșită.
`,
    passwordFlag: `Parolele nu sunt acceptate în linia de comandă (alți utilizatori le pot vedea). Setează în schimb ${P12_PASSWORD_ENV}.`,
    passwordPrompt: 'Parola pentru fișierul .p12: ',
    passwordHint: `Pentru parola fișierului .p12, setează variabila de mediu ${P12_PASSWORD_ENV} și rulează din nou comanda.`,
    certificate: 'Certificat',
    subject: (s: string) => `  Nume:              ${s}`,
    issuer: (s: string, self: boolean) => `  Emis de:           ${self ? 'el însuși (autosemnat)' : s}`,
    serial: (s: string) => `  Număr de serie:    ${s}`,
    fingerprint: (fp: string) => `  SHA-256:           ${fp}`,
    validity: (from: string, to: string, days: number) =>
      `  Valabil:           ${from} – ${to} (${days >= 0 ? `încă ${plural(days, 'zi', 'zile')}` : `expirat de ${plural(-days, 'zi', 'zile')}`})`,
    keyLine: (type: string, bits: number | null) =>
      `  Cheie:             ${type}${bits ? ` ${plural(bits, 'bit', 'biți')}` : ''}`,
    clientAuth: (yes: boolean) => `  Conectare client:  ${yes ? 'permisă' : 'NU este permisă'}`,
    keyMatches: (m: boolean | null) =>
      m === null
        ? ''
        : m
          ? '  Cheie privată:     se potrivește cu certificatul'
          : '  Cheie privată:     NU se potrivește cu certificatul',
    usable: 'Utilizabile: da. Betfair poate folosi aceste fișiere pentru conectarea botului.',
    notUsable: 'Utilizabile: nu.',
    error: (message: string) => `  Problemă: ${message}`,
    warning: (message: string) => `  Notă: ${message}`,
    failed: (message: string) => `Fișierele nu au putut fi verificate: ${message}`,
  },
  login: {
    summary: 'Testează conectarea botului la Betfair cu certificatul tău și explică răspunsul',
    help: `Utilizare: bot-login login --jurisdiction ID (--cert FILE --key FILE | --pem FILE | --p12 FILE)
                           --username NAME [--app-key KEY] [--create-app-keys NAME]
                           [--keep-session] [--json]

Trimite o conectare de test la serviciul Betfair de conectare cu certificat pentru jurisdicția
ta, folosind certificatul de client, și spune în cuvinte simple ce înseamnă răspunsul și ce
ai de făcut mai departe. Când conectarea funcționează, aceeași sesiune listează și cheile de
aplicație ale contului și, cu --app-key, verifică dacă Betfair acceptă acea cheie (un bot are
nevoie de toate patru: certificat, nume de utilizator, parolă și cheie de aplicație). O sesiune
de test reușită este închisă la final, dacă nu folosești --keep-session.

Fiecare cont Betfair poate avea două chei de aplicație:
  ${KEY_KINDS_TEXT.delayed}
  ${KEY_KINDS_TEXT.live}

Opțiuni:
  --jurisdiction ID   unde este contul tău Betfair: ${JURISDICTION_IDS.join(', ')}
                      (international = betfair.com; dk nu poate folosi conectarea pentru boți)
  --cert FILE         certificatul (.crt), împreună cu --key FILE (cheia privată)
  --pem FILE          un singur fișier care conține și certificatul, și cheia
  --p12 FILE          un fișier .p12/.pfx; parola lui vine din ${P12_PASSWORD_ENV}
  --username NAME     numele tău de utilizator Betfair
  --app-key KEY       cheia de aplicație pe care o va folosi botul (opțional: fără ea,
                      testul îți listează cheile ca să alegi una)
  --create-app-keys NAME
                      dacă contul nu are încă nicio cheie de aplicație, le creează
                      cu acest nume (nu trebuie să conțină numele tău de utilizator)
  --keep-session      nu închide sesiunea de test; afișează tokenul ei de sesiune
  --json              afișează un singur obiect JSON în loc de text; pe lângă răspunsul
                      conectării, conține "appKeys" (fiecare {appName, applicationKey,
                      version, delayed, active}), "appKeyCheck" ({status, delayed?,
                      active?, code?, title, explanation, whatToDo}; status este valid,
                      not-yours, refused, not-given sau not-checked) și, cu
                      --create-app-keys, "appKeysCreation"; "verdict" este rezultatul
                      general (works, works-no-stream, delayed-key, key-inactive,
                      choose-key, create-keys, key-not-yours, key-refused,
                      key-not-checked, login-failed...), "title" și "whatToDo" îl spun
                      în cuvinte; "ok" este true exact atunci când codul de ieșire este 0

Parola Betfair este citită din variabila de mediu ${PASSWORD_ENV} sau cerută (ascunsă) când
comanda rulează într-un terminal. Nu este acceptată niciodată în linia de comandă.
Se trimit cel mult 5 conectări de test pe minut și niciuna timp de 20 de minute după ce
Betfair raportează prea multe conectări (acest lucru este memorat în folderul de date al
aplicației).

Coduri de ieșire: 0 botul se poate conecta și poate paria (o cheie live activată de
Betfair); 1 Betfair a răspuns cu un eșec; 2 utilizare greșită sau date de intrare
inutilizabile; 3 niciun răspuns valid (rețea, conexiune securizată, timp expirat, răspuns
neașteptat; tot 3 și când conectarea funcționează, dar cheia nu a putut fi verificată);
4 test amânat ca să-ți protejeze contul (prea multe teste, scurta așteptare după două parole greșite la rând sau pauza de 20 de minute a Betfair);
5 conectarea funcționează, dar botul încă nu poate paria cu cheia (nicio cheie dată, nicio
cheie creată, cheia cu întârziere, o cheie live încă neactivată, o cheie refuzată de Betfair
sau care nu este a ta).
`,
    passwordFlag: NO_ARGV_PASSWORD,
    needJurisdiction: `Indică unde este contul tău Betfair, cu --jurisdiction (${JURISDICTION_IDS.join(', ')}).`,
    badJurisdiction: (value: string): string =>
      `„${value}” nu este o jurisdicție cunoscută de acest instrument. Folosește una dintre: ${JURISDICTION_IDS.join(', ')}.`,
    needCertificate: 'Indică certificatul de folosit: --cert FILE cu --key FILE, sau --pem FILE, sau --p12 FILE.',
    oneCertificate: 'Indică un singur certificat: --cert cu --key, sau --pem, sau --p12.',
    certNeedsKey: 'Opțiunea --cert are nevoie și de --key FILE (cheia privată care aparține certificatului).',
    keyNeedsCert: 'Opțiunea --key are nevoie și de --cert FILE (certificatul căruia îi aparține cheia).',
    keysHeading: 'Cheile tale de aplicație:',
    keyLine: (key: string, kind: string, appName: string, version: string): string =>
      `  ${key}  ${kind}  (aplicația „${appName}”, versiunea ${version})`,
    noKeys:
      'Contul tău nu are încă nicio cheie de aplicație. Creează-le cu --create-app-keys NAME, de exemplu --create-app-keys "Botul meu de pariuri".',
    keyKinds: `${KEY_KINDS_TEXT.delayed} ${KEY_KINDS_TEXT.live}`,
    keysNotCreated: (title: string, code: string): string =>
      `Cheile de aplicație nu au fost create: ${title} (${code})`,
    needUsername: 'Indică numele tău de utilizator Betfair cu --username.',
    needPassword: `Lipsește parola: trimite-o pe intrarea standard cu --password-stdin, setează ${PASSWORD_ENV} sau rulează comanda într-un terminal ca să ți se ceară.`,
    passwordPrompt: (username: string): string => `Parola Betfair pentru ${username}: `,
    p12Prompt: 'Parola pentru fișierul .p12: ',
    testEndpoint: (origin: string | null): string =>
      `Se folosește un server de test${origin ? ` (${origin})` : ''}, nu serverele reale de conectare Betfair.`,
    successHeading: (title: string): string => `SUCCESS: ${title}`,
    statusHeading: (status: string, title: string): string => `Betfair a răspuns ${status}: ${title}`,
    faultHeading: (title: string, code: string): string =>
      `Conectarea de test nu a putut fi finalizată: ${title} (${code})`,
    whatToDo: (text: string): string => `Ce ai de făcut: ${text}`,
    action: (label: string, url: string): string => `${label}: ${url}`,
    loggedOut: 'Sesiunea de test a fost închisă.',
    notLoggedOut: 'Sesiunea de test nu a putut fi închisă; se va încheia singură după un timp.',
    keptSession: 'Sesiunea de test a fost lăsată deschisă (--keep-session).',
    sessionToken: (token: string): string => `Token de sesiune: ${token}`,
    retryAt: (when: string): string => `Următorul test este permis la: ${when}`,
  },
  passwordStdin: {
    help: `
Parola dintr-un script:
  --password-stdin    citește parola Betfair de la intrarea standard (primul rând),
                      de ex.  pass show betfair | bot-login login ... --password-stdin
                      E mai sigur decât ${ENV.password}: pe Linux o variabilă de
                      mediu rămâne vizibilă în /proc/<pid>/environ (pentru propriul tău
                      utilizator și pentru root) pe toată durata rulării, chiar dacă
                      comanda o scoate din propriul mediu imediat ce a citit-o.
`,
    empty:
      'Nu a venit nicio parolă la intrarea standard (--password-stdin): trimite-o printr-un pipe, de ex. pass show betfair | bot-login login ...',
    tooLong:
      'Ce a venit la intrarea standard e mult prea lung ca să fie o parolă (--password-stdin citește un singur rând).',
    noLine: (seconds: number) =>
      `Niciun rând nu a venit la intrarea standard în ${seconds} secunde (--password-stdin așteaptă doar primul rând): trimite parola printr-un pipe, urmată de un rând nou, de ex. pass show betfair | bot-login login ...`,
    terminal:
      'Intrarea standard este acest terminal, unde --password-stdin ar afișa ce tastezi. Renunță la --password-stdin: comanda îți va cere parola fără s-o afișeze.',
  },
  keyCheck: {
    notYours: {
      explanation: `${LOGIN_WORKS} Cheia indicată cu --app-key nu este una dintre cheile contului tău. ${FIX_KEY_FIRST}`,
      whatToDo: `Verifică dacă nu ai greșit la scriere. ${USE_LISTED}`,
    },
    notYoursNoKeys: {
      explanation: `${LOGIN_WORKS} Cheia indicată cu --app-key nu este una dintre cheile contului tău: contul tău nu are încă nicio cheie. ${FIX_KEY_FIRST}`,
      whatToDo: CREATE_KEYS,
    },
    refused: {
      explanation: `${LOGIN_WORKS} Betfair a refuzat cheia indicată cu --app-key. ${FIX_KEY_FIRST}`,
      whatToDo: `Verifică dacă nu ai greșit la scriere (cheia nu are spații). ${USE_LISTED}`,
    },
    refusedInactiveLive: {
      explanation: `${LOGIN_WORKS} Cheia indicată cu --app-key este cheia ta live, iar Betfair a refuzat-o: nu a fost activată încă.`,
      whatToDo:
        'Deocamdată indică cu --app-key cheia cu întârziere (din lista de mai jos) și solicită activarea cheii live pe site-ul Betfair pentru dezvoltatori.',
    },
    notGivenWithKeys: {
      explanation: `${LOGIN_WORKS} Nu ai indicat --app-key, așa că testul a căutat cheile contului tău: sunt listate mai jos.`,
      whatToDo:
        'Alege una pentru bot (cheia cu întârziere pentru teste și cote, cheia live pentru pariuri) și rulează din nou comanda cu --app-key KEY, ca să poată fi verificată.',
    },
    notGivenNoKeys: {
      whatToDo: CREATE_KEYS,
    },
    notGivenNotListed: {
      explanation: `${LOGIN_WORKS} Nu ai indicat --app-key, iar de data aceasta cheile tale nu au putut fi căutate.`,
      whatToDo: 'Rulează din nou comanda cu --app-key KEY ca să-ți fie verificată cheia.',
    },
    notChecked: {
      whatToDo:
        'Conectarea în sine funcționează. Rulează din nou comanda peste câteva minute ca să fie verificată cheia.',
    },
  },
  status: {
    SPAIN_MIGRATION_REQUIRED:
      'Conectează-te pe betfair.es în browser și urmează acolo pașii pentru mutarea contului. Apoi încarcă certificatul pe betfair.es și rulează din nou comanda cu --jurisdiction es.',
    CERT_AUTH_REQUIRED: (c) =>
      `Deschide pagina de securitate de pe ${c.site}, găsește „Automated Betting Program Access” (accesul pentru programe automate de pariere) și verifică dacă certificatul listat acolo este cel pe care îl testezi (compară numele și data de expirare). Dacă nu, încarcă acolo fișierul .crt. Încărcarea și testul trebuie să folosească același site Betfair, așa că verifică --jurisdiction indicată. Apoi rulează din nou comanda.`,
    EMAIL_LOGIN_NOT_ALLOWED: (c) =>
      `Indică în schimb numele de utilizator Betfair cu --username. Dacă nu îl știi, conectează-te pe ${c.site} și uită-te la detaliile contului.`,
    TEMPORARY_BAN_TOO_MANY_REQUESTS:
      'Așteaptă 20 de minute: bot-login nu va trimite altă conectare de test până atunci. Între timp, asigură-te că niciun bot sau script nu se tot conectează cu acest cont.',
    AUTHORIZED_ONLY_FOR_DOMAIN_RO: (c) =>
      c.jurisdiction === 'ro'
        ? OTHER_SITE
        : 'Betfair spune că acest cont aparține Betfair România. Încarcă certificatul pe betfair.ro, apoi rulează din nou comanda cu --jurisdiction ro.',
    AUTHORIZED_ONLY_FOR_DOMAIN_SE: (c) =>
      c.jurisdiction === 'se'
        ? OTHER_SITE
        : 'Betfair spune că acest cont aparține Betfair Suedia. Încarcă certificatul pe betfair.se, apoi rulează din nou comanda cu --jurisdiction se.',
  },
  fault: {
    BOT_LOGIN_NOT_AVAILABLE:
      'Folosește pentru botul tău conectarea interactivă Betfair. Dacă nu locuiești în Danemarca, rulează din nou comanda cu --jurisdiction țării în care ți-ai deschis contul Betfair.',
    APP_KEY_INVALID:
      'Copiază din nou cheia de pe pagina contului Betfair care îți listează cheile de aplicație (coloana „Application Key”) sau renunță la --app-key.',
    DATA_DIR_UNWRITABLE: `Verifică dacă poți scrie în folderul de date (spațiu liber pe disc, permisiuni) sau setează ${ENV.dataDir} la un folder al tău, apoi rulează din nou comanda.`,
    LOGIN_FAILED_UNEXPECTEDLY: 'Rulează din nou comanda. Dacă se repetă, raportează problema.',
    INPUT_MISSING: `Indică numele de utilizator cu --username și parola în ${ENV.password} (sau scrie-o când ți se cere, într-un terminal), apoi rulează din nou comanda.`,
  },
  certificate: {
    p12PasswordNeeded: (file: string) => `„${file}” este protejat cu parolă.`,
    notRsa: `Acest certificat folosește un tip de cheie (nu RSA) pe care Betfair nu îl acceptă. ${NEW_CERTIFICATE}`,
    rsaSize: (bits: number) => `Această cheie are ${bits} de biți; Betfair cere 2048 de biți. ${NEW_CERTIFICATE}`,
    noClientAuth: `Acest certificat nu poate fi folosit pentru conectare (nu este un certificat de client). ${NEW_CERTIFICATE}`,
    notUsable:
      'Aceste fișiere de certificat nu pot fi folosite pentru conectare. Verifică-le cu „bot-login inspect FILE...”.',
    keyFailed: 'Nu s-a putut face o cheie nouă. Rulează din nou comanda; dacă tot nu merge, raportează problema.',
    invalidEmail: 'Adresa de email nu pare corectă. Verific-o sau renunță la --email.',
  },
  renew: {
    summary: 'Reînnoiește certificatul lângă cel folosit acum, ca botul să meargă în continuare',
    help: `Utilizare: bot-login renew --dir DIR [--finish | --cancel] [--json]

Reînnoiește certificatul din DIR (folderul cu client-2048.crt și client-2048.key) fără să
oprească botul. Betfair păstrează un singur certificat pe cont: după ce îl încarci pe cel
nou, cel vechi nu se mai conectează, deci ordinea contează.

  bot-login renew --dir DIR           face setul nou în DIR/renewal-DATA (fișierele folosite
                                      acum nu sunt atinse), cu fișierele de înlocuire pentru bot
                                      în DIR/renewal-DATA/for-the-bot/certs/, și afișează pașii;
                                      rulat din nou, arată reînnoirea în curs
  bot-login renew --dir DIR --finish  după ce testul cu certificatul nou a reușit: setul nou ia
                                      numele fișierelor folosite acum în DIR, cel vechi merge în
                                      DIR/old-certificates (doar pentru tine)
  bot-login renew --dir DIR --cancel  înapoi la setul folosit acum; setul nou nefolosit merge în
                                      DIR/old-certificates

Opțiuni:
  --json   afișează un obiect JSON în loc de text

Coduri de ieșire: 0 gata, 1 nu s-a putut (motivul este afișat), 2 utilizare greșită.
`,
    noDir: 'Spune cu --dir DIR în ce folder este certificatul folosit acum.',
    bothFlags: 'Folosește --finish sau --cancel, nu pe amândouă.',
    noWorking: (dir: string) =>
      `În ${dir} nu este niciun certificat (client-2048.crt). Dă folderul certificatului folosit acum.`,
    noRenewal: (dir: string) =>
      `Nu este nicio reînnoire în curs în ${dir}. Începe una cu: bot-login renew --dir ${dir}`,
    started: (dir: string) =>
      `Certificatul nou a fost făcut lângă cel folosit acum, în ${dir}. Fișierele folosite acum nu au fost atinse.`,
    resumed: (dir: string) => `O reînnoire este în curs în ${dir}: certificatul nou nu este încă cel folosit.`,
    newCertificate: (name: string, fingerprint: string, date: string) =>
      `Certificat nou:            ${name} (amprenta începe cu ${fingerprint}), valabil până pe ${date}`,
    working: (name: string, date: string) => `Botul folosește încă:      ${name}, expiră pe ${date}`,
    stepsHeading: 'În această ordine:',
    stepUpload: (crt: string) =>
      `  1. Încarcă ${crt} pe pagina de securitate a contului Betfair. De atunci doar certificatul nou se conectează; un bot deja conectat își păstrează sesiunea.`,
    stepBotFiles: (dir: string, files: string) =>
      `  2. Imediat după, pe mașina botului, înlocuiește ${files} din folderul botului cu fișierele din ${dir} (aceleași nume: nicio cale nu se schimbă).`,
    kitFound: (kit: string) =>
      `Kit făcut pentru certificatul folosit acum: ${kit} (înlocuiește-i fișierele din certs/)`,
    stepTest: (command: string) => `  3. Testează certificatul nou: ${command}`,
    stepFinish: (command: string) => `  4. După ce testul reușește, fă setul nou cel folosit: ${command}`,
    cancelHint: (command: string) => `Ca să te întorci oricând la setul folosit acum: ${command}`,
    finished: (dir: string) => `Certificatul nou este acum cel folosit în ${dir}, cu aceleași nume de fișiere.`,
    botFilesAgain: (dir: string) =>
      `Dacă nu ai făcut-o încă, înlocuiește certs/client-2048.crt și certs/client-2048.key din folderul botului cu fișierele din ${dir}.`,
    archived: (dir: string) =>
      `Certificatul vechi este în ${dir} (doar pentru tine). Șterge-l după ce botul s-a conectat cu cel nou.`,
    cancelled: (archive: string) =>
      `Înapoi la certificatul folosit acum, neschimbat. Setul nou nefolosit este în ${archive}. Dacă ai încărcat deja certificatul nou, încarcă din nou certificatul folosit acum.`,
    failed: (message: string) => `Certificatul nu a putut fi reînnoit: ${message}`,
  },
  botChecks: {
    stream: (title: string, host: string) => `Streaming (${host}): ${title}`,
    keepAlive: (title: string) => `Păstrarea sesiunii (keepAlive): ${title}`,
    request: (message: string) => `  Scrie: ${message}`,
    noStreamFlag: 'Sari peste verificarea Exchange Stream API.',
    requireStreamFlag: 'Ieși cu 5 când cheia nu poate face streaming (NOT_AUTHORIZED și celelalte refuzuri).',
  },
  kit: {
    summary: 'Creează un kit pentru bot: certificatul în forma dorită de framework-ul tău, o verificare și un README',
    help: `Utilizare: bot-login kit --framework NUME --dir DOSAR (--cert FIȘIER --key FIȘIER | --pem FIȘIER | --p12 FIȘIER)
                        --jurisdiction ID --username NUME --app-key CHEIE

Scrie un dosar nou în DOSAR (bot-kit-NUME-DATA, niciodată peste un kit anterior) cu ce îi trebuie
unui bot pe altă mașină:
  betfairlightweight, flumine   certs/ cu .crt și .key, .env.example, check_login.py, kit_settings.py
  dotnet                        un .pfx protejat cu o parolă aleasă de tine, Program.cs
  java                          un depozit de chei .p12 protejat cu o parolă aleasă de tine, CheckLogin.java
  node                          certs/ cu .crt și .key, check-login.mjs
și în fiecare kit un README.txt în limba ta și bot-login.cjs (această linie de comandă într-un singur fișier).

Opțiuni:
  --framework NUME      betfairlightweight, flumine, dotnet, java sau node
  --dir DOSAR           dosarul în care se scrie kitul (de obicei cel al certificatului)
  --cert FIȘIER --key FIȘIER, --pem FIȘIER sau --p12 FIȘIER
                        certificatul și cheia cu care te autentifici
  --jurisdiction ID     international, au, it, es, ro sau se
  --username NUME       numele tău de utilizator Betfair
  --app-key CHEIE       cheia ta de aplicație
  --legacy-keystore     dotnet, java: încuie .pfx/.p12 în vechiul fel (3DES, SHA-1), pentru
                        programe mai vechi decât cele din docs/bot-kit.md (implicit
                        AES-256 cu PBKDF2 și un MAC SHA-256)
  --json                afișează un obiect JSON în loc de text

Parolele nu sunt acceptate niciodată în linia de comandă. Parola noului .pfx/.p12 (dotnet, java) se
citește din ${KIT_PASSWORD_ENV}, altfel e cerută de două ori în terminal; cea a unui fișier --p12
din ${P12_PASSWORD_ENV}, altfel e cerută.

Coduri de ieșire: 0 scris, 1 nu a putut fi scris (motivul este afișat), 2 utilizare greșită.
`,
    passwordFlag: `Parolele nu sunt acceptate în linia de comandă (alți utilizatori le pot vedea). Setează în schimb ${KIT_PASSWORD_ENV} sau ${P12_PASSWORD_ENV}.`,
    needFramework:
      'Spune cu --framework ce framework folosește botul: betfairlightweight, flumine, dotnet, java sau node.',
    badFramework: (name: string) =>
      `Nu există framework-ul "${name}". Alege betfairlightweight, flumine, dotnet, java sau node.`,
    noDir: 'Spune unde se scrie kitul cu --dir DOSAR.',
    needAppKey: 'Dă cheia ta de aplicație cu --app-key CHEIE.',
    kitPasswordPrompt: 'Alege o parolă pentru fișierul cheii: ',
    kitPasswordAgain: 'Aceeași parolă din nou: ',
    kitPasswordsDiffer: 'Cele două parole nu sunt la fel. Rulează din nou comanda.',
    kitPasswordNeeded: `Setează ${KIT_PASSWORD_ENV} la parola pentru fișierul cheii (.NET și Java au nevoie de una) sau rulează comanda într-un terminal ca să fii întrebat.`,
    p12Prompt: 'Parola fișierului .p12: ',
    made: (dir: string) => `Kitul pentru bot a fost creat în ${dir}`,
    noCli: 'bot-login.cjs nu a fost găsit lângă această linie de comandă: README-ul spune de unde îl descarci.',
    readNext: 'Apoi: citește README.txt din kit și copiază dosarul pe mașina pe care rulează botul tău.',
    failed: (message: string) => `Kitul nu a putut fi creat: ${message}`,
  },
};
