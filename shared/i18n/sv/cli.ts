/** Kommandoradens text (argumenttolkning, generate, inspect) på svenska. */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

const P12_PASSWORD_ENV = ENV.p12Password;

/** En rad i inspect-utskriften: etiketten utfylld så att värdena står i samma kolumn. */
const row = (label: string, value: string): string => `  ${label.padEnd(18)}${value}`;

/** 1 dag, 0/2/… dagar. */
const days = (n: number): string => `${n} ${Math.abs(n) === 1 ? 'dag' : 'dagar'}`;

export const CLI_ARGS_TEXT: Messages['CLI_ARGS_TEXT'] = {
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
};

export const CLI_GENERATE_TEXT: Messages['CLI_GENERATE_TEXT'] = {
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
};

export const CLI_INSPECT_TEXT: Messages['CLI_INSPECT_TEXT'] = {
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
};
