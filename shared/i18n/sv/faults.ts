/**
 * Texter på svenska för allt som stoppar en testinloggning innan Betfair ger ett riktigt svar:
 * nätverks- och TLS-fel, det danska avslaget, appens eget inloggningsskydd och problem med certifikatfiler.
 */
import type { FaultDetail } from '../../codes.js';
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

const theServer = (d: FaultDetail): string => (d.host ? d.host : 'Betfairs inloggningsserver');
/** 1 sekund, 0/2/… sekunder (och likadant för minuter). */
const count = (n: number, one: string, many: string): string => `${n} ${Math.abs(n) === 1 ? one : many}`;
const NOTHING_SENT = 'Ditt lösenord skickades inte.';
const INTERCEPT =
  'Den vanliga orsaken är en proxy, ett antivirusprogram som granskar säkra anslutningar eller en företagsbrandvägg på vägen.';

export const FAULT_TEXT: Messages['FAULT_TEXT'] = {
  DNS_NOT_FOUND: {
    title: 'Betfairs inloggningsserver kunde inte hittas',
    meaning: (d) => `Din dator kunde inte slå upp adressen till ${theServer(d)}. ${NOTHING_SENT}`,
    whatToDo: () =>
      'Kontrollera att du är ansluten till internet (öppna valfri webbplats). Om du är det, vänta en minut och försök igen. Är du på ett jobbnätverk eller ett offentligt nätverk, fråga den som sköter det om Betfair är blockerat.',
  },
  CONNECTION_REFUSED: {
    title: 'Anslutningen nekades',
    meaning: (d) => `${theServer(d)} nekade anslutningen. ${NOTHING_SENT}`,
    whatToDo: () =>
      'Kontrollera din internetanslutning och eventuell brandvägg på den här datorn. Betfair kan också vara tillfälligt otillgängligt: försök igen om några minuter.',
  },
  CONNECTION_RESET: {
    title: 'Anslutningen bröts',
    meaning: (d) =>
      `Anslutningen till ${theServer(d)} bröts innan något svar kom. En brandvägg, proxy eller ett antivirusprogram, eller ett instabilt nätverk, kan orsaka det.`,
    whatToDo: () =>
      'Försök igen. Om det händer igen, prova ett annat nätverk, eller pausa webbskyddet i ditt antivirusprogram under testet.',
  },
  TIMEOUT: {
    title: 'Inget svar i tid',
    meaning: (d) =>
      `${theServer(d)} svarade inte inom ${count(d.seconds ?? 30, 'sekund', 'sekunder')}. Nätverket kan vara långsamt eller blockera anslutningen.`,
    whatToDo: () => 'Kontrollera din internetanslutning och försök igen om några minuter.',
  },
  SERVER_CERT_UNTRUSTED: {
    title: 'Anslutningen gick inte att lita på',
    meaning: (d) =>
      `Servern som svarade för ${theServer(d)} kunde inte bevisa att den är Betfair: dess certifikat kommer inte från en utfärdare som din dator litar på. ${INTERCEPT} ${NOTHING_SENT}`,
    whatToDo: () =>
      'Stäng av "HTTPS-skanning" (kallas ibland "webbsköld" eller "SSL-inspektion") i ditt antivirusprogram under testet, eller försök från ett annat nätverk. Ignorera inte heller den här varningen i andra program.',
  },
  SERVER_CERT_WRONG_HOST: {
    title: 'Anslutningen nådde fel server',
    meaning: (d) =>
      `Servern som svarade har ett certifikat för ett annat namn än ${theServer(d)}. ${INTERCEPT} ${NOTHING_SENT}`,
    whatToDo: () =>
      'Stäng av "HTTPS-skanning" i ditt antivirusprogram under testet, eller försök från ett annat nätverk. Om du använder en egen hosts-fil eller DNS, kontrollera den.',
  },
  CLIENT_CERT_REJECTED: {
    title: 'Ditt certifikat avvisades vid anslutningen',
    meaning: (d) =>
      `Servern avvisade ditt certifikat när den säkra anslutningen upprättades${d.tlsAlert ? ` (den svarade "${d.tlsAlert}")` : ''}, så inloggningen kunde inte kontrolleras.`,
    whatToDo: () =>
      'Kontrollera certifikatet med "bot-login inspect" (det måste vara ett RSA-certifikat för klientbruk som inte har gått ut, med sin matchande nyckel). Om du är osäker, skapa ett nytt, ladda upp det till ditt Betfair-konto och testa igen.',
  },
  PROXY: {
    title: 'En proxy kan stå i vägen',
    meaning: (d) =>
      `Den här datorn är inställd på att använda en proxy${d.proxy ? ` (${d.proxy})` : ''}, men appen ansluter direkt till Betfair, och den direkta anslutningen misslyckades${d.cause ? `: ${d.cause}` : ''}.`,
    whatToDo: () =>
      'Testa från ett nätverk som tillåter direkta anslutningar, eller be den som sköter ditt nätverk att tillåta direkt åtkomst till Betfairs inloggningsservrar (port 443).',
  },
  UNEXPECTED_ANSWER: {
    title: 'Oväntat svar från servern',
    meaning: (d) => {
      const parts = [d.httpStatus !== undefined ? `HTTP-status ${d.httpStatus}` : '', d.reason ?? ''].filter((p) => p);
      return `Servern svarade, men inte med ${d.expected ?? 'ett inloggningssvar'}${parts.length ? ` (${parts.join(': ')})` : ''}.`;
    },
    whatToDo: () =>
      'Betfair kan ha problem just nu: vänta några minuter och försök igen. På ett jobbnätverk kan en proxy svara i Betfairs ställe.',
  },
  BOT_LOGIN_NOT_AVAILABLE: {
    title: 'Botinloggning finns inte i Danmark',
    meaning: () =>
      'Betfair erbjuder inte certifikatinloggning (botinloggning) till personer bosatta i Danmark: danska konton måste använda den interaktiva inloggningen. Ingen begäran skickades.',
    whatToDo: () =>
      'Låt din app använda Betfairs interaktiva inloggning i stället. Om du inte bor i Danmark, välj landet där du öppnade ditt Betfair-konto.',
  },
  GUARD_RATE_LIMITED: {
    title: 'För många tester på en minut',
    meaning: (d) =>
      `För att ditt konto ska hålla sig långt under Betfairs gränser för inloggningar skickar appen högst ${d.limit ?? 5} testinloggningar per minut. Inget skickades.`,
    whatToDo: (d) => `Vänta ${count(d.secondsLeft ?? 60, 'sekund', 'sekunder')} och försök sedan igen.`,
  },
  GUARD_BANNED: {
    title: 'Paus: Betfair spärrar inloggning i 20 minuter',
    meaning: () =>
      'Betfair svarade att för många inloggningar har gjorts, och nekar nya inloggningar i 20 minuter. Appen skickar ingen testinloggning förrän dess. Inget skickades.',
    whatToDo: (d) =>
      `Vänta ungefär ${count(d.minutesLeft ?? 20, 'minut', 'minuter')} till, och se till att ingen bot loggar in med det här kontot under tiden.`,
  },
  GUARD_PASSWORD_CHECK: {
    title: 'Fel lösenord två gånger i rad: kontrollera det först',
    meaning: () =>
      'Betfair godtog inte användarnamnet och lösenordet två gånger i rad, och fler felaktiga försök kan spärra kontot. Inget skickades den här gången.',
    whatToDo: (d) =>
      `Logga in på Betfairs webbplats i webbläsaren för att kontrollera användarnamn och lösenord (eller återställ lösenordet). Vänta sedan ${count(d.secondsLeft ?? 30, 'sekund', 'sekunder')} och testa igen; i appen trycker du på "Jag har kontrollerat det, testa igen".`,
  },
  GUARD_BUSY: {
    title: 'En annan testinloggning registreras just nu',
    meaning: () =>
      'En annan kopia av appen eller av bot-login höll på att uppdatera listan över de senaste testinloggningarna för länge, så det här testet hölls tillbaka. Inget skickades.',
    whatToDo: () => 'Försök igen om några sekunder.',
  },
  NETWORK_ERROR: {
    title: 'Kunde inte nå Betfair',
    meaning: (d) => `Anslutningen till ${theServer(d)} misslyckades.`,
    whatToDo: () => 'Kontrollera din internetanslutning och försök igen om några minuter.',
  },
  TLS_ERROR: {
    title: 'Den säkra anslutningen misslyckades',
    meaning: (d) => `Den säkra anslutningen till ${theServer(d)} kunde inte upprättas. ${INTERCEPT}`,
    whatToDo: () =>
      'Försök igen från ett annat nätverk, eller stäng av HTTPS-skanningen i ditt antivirusprogram under testet.',
  },
  CERTIFICATE_PROBLEM: {
    title: 'Dina certifikatfiler kunde inte användas',
    meaning: () => 'Certifikat- eller nyckelfilerna för inloggningen kunde inte läsas eller passar inte ihop.',
    whatToDo: () =>
      'Kontrollera filerna med "bot-login inspect", eller skapa ett nytt certifikat, ladda upp det och testa igen.',
  },
  DATA_DIR_UNWRITABLE: {
    title: 'Inloggningsräknaren kunde inte sparas',
    meaning: () =>
      'Appen håller en liten lista över de senaste testinloggningarna så att den aldrig överskrider Betfairs gränser, och den kunde inte spara listan. Inget skickades.',
    whatToDo: () =>
      'Kontrollera att appen får skriva i sin datamapp (ledigt diskutrymme, behörigheter) och försök sedan igen.',
  },
  DATA_DIR_SHARED: {
    title: 'Datamappen är inte bara din',
    meaning: () =>
      `Mappen i ${ENV.dataDir} tillhör en annan användare, eller så kan vem som helst på den här datorn ändra innehållet, så appen sparar inget där och testade inte inloggningen. Inget skickades och mappen lämnades som den var.`,
    whatToDo: () =>
      `Sätt ${ENV.dataDir} till en mapp som bara du kan skriva i (eller ta bort inställningen) och försök sedan igen.`,
  },
  TEST_ENDPOINT_INVALID: {
    title: 'Inställningen för testservern går inte att använda',
    meaning: () =>
      `${ENV.ssoOrigin} måste vara en https-adress (till exempel https://127.0.0.1:8443), och ${ENV.ssoCa} en läsbar PEM-certifikatfil som hör till den (filen gäller bara för den testadressen, så ensam gör den ingenting).`,
    whatToDo: () => 'Rätta eller ta bort de här inställningarna (de är bara till för test) och försök sedan igen.',
  },
  APP_KEY_INVALID: {
    title: 'Kontrollera applikationsnyckeln',
    meaning: () =>
      "En applikationsnyckel består av bokstäver och siffror (kanske '-' eller '_'), utan mellanslag, radbrytningar, bokstäver med accent eller andra tecken, och är högst 256 tecken lång. Inget skickades.",
    whatToDo: () =>
      'Kopiera nyckeln igen från sidan på ditt Betfair-konto som listar dina applikationsnycklar (kolumnen "Application Key"), eller lämna fältet tomt.',
  },
  TEST_ENDPOINT_NOT_LOCAL: {
    title: 'Testservern måste finnas på den här datorn',
    meaning: () =>
      `${ENV.ssoOrigin} skickar testinloggningen någon annanstans än till den här datorn (bara 127.0.0.1, ::1 eller localhost är tillåtna), så inloggningen stoppades innan ditt lösenord lästes eller något skickades.`,
    whatToDo: () =>
      `Ta bort ${ENV.ssoOrigin} och ${ENV.ssoCa} från miljön (de är bara till för test). Om du inte har satt dem har något annat på den här datorn gjort det: ta reda på vad.`,
  },
  LOGIN_FAILED_UNEXPECTEDLY: {
    title: 'Testinloggningen avbröts oväntat',
    meaning: () => 'Något oväntat gick fel i appen under testinloggningen.',
    whatToDo: () => 'Försök igen. Om det fortsätter, starta om appen; om det inte hjälper, rapportera felet.',
  },
  INPUT_MISSING: {
    title: 'Något saknas',
    meaning: () => 'Både användarnamnet och lösenordet behövs för en testinloggning.',
    whatToDo: () => 'Fyll i fältet som saknas och försök igen.',
  },
};

/** Ord för UNEXPECTED_ANSWER:s `reason`. */
export const UNEXPECTED_REASONS: Messages['UNEXPECTED_REASONS'] = {
  notJson: 'svaret hade inte det väntade formatet',
  empty: 'svaret var tomt',
  tooLarge: 'svaret var mycket större än ett inloggningssvar',
  noStatus: 'svaret innehöll ingen inloggningsstatus',
  oddStatus: 'inloggningsstatusen i svaret var inte en som Betfair använder',
  oddToken: 'sessionstoken i svaret innehöll tecken som ingen sessionstoken har',
  httpError: 'servern rapporterade ett fel',
};

/** Ord för ett PROXY-fels `cause`. */
export const PROXY_CAUSES: Messages['PROXY_CAUSES'] = {
  DNS_NOT_FOUND: 'servernamnet kunde inte slås upp',
  CONNECTION_REFUSED: 'anslutningen nekades',
  CONNECTION_RESET: 'anslutningen bröts',
  TIMEOUT: 'inget svar kom i tid',
};

/** Texter för en felkod som ännu inte har några ord. */
export const UNKNOWN_FAULT_TEXT: Messages['UNKNOWN_FAULT_TEXT'] = {
  title: 'Testinloggningen kunde inte slutföras',
  meaning: (code: string): string => `Något gick fel innan Betfair hann svara (kod ${code}).`,
  whatToDo: 'Försök igen om några minuter. Om det fortsätter, rapportera koden som visas här.',
};

/** Rubriker för certifikatmotorns filfel (dess meddelande säger vad som hände). */
/** What to do when a .p12 file's password is missing or wrong: that file's password, nothing else. */
export const CREDENTIAL_PASSWORD_WHAT_TO_DO: Messages['CREDENTIAL_PASSWORD_WHAT_TO_DO'] =
  'Skriv lösenordet för den .p12-filen igen, precis som det valdes (för en fil från ett bot-kit, det du valde när kitet skapades). Certifikatet behöver inte göras om för det.';

export const CREDENTIAL_FAULT_TITLES: Messages['CREDENTIAL_FAULT_TITLES'] = {
  FILE_NOT_FOUND: 'En certifikatfil saknas',
  P12_PASSWORD_NEEDED: '.p12-filen behöver sitt lösenord',
  P12_WRONG_PASSWORD: 'Fel lösenord för .p12-filen',
  P12_TOO_MUCH_WORK: '.p12-filen kräver för mycket arbete för att öppnas',
  KEY_MISMATCH: 'Nyckeln hör inte till certifikatet',
  EXPIRED: 'Certifikatet har gått ut',
  NOT_YET_VALID: 'Certifikatet är inte giltigt än',
  NO_KEY: 'Ingen privat nyckel hittades',
  NO_CERTIFICATE: 'Inget certifikat hittades',
  KEY_ENCRYPTED: 'Den privata nyckeln är lösenordsskyddad',
  NO_PERMISSION: 'En certifikatfil kunde inte öppnas',
  UNREADABLE: 'En certifikatfil kunde inte läsas',
  NO_CLIENT_AUTH: 'Certifikatet är inte gjort för inloggning',
};
