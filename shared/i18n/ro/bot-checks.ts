/**
 * Plain-Romanian texts for the two checks "Test my login" runs on the test session after the key check: streaming
 * (Exchange Stream API) and keeping the session alive (keepAlive).
 */
import type { Messages } from '../messages.js';

const SUPPORT = 'asistența Betfair pentru dezvoltatori (support.developer.betfair.com)';
const RETRY =
  'Încearcă din nou peste un minut; dacă se tot întâmplă, uită-te pe pagina de stare a API-urilor Betfair (status.developer.betfair.com).';

export const STREAM_CHECK_TEXT: Messages['STREAM_CHECK_TEXT'] = {
  allowed: {
    title: 'Cheia ta poate folosi streamingul',
    meaning:
      'Exchange Stream API a acceptat cheia ta de aplicație și sesiunea de test: botul tău poate primi cotele și ordinele pe măsură ce se schimbă.',
    whatToDo: 'Aici nu ai nimic de făcut.',
  },
  skipped: {
    title: 'Neverificat de data aceasta',
    meaning:
      'Testul acesta a sărit verificarea Exchange Stream API (--no-stream), așa că nu se știe dacă cheia ta poate folosi streamingul.',
    whatToDo: 'Testează din nou fără --no-stream ca să afli.',
  },
  notChecked: {
    title: 'Streamingul nu a fost verificat',
    meaning:
      'Streamingul se încearcă doar cu o cheie de aplicație care a trecut verificarea și doar dacă nu ai cerut să fie sărit.',
    whatToDo:
      'Rezolvă mai întâi cheia de aplicație (vezi mai sus), apoi încearcă din nou ca să afli dacă poate face streaming.',
  },
  NOT_AUTHORIZED: {
    title: 'Cheia ta nu poate face încă streaming',
    meaning:
      'Betfair a răspuns NOT_AUTHORIZED: cheia ta de aplicație merge pentru autentificare și pariuri, dar nu este activată pentru Exchange Stream API. Boții care citesc cotele prin streaming (betfairlightweight, flumine și aproape toți ceilalți) se opresc aici.',
    whatToDo: (appKey: string, username: string) =>
      `Cere-i ${SUPPORT} să activeze streamingul. Scrie de pe adresa de email a contului tău Betfair, dă-le cheia ta de aplicație (${appKey}) și numele tău de utilizator Betfair (${username}) și cere, în engleză: "please enable the Exchange Stream API for this application key". Încearcă din nou după ce îți răspund.`,
  },
  NO_APP_KEY: {
    title: 'Streamingul nu a primit cheia de aplicație',
    meaning: 'Betfair a răspuns NO_APP_KEY: cererea de streaming a sosit fără cheie de aplicație.',
    whatToDo: 'Scrie cheia ta de aplicație în câmpul ei și încearcă din nou.',
  },
  INVALID_APP_KEY: {
    title: 'Streamingul a refuzat cheia de aplicație',
    meaning:
      'Betfair a răspuns INVALID_APP_KEY la streaming, deși verificarea cheii a trecut: poate cheia a fost schimbată sau dezactivată chiar acum.',
    whatToDo:
      'Compară cheia cu lista cheilor tale și încearcă din nou; dacă rămâne așa, întreabă asistența Betfair pentru dezvoltatori.',
  },
  NO_SESSION: {
    title: 'Streamingul nu a primit sesiunea',
    meaning: 'Betfair a răspuns NO_SESSION: cererea de streaming a sosit fără token de sesiune.',
    whatToDo: RETRY,
  },
  INVALID_SESSION_INFORMATION: {
    title: 'Streamingul nu a acceptat sesiunea',
    meaning:
      'Betfair a răspuns INVALID_SESSION_INFORMATION: sesiunea expirase sau fusese închisă înainte ca streamingul să o vadă. Un bot dă de asta când nu își ține sesiunea în viață.',
    whatToDo:
      'Încearcă din nou. În botul tău, apelează keepAlive regulat și autentifică-te din nou când sesiunea a expirat.',
  },
  MAX_CONNECTION_LIMIT_EXCEEDED: {
    title: 'Prea multe conexiuni de streaming',
    meaning:
      'Betfair a răspuns MAX_CONNECTION_LIMIT_EXCEEDED: contul tău are deja deschise toate conexiunile de streaming pe care le poate avea.',
    whatToDo:
      'Închide programele sau boții care fac streaming cu această cheie (sau așteaptă să li se închidă conexiunile), apoi încearcă din nou.',
  },
  MAX_CONNECTION_LIMIT_EXCEEDED_NONE_LEFT: {
    title: 'Alt program ține ocupate toate conexiunile tale de streaming',
    meaning:
      'Betfair a răspuns MAX_CONNECTION_LIMIT_EXCEEDED fără nicio conexiune liberă: alt program (un bot încă pornit sau unul care nu și-a închis conexiunile) ține ocupate toate conexiunile de streaming ale contului tău.',
    whatToDo:
      'Oprește ceilalți boți sau programe care fac streaming cu contul tău, așteaptă un minut și încearcă din nou.',
  },
  TOO_MANY_REQUESTS: {
    title: 'Prea multe cereri de streaming',
    meaning:
      'Betfair a răspuns TOO_MANY_REQUESTS: contul tău a deschis prea multe conexiuni de streaming în scurt timp.',
    whatToDo: 'Așteaptă câteva minute înainte să încerci din nou și fă-ți botul să se reconecteze mai rar.',
  },
  TIMEOUT: {
    title: 'Timpul streamingului a expirat',
    meaning:
      'Betfair a răspuns TIMEOUT: conexiunea de streaming a fost închisă pentru că a așteptat prea mult o cerere.',
    whatToDo: RETRY,
  },
  UNEXPECTED_ERROR: {
    title: 'Streamingul a avut o eroare neașteptată',
    meaning: 'Betfair a răspuns UNEXPECTED_ERROR: ceva nu a mers bine în partea Betfair.',
    whatToDo: RETRY,
  },
  unknownCode: {
    title: 'Streamingul a refuzat conexiunea',
    meaning: (code: string) =>
      `Betfair a răspuns cu un cod pe care această aplicație nu îl cunoaște (${code}): streamingul nu a acceptat cheia și sesiunea ta.`,
    whatToDo: `Încearcă din nou mai târziu; dacă rămâne așa, întreab-o pe ${SUPPORT} ce înseamnă codul.`,
  },
};

export const STREAM_FAULT_TEXT: Messages['STREAM_FAULT_TEXT'] = {
  TIMEOUT: {
    title: 'Streamingul nu a răspuns',
    meaning: (host: string) => `Exchange Stream API de la ${host} nu a răspuns la timp.`,
  },
  UNEXPECTED_ANSWER: {
    title: 'Streamingul a răspuns altceva',
    meaning: (host: string) =>
      `Ce a venit de la ${host} nu este protocolul Exchange Stream API (sau este mult prea lung). Poate că un proxy sau un filtru din rețeaua ta stă în cale.`,
  },
  CLOSED_EARLY: {
    title: 'Streamingul a închis conexiunea',
    meaning: (host: string) => `${host} a închis conexiunea înainte să spună dacă cheia ta poate face streaming.`,
  },
  SERVER_CERT_UNTRUSTED: {
    title: 'Serverul de streaming nu este de încredere',
    meaning: (host: string) =>
      `Certificatul lui ${host} nu este unul în care acest calculator are încredere, așa că nu s-a trimis nimic. Ceva din rețeaua ta ar putea intercepta conexiunile securizate.`,
  },
  CONNECTION_REFUSED: {
    title: 'Streamingul a refuzat conexiunea',
    meaning: (host: string) => `Nimic nu a acceptat conexiunea la ${host}.`,
  },
  other: {
    title: 'Streamingul nu a putut fi contactat',
    meaning: (host: string) => `Conexiunea la ${host} a eșuat, așa că streamingul nu a putut fi verificat.`,
  },
  whatToDo:
    'Autentificarea ta funcționează. Verifică dacă rețeaua ta permite conexiuni la stream-api.betfair.com pe portul 443 (firewallurile și proxy-urile le blochează uneori), apoi încearcă din nou.',
};

export const KEEP_ALIVE_TEXT: Messages['KEEP_ALIVE_TEXT'] = {
  kept: {
    title: 'Sesiunea ta poate fi ținută în viață',
    meaning:
      'Betfair a acceptat keepAlive pe sesiunea de test: un bot poate păstra o singură sesiune în loc să se autentifice iar și iar.',
    whatToDo:
      'În botul tău, apelează keepAlive la câteva ore (exemplele de cod arată cum) și autentifică-te din nou doar când sesiunea a expirat.',
  },
  notChecked: {
    title: 'Păstrarea sesiunii nu a fost verificată',
    meaning: 'În acest test keepAlive nu a fost apelat.',
    whatToDo: 'Aici nu ai nimic de făcut.',
  },
  NO_SESSION: {
    title: 'keepAlive nu a găsit sesiunea',
    meaning: 'Betfair a răspuns NO_SESSION: când a venit keepAlive, sesiunea nu mai exista.',
    whatToDo:
      'Încearcă din nou. În botul tău, autentifică-te din nou ori de câte ori keepAlive sau un apel răspunde NO_SESSION.',
  },
  INPUT_VALIDATION_ERROR: {
    title: 'keepAlive a refuzat cererea',
    meaning:
      'Betfair a răspuns INPUT_VALIDATION_ERROR: tokenul de sesiune sau cheia de aplicație lipseau sau aveau o formă greșită.',
    whatToDo: 'Verifică să nu fie spații în plus în cheia de aplicație și încearcă din nou.',
  },
  INTERNAL_ERROR: {
    title: 'keepAlive a avut o eroare la Betfair',
    meaning: 'Betfair a răspuns INTERNAL_ERROR: ceva nu a mers bine în partea Betfair.',
    whatToDo: RETRY,
  },
  unknown: {
    title: 'keepAlive nu a funcționat',
    meaning: (code: string) => `keepAlive nu a dat un răspuns folosibil (${code}).`,
    whatToDo: RETRY,
  },
};

export const BOT_CHECKS_UI: Messages['BOT_CHECKS_UI'] = {
  heading: 'Ce mai are nevoie botul tău',
  stream: 'Streaming',
  keepAlive: 'Păstrarea sesiunii',
  host: (host: string) => `Exchange Stream API: ${host}`,
  requestHeading: 'Ce să scrii asistenței pentru dezvoltatori (în engleză)',
  supportAction: 'Deschide asistența Betfair pentru dezvoltatori',
  yourKey: 'cheia ta de aplicație',
  yourUsername: 'numele tău de utilizator Betfair',
};

export const BOT_CHECKS_CLI: Messages['BOT_CHECKS_CLI'] = {
  stream: (title: string, host: string) => `Streaming (${host}): ${title}`,
  keepAlive: (title: string) => `Păstrarea sesiunii (keepAlive): ${title}`,
  request: (message: string) => `  Scrie: ${message}`,
  noStreamFlag: 'Sari peste verificarea Exchange Stream API.',
  requireStreamFlag: 'Ieși cu 5 când cheia nu poate face streaming (NOT_AUTHORIZED și celelalte refuzuri).',
};

export const SNIPPET_SESSION_TEXT: Messages['SNIPPET_SESSION_TEXT'] = {
  keepAlive:
    'Păstrează o singură sesiune: apelează keepAlive la câteva ore în loc să te autentifici din nou (Betfair le scrie celor care se autentifică prea des).',
  relogin:
    'Autentifică-te din nou doar când Betfair spune că sesiunea nu mai există (NO_SESSION sau INVALID_SESSION_INFORMATION).',
  rate: 'Niciodată mai mult de câteva autentificări pe minut: un bot care repetă autentificarea în buclă este blocat 20 de minute.',
  loop: 'Rulează asta din bucla botului tău, lângă munca lui; singur, exemplul doar menține sesiunea.',
  curlKeepAlive: 'keepAlive cu tokenul de sesiune al autentificării de mai sus (pune-l în BETFAIR_SESSION):',
};
