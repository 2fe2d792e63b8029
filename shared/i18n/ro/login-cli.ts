/** Text of the `bot-login login` command in Romanian. */
import { JURISDICTION_IDS } from '../../jurisdictions.js';
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';
import { KEY_KINDS_TEXT } from './app-keys.js';

const PASSWORD_ENV = ENV.password;
const LOGIN_P12_PASSWORD_ENV = ENV.p12Password;

const NO_ARGV_PASSWORD = `Parolele nu sunt acceptate în linia de comandă (alți utilizatori ai acestui computer le pot vedea). Setează ${PASSWORD_ENV} (și ${LOGIN_P12_PASSWORD_ENV} pentru un fișier .p12) sau rulează comanda într-un terminal ca să ți se ceară.`;

export const CLI_LOGIN_TEXT: Messages['CLI_LOGIN_TEXT'] = {
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
  --p12 FILE          un fișier .p12/.pfx; parola lui vine din ${LOGIN_P12_PASSWORD_ENV}
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
  keysNotCreated: (title: string, code: string): string => `Cheile de aplicație nu au fost create: ${title} (${code})`,
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
};
