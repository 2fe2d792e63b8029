/**
 * Texter på svenska för applikationsnyckeldelen av "Testa min inloggning": vad som hände med den angivna
 * nyckeln (AppKeyCheck-statusarna), varje fel från Accounts API som en användare kan råka ut för, och att skapa nycklar.
 */
import type { Messages } from '../messages.js';

/** De två nycklarna, i två meningar (visas där guiden erbjuder att skapa dem, och i CLI:ts hjälp). */
export const KEY_KINDS_TEXT: Messages['KEY_KINDS_TEXT'] = {
  delayed:
    'Den fördröjda nyckeln är gratis och fungerar direkt: använd den för att testa och för att läsa odds, som visas med en liten fördröjning; med den kan du inte lägga spel.',
  live: 'Live-nyckeln är den som en bot behöver för att spela; Betfair aktiverar den när du ansöker om det på utvecklarsidan.',
};

/** Hur en nyckel beskrivs i en lista (CLI:ts textutskrift och gränssnittets etiketter). */
export const KEY_LABELS: Messages['KEY_LABELS'] = {
  delayed: 'fördröjd',
  live: 'live',
  active: 'aktiv',
  inactive: 'inte aktiv än',
};

const LOGIN_WORKS = 'Ditt certifikat, användarnamn och lösenord fungerar.';
const FIX_KEY_FIRST = 'Tills nyckeln är rättad nekar Betfair din bot vid första anropet med INVALID_APP_KEY.';
const USE_LISTED = 'Använd en av dina egna nycklar i listan nedan (guiden hittade dem åt dig) och testa sedan igen.';
const CREATE_KEYS = 'Ditt konto har inga applikationsnycklar än: guiden kan skapa dem åt dig.';
const APPLY_LIVE =
  'Använd din live-nyckel för att spela; om den inte är aktiv än, ansök om att få den aktiverad på Betfairs utvecklarsida.';
const DEV_SUPPORT = 'Testa igen. Om det fortsätter, kontakta Betfairs utvecklarsupport.';
const OWN_KEY = 'Använd din egen applikationsnyckel i stället för en programleverantörs.';

/** Vad som hände med den angivna nyckeln, per status (och, för giltig, per sorts nyckel). */
export const APP_KEY_CHECK_TEXT: Messages['APP_KEY_CHECK_TEXT'] = {
  validDelayed: {
    title: 'Din inloggning fungerar; med den fördröjda nyckeln går det inte att lägga spel',
    explanation: `${LOGIN_WORKS} Betfair godtog din applikationsnyckel: det är din fördröjda nyckel, så din bot kan läsa odds (med en liten fördröjning) men inte lägga spel med den.`,
    whatToDo: `Den räcker för att testa och läsa odds. ${APPLY_LIVE}`,
  },
  validLive: {
    title: 'Din botinloggning fungerar',
    explanation: `${LOGIN_WORKS} Betfair godtog din applikationsnyckel: det är din live-nyckel, och den är aktiv.`,
    whatToDo:
      'Du behöver inte göra något mer här. Din bot kan logga in och spela med samma certifikatfiler, nyckel och användarnamn.',
  },
  validLiveInactive: {
    title: 'Din inloggning fungerar; live-nyckeln är inte aktiv än',
    explanation: `${LOGIN_WORKS} Betfair godtog din applikationsnyckel: det är din live-nyckel, men Betfair har inte aktiverat den än, så nekas dina spel tills den är aktiv.`,
    whatToDo:
      'Ansök om att få din live-nyckel aktiverad på Betfairs utvecklarsida. Använd din fördröjda nyckel till dess för att testa och läsa odds.',
  },
  validUnlisted: {
    title: 'Din inloggning fungerar och Betfair godtog din applikationsnyckel',
    explanation: `${LOGIN_WORKS} Betfair godtog din applikationsnyckel.`,
    whatToDo:
      'Du behöver inte göra något mer här. Din bot kan logga in med samma certifikatfiler, nyckel och användarnamn.',
  },
  notYours: {
    title: 'Inloggningen fungerar, men applikationsnyckeln är inte din',
    explanation: `${LOGIN_WORKS} Applikationsnyckeln som du skrev är inte en av ditt kontos nycklar. ${FIX_KEY_FIRST}`,
    whatToDo: `Kontrollera att den är rätt skriven. ${USE_LISTED}`,
  },
  notYoursNoKeys: {
    title: 'Inloggningen fungerar, men applikationsnyckeln är inte din',
    explanation: `${LOGIN_WORKS} Applikationsnyckeln som du skrev är inte en av ditt kontos nycklar: ditt konto har inga än. ${FIX_KEY_FIRST}`,
    whatToDo: `${CREATE_KEYS} Använd sedan en av dem och testa igen.`,
  },
  refused: {
    title: 'Inloggningen fungerar, men Betfair nekar applikationsnyckeln',
    explanation: `${LOGIN_WORKS} Betfair nekade applikationsnyckeln som du skrev. ${FIX_KEY_FIRST}`,
    whatToDo: `Kontrollera att den är rätt skriven (nyckeln har inga mellanslag). ${USE_LISTED}`,
  },
  refusedInactiveLive: {
    title: 'Inloggningen fungerar, men din live-nyckel är inte aktiv än',
    explanation: `${LOGIN_WORKS} Nyckeln som du skrev är din live-nyckel, och Betfair nekade den: den har inte aktiverats än.`,
    whatToDo:
      'Använd din fördröjda nyckel så länge (den finns i listan nedan), och ansök om att få din live-nyckel aktiverad på Betfairs utvecklarsida.',
  },
  notGivenWithKeys: {
    title: 'Din inloggning fungerar: välj nu din applikationsnyckel',
    explanation: `${LOGIN_WORKS} Du lämnade applikationsnyckeln tom, så guiden slog upp ditt kontos nycklar i stället: de finns i listan nedan.`,
    whatToDo:
      'Välj en för din bot (den fördröjda nyckeln för att testa och läsa odds, live-nyckeln för att spela) och testa igen med den, så att den kan kontrolleras.',
  },
  notGivenNoKeys: {
    title: 'Din inloggning fungerar: ditt konto har ingen applikationsnyckel än',
    explanation: `${LOGIN_WORKS} En bot behöver också en applikationsnyckel, och ditt konto har ingen än.`,
    whatToDo: 'Låt guiden skapa dina nycklar (en fördröjd, en live) och testa sedan igen med en av dem.',
  },
  notGivenNotListed: {
    title: 'Din inloggning fungerar',
    explanation: `${LOGIN_WORKS} Du lämnade applikationsnyckeln tom, och guiden kunde inte slå upp dina nycklar den här gången.`,
    whatToDo: 'Skriv in din applikationsnyckel och testa igen för att få den kontrollerad.',
  },
  notChecked: {
    title: 'Din inloggning fungerar, men applikationsnyckeln kunde inte kontrolleras',
    explanation: `${LOGIN_WORKS} Betfairs Accounts API gav inget riktigt svar, så nyckeln kontrollerades inte.`,
    whatToDo: 'Själva inloggningen är i ordning. Testa igen om några minuter för att få nyckeln kontrollerad.',
  },
};

/** Varje errorCode i AccountAPINGException, med enkla ord. De flesta kan inte drabba en användare av guiden men finns med ändå. */
export const ACCOUNTS_ERROR_TEXT: Messages['ACCOUNTS_ERROR_TEXT'] = {
  INVALID_INPUT_DATA: {
    title: 'Betfair godtog inte begäran',
    explanation: 'Betfair svarade att begäran innehöll ogiltiga uppgifter (INVALID_INPUT_DATA).',
    whatToDo: 'Om du skrev ett applikationsnamn, prova ett enklare med bara bokstäver, siffror och mellanslag.',
  },
  INVALID_SESSION_INFORMATION: {
    title: 'Betfair kände inte igen sessionen',
    explanation: 'Betfair godtog inte sessionen som inloggningen just hade öppnat (INVALID_SESSION_INFORMATION).',
    whatToDo: DEV_SUPPORT,
  },
  UNEXPECTED_ERROR: {
    title: 'Oväntat fel hos Betfair',
    explanation:
      'Betfair svarade UNEXPECTED_ERROR. När nycklar skapas ger Betfair det svaret om applikationsnamnet innehåller ditt användarnamn.',
    whatToDo: 'Välj ett applikationsnamn utan ditt användarnamn och försök igen.',
  },
  INVALID_APP_KEY: {
    title: 'Applikationsnyckeln nekades',
    explanation: 'Betfair känner inte igen den här applikationsnyckeln (INVALID_APP_KEY).',
    whatToDo: 'Kontrollera att den är rätt skriven, eller använd en av dina egna nycklar.',
  },
  SERVICE_BUSY: {
    title: 'Betfair har fullt upp',
    explanation: 'Betfairs Accounts API svarade att tjänsten är för belastad för att svara just nu (SERVICE_BUSY).',
    whatToDo: 'Försök igen om några minuter.',
  },
  TIMEOUT_ERROR: {
    title: 'Betfair tog för lång tid',
    explanation: 'Betfairs Accounts API hann inte svara i tid (TIMEOUT_ERROR).',
    whatToDo: 'Försök igen om några minuter.',
  },
  DUPLICATE_APP_NAME: {
    title: 'Det applikationsnamnet är upptaget',
    explanation: 'Applikationsnamn måste vara unika hos Betfair, och det här används redan (DUPLICATE_APP_NAME).',
    whatToDo: 'Välj ett annat namn, till exempel genom att lägga till ett ord eller en siffra, och försök igen.',
  },
  APP_KEY_CREATION_FAILED: {
    title: 'Nycklarna kunde inte skapas',
    explanation:
      'Betfair skapade inte nycklarna (APP_KEY_CREATION_FAILED). Det är Betfairs svar när applikationsnamnet redan finns.',
    whatToDo: 'Välj ett annat namn, till exempel genom att lägga till ett ord eller en siffra, och försök igen.',
  },
  APP_CREATION_FAILED: {
    title: 'Applikationen kunde inte skapas',
    explanation: 'Betfair kunde inte skapa applikationen (APP_CREATION_FAILED).',
    whatToDo: 'Försök igen med ett annat namn om några minuter. Om det fortsätter, kontakta Betfairs utvecklarsupport.',
  },
  NO_SESSION: {
    title: 'Ingen session',
    explanation: 'Betfair svarade att ingen session angavs (NO_SESSION).',
    whatToDo: DEV_SUPPORT,
  },
  NO_APP_KEY: {
    title: 'Ingen applikationsnyckel',
    explanation: 'Betfair svarade att ingen applikationsnyckel skickades (NO_APP_KEY).',
    whatToDo: 'Skriv in din applikationsnyckel, eller använd en av dina egna nycklar i listan nedan.',
  },
  SUBSCRIPTION_EXPIRED: {
    title: 'Prenumerationen har gått ut',
    explanation: 'Betfair svarade att applikationens prenumeration har gått ut (SUBSCRIPTION_EXPIRED).',
    whatToDo:
      'Använd din egen applikationsnyckel i stället för en programleverantörs, eller förnya prenumerationen hos leverantören.',
  },
  INVALID_SUBSCRIPTION_TOKEN: {
    title: 'Prenumerationen är inte giltig',
    explanation: 'Betfair svarade att prenumerationstoken inte är giltig (INVALID_SUBSCRIPTION_TOKEN).',
    whatToDo: OWN_KEY,
  },
  TOO_MANY_REQUESTS: {
    title: 'För många förfrågningar',
    explanation: 'Betfair svarade att för många förfrågningar kom på kort tid (TOO_MANY_REQUESTS).',
    whatToDo: 'Vänta några minuter innan du testar igen.',
  },
  INVALID_CLIENT_REF: {
    title: 'Betfair godtog inte begäran',
    explanation: 'Betfair svarade att en klientreferens inte var giltig (INVALID_CLIENT_REF).',
    whatToDo: DEV_SUPPORT,
  },
  WALLET_TRANSFER_ERROR: {
    title: 'Problem med plånboken',
    explanation: 'Betfair rapporterade ett problem med plånboken (WALLET_TRANSFER_ERROR).',
    whatToDo: 'Kontrollera ditt konto på Betfairs webbplats och testa sedan igen.',
  },
  INVALID_VENDOR_CLIENT_ID: {
    title: 'Betfair godtog inte begäran',
    explanation: 'Betfair svarade att leverantörens klient-id inte är giltigt (INVALID_VENDOR_CLIENT_ID).',
    whatToDo: OWN_KEY,
  },
  USER_NOT_SUBSCRIBED: {
    title: 'Ingen prenumeration',
    explanation: 'Betfair svarade att ditt konto inte prenumererar på den här applikationen (USER_NOT_SUBSCRIBED).',
    whatToDo: OWN_KEY,
  },
  INVALID_SECRET: {
    title: 'Betfair godtog inte begäran',
    explanation: 'Betfair svarade att en hemlighet inte var giltig (INVALID_SECRET).',
    whatToDo: DEV_SUPPORT,
  },
  INVALID_AUTH_CODE: {
    title: 'Betfair godtog inte begäran',
    explanation: 'Betfair svarade att en auktoriseringskod inte var giltig (INVALID_AUTH_CODE).',
    whatToDo: DEV_SUPPORT,
  },
  INVALID_GRANT_TYPE: {
    title: 'Betfair godtog inte begäran',
    explanation: 'Betfair svarade att beviljandetypen (grant type) inte var giltig (INVALID_GRANT_TYPE).',
    whatToDo: DEV_SUPPORT,
  },
  CUSTOMER_ACCOUNT_CLOSED: {
    title: 'Kontot är stängt',
    explanation: 'Betfair svarade att det här kontot är stängt (CUSTOMER_ACCOUNT_CLOSED).',
    whatToDo: 'Kontakta Betfairs kundtjänst.',
  },
};

/** En errorCode som appen inte känner till (en framtida Betfair-kod): visas som den kom. */
export const UNKNOWN_ACCOUNTS_ERROR_TEXT: Messages['UNKNOWN_ACCOUNTS_ERROR_TEXT'] = {
  title: 'Betfair gav ett svar som appen inte känner till',
  explanation: (code: string) => `Betfairs Accounts API svarade "${code}".`,
  whatToDo: 'Testa igen om några minuter. Om det fortsätter, kontakta Betfairs utvecklarsupport och uppge det svaret.',
};

/** Att skapa nycklarna (createDeveloperAppKeys). */
export const APP_KEYS_CREATION_TEXT: Messages['APP_KEYS_CREATION_TEXT'] = {
  created: (appName: string) => `Betfair skapade dina två applikationsnycklar under namnet "${appName}".`,
  nameContainsUsername: {
    title: 'Namnet innehåller ditt användarnamn',
    explanation: 'Betfair nekar ett applikationsnamn som innehåller ditt användarnamn.',
    whatToDo: 'Välj ett namn utan ditt användarnamn, till exempel "Min spelbot".',
  },
  nameInvalid: {
    title: 'Välj ett namn för dina nycklar',
    explanation: 'Applikationsnamnet måste vara 1 till 64 tecken långt.',
    whatToDo: 'Skriv ett kort namn, till exempel "Min spelbot".',
  },
  notCreated: {
    title: 'Dina nycklar skapades inte',
    explanation: 'Betfairs Accounts API gav inget riktigt svar, så nycklarna kunde inte skapas.',
    whatToDo: 'Själva inloggningen är i ordning. Försök igen om några minuter.',
  },
};

/** UNEXPECTED_ANSWER-detaljer för Accounts API (inloggningens egna finns i faults.ts). */
export const ACCOUNTS_UNEXPECTED: Messages['ACCOUNTS_UNEXPECTED'] = {
  expected: 'ett svar från Accounts API',
  tooLarge: 'svaret var mycket större än ett svar från Accounts API',
  noResult: 'svaret innehöll varken ett resultat eller ett fel',
  notKeys: 'svaret listade inga applikationsnycklar',
  notFunds: 'svaret innehöll inget kontosaldo',
};
