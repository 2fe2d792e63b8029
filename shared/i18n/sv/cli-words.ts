/** CLI:ns egna ord, där appens ord talar om dess fönster (se shared/i18n/en/cli-words.ts). */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

const LOGIN_WORKS = 'Ditt certifikat, användarnamn och lösenord fungerar.';
const FIX_KEY_FIRST = 'Tills nyckeln är rättad nekar Betfair din bot vid första anropet med INVALID_APP_KEY.';
const USE_LISTED = 'Välj en av dina egna nycklar i listan nedan och kör kommandot igen med --app-key KEY.';
const CREATE_KEYS =
  'Kör kommandot igen med --create-app-keys NAME för att skapa dina nycklar (en fördröjd, en live), och sedan med --app-key KEY och en av dem.';
const NEW_CERTIFICATE = 'Skapa ett nytt certifikat med "bot-login generate".';
const OTHER_SITE =
  'Ladda upp certifikatet på sidan där du öppnade ditt konto (för de flesta är det betfair.com) och kör sedan kommandot igen med den --jurisdiction (betfair.com är international).';

export const CLI_KEY_CHECK_TEXT: Messages['CLI_KEY_CHECK_TEXT'] = {
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
};

export const CLI_STATUS_TEXT: Messages['CLI_STATUS_TEXT'] = {
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
};

export const CLI_FAULT_TEXT: Messages['CLI_FAULT_TEXT'] = {
  BOT_LOGIN_NOT_AVAILABLE:
    'Låt din bot använda Betfairs interaktiva inloggning i stället. Om du inte bor i Danmark, kör kommandot igen med --jurisdiction för landet där du öppnade ditt Betfair-konto.',
  APP_KEY_INVALID:
    'Kopiera nyckeln igen från sidan på ditt Betfair-konto som listar dina applikationsnycklar (kolumnen "Application Key"), eller utelämna --app-key.',
  DATA_DIR_UNWRITABLE: `Kontrollera att du får skriva i datamappen (ledigt diskutrymme, behörigheter), eller sätt ${ENV.dataDir} till en egen mapp, och kör sedan kommandot igen.`,
  LOGIN_FAILED_UNEXPECTEDLY: 'Kör kommandot igen. Om det fortsätter, rapportera felet.',
  INPUT_MISSING: `Ange ditt användarnamn med --username och lösenordet i ${ENV.password} (eller skriv det när du blir tillfrågad, i en terminal), och kör sedan kommandot igen.`,
};

export const CLI_CERTIFICATE_TEXT: Messages['CLI_CERTIFICATE_TEXT'] = {
  p12PasswordNeeded: (file: string) => `"${file}" är skyddad med ett lösenord.`,
  notRsa: `Det här certifikatet använder en nyckeltyp (inte RSA) som Betfair inte godtar. ${NEW_CERTIFICATE}`,
  rsaSize: (bits: number) => `Den här nyckeln är ${bits} bitar lång; Betfair kräver 2048 bitar. ${NEW_CERTIFICATE}`,
  noClientAuth: `Det här certifikatet får inte användas för inloggning (det är inte ett klientcertifikat). ${NEW_CERTIFICATE}`,
  notUsable:
    'De här certifikatfilerna kan inte användas för inloggning. Kontrollera dem med "bot-login inspect FILE...".',
  keyFailed:
    'Det gick inte att skapa en ny nyckel. Kör kommandot igen; om det fortsätter att misslyckas, rapportera felet.',
  invalidEmail: 'E-postadressen ser inte rätt ut. Kontrollera den, eller utelämna --email.',
};
