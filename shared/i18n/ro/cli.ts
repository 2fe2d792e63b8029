/** Command-line text (argument parsing, generate, inspect) in Romanian. */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

const P12_PASSWORD_ENV = ENV.p12Password;

/** "1 zi", "5 zile", "20 de zile": Romanian adds "de" from 20 on (except numbers ending in 01-19). */
function plural(n: number, one: string, many: string): string {
  const form = new Intl.PluralRules('ro').select(Math.abs(n));
  return form === 'one' ? `${n} ${one}` : form === 'few' ? `${n} ${many}` : `${n} de ${many}`;
}

export const CLI_ARGS_TEXT: Messages['CLI_ARGS_TEXT'] = {
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
};

export const CLI_GENERATE_TEXT: Messages['CLI_GENERATE_TEXT'] = {
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
};

export const CLI_INSPECT_TEXT: Messages['CLI_INSPECT_TEXT'] = {
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
};
