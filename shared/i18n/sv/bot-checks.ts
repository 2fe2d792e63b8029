/**
 * Plain-Swedish texts for the two checks "Test my login" runs on the test session after the key check: streaming
 * (Exchange Stream API) and keeping the session alive (keepAlive).
 */
import type { Messages } from '../messages.js';

const SUPPORT = 'Betfairs utvecklarsupport (support.developer.betfair.com)';
const RETRY =
  'Testa igen om en minut; om det fortsätter, titta på Betfairs statussida för API:erna (status.developer.betfair.com).';

export const STREAM_CHECK_TEXT: Messages['STREAM_CHECK_TEXT'] = {
  allowed: {
    title: 'Din nyckel får strömma',
    meaning:
      'Exchange Stream API godkände din applikationsnyckel och testsessionen: din bot kan ta emot odds och ordrar medan de ändras.',
    whatToDo: 'Här behöver du inte göra något.',
  },
  skipped: {
    title: 'Inte kontrollerat den här gången',
    meaning:
      'Det här testet hoppade över kontrollen mot Exchange Stream API (--no-stream), så det är inte känt om din nyckel får strömma.',
    whatToDo: 'Testa igen utan --no-stream för att få veta.',
  },
  notChecked: {
    title: 'Streaming inte kontrollerad',
    meaning:
      'Streaming provas bara med en applikationsnyckel som klarade nyckelkontrollen, och bara om du inte bad om att hoppa över den.',
    whatToDo: 'Rätta först applikationsnyckeln (se ovan) och testa sedan igen för att få veta om den får streama.',
  },
  NOT_AUTHORIZED: {
    title: 'Din nyckel får inte streama än',
    meaning:
      'Betfair svarade NOT_AUTHORIZED: din applikationsnyckel fungerar för inloggning och spel, men den är inte aktiverad för Exchange Stream API. Botar som läser odds via streaming (betfairlightweight, flumine och de flesta andra) stannar här.',
    whatToDo: (appKey: string, username: string) =>
      `Be ${SUPPORT} att aktivera streaming. Skriv från e-postadressen till ditt Betfair-konto, ange din applikationsnyckel (${appKey}) och ditt Betfair-användarnamn (${username}) och be, på engelska: "please enable the Exchange Stream API for this application key". Testa igen när de har svarat.`,
  },
  NO_APP_KEY: {
    title: 'Streamingen fick ingen applikationsnyckel',
    meaning: 'Betfair svarade NO_APP_KEY: streamingförfrågan kom utan applikationsnyckel.',
    whatToDo: 'Skriv in din applikationsnyckel i nyckelfältet och testa igen.',
  },
  INVALID_APP_KEY: {
    title: 'Streamingen nekade applikationsnyckeln',
    meaning:
      'Betfair svarade INVALID_APP_KEY för streaming, fast nyckelkontrollen gick igenom: nyckeln kan just ha ändrats eller stängts av.',
    whatToDo:
      'Jämför nyckeln med listan över dina nycklar och testa igen; om det fortsätter, fråga Betfairs utvecklarsupport.',
  },
  NO_SESSION: {
    title: 'Streamingen fick ingen session',
    meaning: 'Betfair svarade NO_SESSION: streamingförfrågan kom utan sessionstoken.',
    whatToDo: RETRY,
  },
  INVALID_SESSION_INFORMATION: {
    title: 'Streamingen godtog inte sessionen',
    meaning:
      'Betfair svarade INVALID_SESSION_INFORMATION: sessionen hade gått ut eller loggats ut innan streamingen såg den. En bot råkar ut för det när den inte håller sin session vid liv.',
    whatToDo: 'Testa igen. Låt din bot anropa keepAlive regelbundet och logga in igen när sessionen har gått ut.',
  },
  MAX_CONNECTION_LIMIT_EXCEEDED: {
    title: 'För många streaminganslutningar',
    meaning:
      'Betfair svarade MAX_CONNECTION_LIMIT_EXCEEDED: ditt konto har redan så många streaminganslutningar öppna som det får ha.',
    whatToDo:
      'Stäng programmen eller botarna som streamar med den här nyckeln (eller vänta tills deras anslutningar stängs) och testa sedan igen.',
  },
  MAX_CONNECTION_LIMIT_EXCEEDED_NONE_LEFT: {
    title: 'Ett annat program håller alla dina streaminganslutningar',
    meaning:
      'Betfair svarade MAX_CONNECTION_LIMIT_EXCEEDED utan någon ledig anslutning: ett annat program (en bot som fortfarande kör, eller en som inte stängde sina anslutningar) håller alla streaminganslutningar ditt konto får ha.',
    whatToDo: 'Stoppa de andra botarna eller programmen som streamar med ditt konto, vänta en minut och testa igen.',
  },
  TOO_MANY_REQUESTS: {
    title: 'För många streamingförfrågningar',
    meaning: 'Betfair svarade TOO_MANY_REQUESTS: ditt konto öppnade för många streaminganslutningar på kort tid.',
    whatToDo: 'Vänta några minuter innan du testar igen, och låt din bot återansluta mer sällan.',
  },
  TIMEOUT: {
    title: 'Streamingen fick tidsgräns',
    meaning: 'Betfair svarade TIMEOUT: streaminganslutningen stängdes för att den väntade för länge på en förfrågan.',
    whatToDo: RETRY,
  },
  UNEXPECTED_ERROR: {
    title: 'Streamingen fick ett oväntat fel',
    meaning: 'Betfair svarade UNEXPECTED_ERROR: något gick fel hos Betfair.',
    whatToDo: RETRY,
  },
  unknownCode: {
    title: 'Streamingen nekade anslutningen',
    meaning: (code: string) =>
      `Betfair svarade med en kod som den här appen inte känner till (${code}): streamingen godtog inte din nyckel och session.`,
    whatToDo: `Testa igen senare; om det består, fråga ${SUPPORT} vad koden betyder.`,
  },
};

export const STREAM_FAULT_TEXT: Messages['STREAM_FAULT_TEXT'] = {
  TIMEOUT: {
    title: 'Streamingen svarade inte',
    meaning: (host: string) => `Exchange Stream API på ${host} svarade inte i tid.`,
  },
  UNEXPECTED_ANSWER: {
    title: 'Streamingen svarade något annat',
    meaning: (host: string) =>
      `Det som kom från ${host} är inte Exchange Stream API:s protokoll (eller är alldeles för långt). En proxy eller ett filter i ditt nätverk kan stå i vägen.`,
  },
  CLOSED_EARLY: {
    title: 'Streamingen stängde anslutningen',
    meaning: (host: string) => `${host} stängde anslutningen innan den sa om din nyckel får streama.`,
  },
  SERVER_CERT_UNTRUSTED: {
    title: 'Streamingservern är inte betrodd',
    meaning: (host: string) =>
      `Certifikatet för ${host} är inte ett som den här datorn litar på, så inget skickades. Något i ditt nätverk kan avlyssna säkra anslutningar.`,
  },
  CONNECTION_REFUSED: {
    title: 'Streamingen nekade anslutningen',
    meaning: (host: string) => `Inget tog emot anslutningen på ${host}.`,
  },
  other: {
    title: 'Streamingen gick inte att nå',
    meaning: (host: string) => `Anslutningen till ${host} misslyckades, så streaming kunde inte kontrolleras.`,
  },
  whatToDo:
    'Själva inloggningen fungerar. Kontrollera att ditt nätverk tillåter anslutningar till stream-api.betfair.com på port 443 (brandväggar och proxyer blockerar dem ibland) och testa sedan igen.',
};

export const KEEP_ALIVE_TEXT: Messages['KEEP_ALIVE_TEXT'] = {
  kept: {
    title: 'Din session kan hållas vid liv',
    meaning:
      'Betfair godkände keepAlive på testsessionen: en bot kan hålla en och samma session i gång i stället för att logga in om och om igen.',
    whatToDo:
      'Låt din bot anropa keepAlive med några timmars mellanrum (kodexemplen visar hur) och logga in igen först när sessionen har gått ut.',
  },
  notChecked: {
    title: 'Att hålla sessionen vid liv kontrollerades inte',
    meaning: 'keepAlive anropades inte i det här testet.',
    whatToDo: 'Här behöver du inte göra något.',
  },
  NO_SESSION: {
    title: 'keepAlive hittade ingen session',
    meaning: 'Betfair svarade NO_SESSION: sessionen fanns inte längre när keepAlive kom.',
    whatToDo: 'Testa igen. Låt din bot logga in igen varje gång keepAlive eller ett anrop svarar NO_SESSION.',
  },
  INPUT_VALIDATION_ERROR: {
    title: 'keepAlive nekade förfrågan',
    meaning:
      'Betfair svarade INPUT_VALIDATION_ERROR: sessionstoken eller applikationsnyckeln saknades eller hade fel form.',
    whatToDo: 'Kontrollera att applikationsnyckeln inte har några extra mellanslag och testa igen.',
  },
  INTERNAL_ERROR: {
    title: 'keepAlive fick ett fel hos Betfair',
    meaning: 'Betfair svarade INTERNAL_ERROR: något gick fel hos Betfair.',
    whatToDo: RETRY,
  },
  unknown: {
    title: 'keepAlive fungerade inte',
    meaning: (code: string) => `keepAlive gav inget användbart svar (${code}).`,
    whatToDo: RETRY,
  },
};

export const BOT_CHECKS_UI: Messages['BOT_CHECKS_UI'] = {
  heading: 'Vad din bot mer behöver',
  stream: 'Streaming',
  keepAlive: 'Hålla sessionen vid liv',
  host: (host: string) => `Exchange Stream API: ${host}`,
  requestHeading: 'Vad du ska skriva till utvecklarsupporten (på engelska)',
  supportAction: 'Öppna Betfairs utvecklarsupport',
  yourKey: 'din applikationsnyckel',
  yourUsername: 'ditt Betfair-användarnamn',
};

export const BOT_CHECKS_CLI: Messages['BOT_CHECKS_CLI'] = {
  stream: (title: string, host: string) => `Streaming (${host}): ${title}`,
  keepAlive: (title: string) => `Hålla sessionen vid liv (keepAlive): ${title}`,
  request: (message: string) => `  Skriv: ${message}`,
  noStreamFlag: 'Hoppa över kontrollen av Exchange Stream API.',
  requireStreamFlag: 'Avsluta med 5 när nyckeln inte får streama (NOT_AUTHORIZED och de andra avslagen).',
};

export const SNIPPET_SESSION_TEXT: Messages['SNIPPET_SESSION_TEXT'] = {
  keepAlive:
    'Behåll en session: anropa keepAlive med några timmars mellanrum i stället för att logga in igen (Betfair skriver till dem som loggar in för ofta).',
  relogin:
    'Logga in igen bara när Betfair säger att sessionen är borta (NO_SESSION eller INVALID_SESSION_INFORMATION).',
  rate: 'Aldrig fler än några inloggningar i minuten: en bot som loggar in i en slinga spärras i 20 minuter.',
  loop: 'Kör detta från din bots loop, bredvid dess eget arbete; ensamt håller exemplet bara sessionen vid liv.',
  curlKeepAlive: 'keepAlive med sessionstoken från inloggningen ovan (lägg den i BETFAIR_SESSION):',
};
