/** Texten för kommandot `bot-login login` på svenska. */
import { ENV } from '../../env-names.js';
import { JURISDICTION_IDS } from '../../jurisdictions.js';
import type { Messages } from '../messages.js';
import { KEY_KINDS_TEXT } from './app-keys.js';

const PASSWORD_ENV = ENV.password;
const LOGIN_P12_PASSWORD_ENV = ENV.p12Password;

const NO_ARGV_PASSWORD = `Lösenord kan inte anges på kommandoraden (andra användare av den här datorn kan se dem). Sätt ${PASSWORD_ENV} (och ${LOGIN_P12_PASSWORD_ENV} för en .p12-fil), eller kör kommandot i en terminal, så frågar det efter lösenordet.`;

export const CLI_LOGIN_TEXT: Messages['CLI_LOGIN_TEXT'] = {
  summary: 'Testa Betfairs botinloggning med ditt certifikat och förklara svaret',
  help: `Användning: bot-login login --jurisdiction ID (--cert FILE --key FILE | --pem FILE | --p12 FILE)
                            --username NAME [--app-key KEY] [--create-app-keys NAME]
                            [--keep-session] [--json]

Skickar en testinloggning till Betfairs certifikatinloggning för din jurisdiktion, med ditt
klientcertifikat, och förklarar med enkla ord vad svaret betyder och vad du ska göra sedan.
När inloggningen fungerar listar samma session också ditt kontos applikationsnycklar och
kontrollerar, med --app-key, att Betfair godtar den nyckeln (en bot behöver alla fyra:
certifikat, användarnamn, lösenord och applikationsnyckel). En lyckad testsession loggas
ut igen om inte --keep-session anges.

Varje Betfair-konto kan ha två applikationsnycklar:
  ${KEY_KINDS_TEXT.delayed}
  ${KEY_KINDS_TEXT.live}

Alternativ:
  --jurisdiction ID   var ditt Betfair-konto finns: ${JURISDICTION_IDS.join(', ')}
                      (international = betfair.com; dk kan inte använda botinloggning)
  --cert FILE         certifikatet (.crt), tillsammans med --key FILE (den privata nyckeln)
  --pem FILE          en fil som innehåller både certifikat och nyckel
  --p12 FILE          en .p12/.pfx-fil; lösenordet hämtas från ${LOGIN_P12_PASSWORD_ENV}
  --username NAME     ditt användarnamn hos Betfair
  --app-key KEY       applikationsnyckeln som din bot ska använda (valfritt: utan den
                      listar testet dina nycklar så att du kan välja en)
  --create-app-keys NAME
                      skapa applikationsnycklar under det här namnet om ditt konto inte
                      har några än (namnet får inte innehålla ditt användarnamn)
  --keep-session      logga inte ut testsessionen; skriv ut dess sessionstoken
  --json              skriv ut ett JSON-objekt i stället för text; utöver inloggningens svar
                      innehåller det "appKeys" (var och en {appName, applicationKey, version,
                      delayed, active}), "appKeyCheck" ({status, delayed?, active?,
                      code?, title, explanation, whatToDo}; status är valid, not-yours,
                      refused, not-given eller not-checked) och, med --create-app-keys,
                      "appKeysCreation"; "verdict" är det samlade
                      utfallet (works, works-no-stream, delayed-key, key-inactive,
                      choose-key, create-keys, key-not-yours, key-refused,
                      key-not-checked, login-failed...), "title" och "whatToDo" säger
                      det i ord; "ok" är true exakt när avslutningskoden är 0

Betfair-lösenordet läses från miljövariabeln ${PASSWORD_ENV}, eller så frågar
kommandot efter det (utan att visa det) när det körs i en terminal. Det kan aldrig anges
på kommandoraden.
Högst 5 testinloggningar per minut skickas, och inga alls i 20 minuter efter att Betfair
rapporterat för många inloggningar (det sparas i appens datamapp).

Avslutningskoder: 0 din bot kan logga in och lägga spel (en live-nyckel som Betfair har
aktiverat); 1 Betfair svarade med ett fel; 2 fel användning eller oanvändbar indata;
3 inget riktigt svar (nätverk, säker anslutning, tidsgräns, oväntat svar; även när
inloggningen fungerar men nyckeln inte kunde kontrolleras); 4 stoppades för att skydda
ditt konto (för många tester, den korta väntan efter fel lösenord två gånger i rad, eller Betfairs paus på 20 minuter); 5 inloggningen fungerar
men din bot kan inte lägga spel med nyckeln än (ingen nyckel angiven, inga nycklar än, den
fördröjda nyckeln, en live-nyckel som inte är aktiv än, en nyckel som Betfair nekar eller
som inte är din).
`,
  passwordFlag: NO_ARGV_PASSWORD,
  needJurisdiction: `Ange var ditt Betfair-konto finns med --jurisdiction (${JURISDICTION_IDS.join(', ')}).`,
  badJurisdiction: (value: string): string =>
    `"${value}" är inte en jurisdiktion som verktyget känner till. Använd en av: ${JURISDICTION_IDS.join(', ')}.`,
  needCertificate:
    'Ange vilket certifikat som ska användas: --cert FILE med --key FILE, eller --pem FILE, eller --p12 FILE.',
  oneCertificate: 'Ange bara ett certifikat: --cert med --key, eller --pem, eller --p12.',
  certNeedsKey: 'Alternativet --cert behöver också --key FILE (den privata nyckeln som hör till certifikatet).',
  keyNeedsCert: 'Alternativet --key behöver också --cert FILE (certifikatet som nyckeln hör till).',
  keysHeading: 'Dina applikationsnycklar:',
  keyLine: (key: string, kind: string, appName: string, version: string): string =>
    `  ${key}  ${kind}  (app "${appName}", version ${version})`,
  noKeys:
    'Ditt konto har inga applikationsnycklar än. Skapa dem med --create-app-keys NAME, till exempel --create-app-keys "Min spelbot".',
  keyKinds: `${KEY_KINDS_TEXT.delayed} ${KEY_KINDS_TEXT.live}`,
  keysNotCreated: (title: string, code: string): string => `Dina applikationsnycklar skapades inte: ${title} (${code})`,
  needUsername: 'Ange ditt användarnamn hos Betfair med --username.',
  needPassword: `Inget lösenord: skicka det på standard in med --password-stdin, sätt ${PASSWORD_ENV}, eller kör kommandot i en terminal, så frågar det efter lösenordet.`,
  passwordPrompt: (username: string): string => `Betfair-lösenord för ${username}: `,
  p12Prompt: 'Lösenord för .p12-filen: ',
  testEndpoint: (origin: string | null): string =>
    `Använder en testserver${origin ? ` (${origin})` : ''}, inte Betfairs riktiga inloggningsservrar.`,
  successHeading: (title: string): string => `SUCCESS: ${title}`,
  statusHeading: (status: string, title: string): string => `Betfair svarade ${status}: ${title}`,
  faultHeading: (title: string, code: string): string => `Testinloggningen kunde inte slutföras: ${title} (${code})`,
  whatToDo: (text: string): string => `Gör så här: ${text}`,
  action: (label: string, url: string): string => `${label}: ${url}`,
  loggedOut: 'Testsessionen loggades ut igen.',
  notLoggedOut: 'Testsessionen kunde inte loggas ut; den avslutas av sig själv efter en stund.',
  keptSession: 'Testsessionen hölls öppen (--keep-session).',
  sessionToken: (token: string): string => `Sessionstoken: ${token}`,
  retryAt: (when: string): string => `Nästa test tillåts: ${when}`,
};
