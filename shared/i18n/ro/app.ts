/**
 * User-facing strings of the app shell in Romanian: the settings notice, the handler table's refusals and
 * validation messages, the snippet titles and comments. Plain words; no stack traces, no jargon.
 */
import type { Messages } from '../messages.js';

export const appText: Messages['appText'] = {
  settings: {
    damagedNotice:
      'Fișierul de setări era deteriorat, așa că aplicația l-a pus deoparte și a pornit cu setări noi. ' +
      'Fișierele certificatului au rămas neatinse: alege din nou țara și arată-i aplicației unde sunt.',
    cannotSaveNotice:
      'Aplicația nu își poate salva setările în folderul ei, așa că va uita alegerile tale când o închizi. ' +
      'Verifică dacă contul tău de utilizator are drept de scriere în folderul de date al aplicațiilor.',
  },
  input: {
    generic:
      'Aplicația a trimis o cerere pe care nu a putut-o înțelege. Încearcă din nou; dacă se repetă, repornește aplicația.',
    appKey: 'Cheia de aplicație este prea lungă: o cheie de aplicație este un cod scurt din litere și cifre.',
    appName: 'Alege un nume pentru cheile de aplicație, între 1 și 64 de caractere.',
    username: 'Introdu numele de utilizator Betfair.',
    password: 'Introdu parola Betfair.',
    p12Password: 'Parola pentru fișierul .p12 este prea lungă.',
    folder: 'Alege un folder indicând calea lui completă.',
    paths: 'Alege cel puțin un fișier de verificat (cel mult zece).',
    path: 'Alege un fișier indicând calea lui completă.',
    url: 'Acest link nu este o adresă web pe care aplicația o poate deschide.',
    jurisdiction: 'Alege mai întâi unde locuiești.',
    days: 'Alege câte zile să fie valabil certificatul (între 1 și 3650).',
    country: 'Țara trebuie să fie un cod din două litere, de exemplu RO.',
    subjectField: 'Unul dintre detaliile certificatului este prea lung (fiecare sub 64 de caractere).',
  },
  errors: {
    unexpectedTitle: 'Ceva nu a mers bine',
    unexpected:
      'A apărut o problemă neașteptată în aplicație. Nu s-a trimis nimic către Betfair. Încearcă din nou; dacă se repetă, repornește aplicația.',
    notAllowedFolder:
      'Aplicația arată doar fișierele create de ea sau alese de tine în aplicație. Mai întâi alege din nou fișierul din aplicație.',
    notAllowedLink:
      'Pentru siguranța ta, aplicația deschide doar paginile web securizate ale Betfair, iar acest link nu este una dintre ele.',
    notAllowedSender: 'Această cerere nu a venit din fereastra aplicației, așa că a fost refuzată.',
    fileMissing: 'Fișierul nu mai este acolo unde l-a lăsat aplicația. Poate a fost mutat sau șters.',
    needsJurisdiction: 'Alege mai întâi unde locuiești, ca aplicația să știe ce site Betfair să folosească.',
    needsCertificate: 'Creează mai întâi un certificat sau alege-l pe cel pe care îl ai deja.',
    needsSetupTitle: 'Lipsește un pas',
    botLoginNotAvailable:
      'Betfair nu oferă conectarea pentru boți clienților din Danemarca, așa că nu există cod de afișat. Conectează-te ca de obicei pe site.',
    bridgeFailed: 'Fereastra a pierdut legătura cu aplicația. Repornește aplicația.',
  },
  snippets: {
    betfairlightweightTitle: 'Python (betfairlightweight)',
    curlTitle: 'Linie de comandă (curl)',
    nodeTitle: 'Node.js (https)',
    keyWarning:
      'Păstrează cheia privată doar pentru tine: nu o da nimănui, nu o trimite pe e-mail și nu o pune într-un depozit de cod.',
    passwordFromEnv:
      'Parola este citită din variabila de mediu BETFAIR_PASSWORD, așa că nu stă niciodată în acest fișier.',
    passwordOnStdin:
      'curl o citește de la intrarea standard, așa că nu apare niciodată în lista programelor care rulează, vizibilă altor utilizatori.',
    p12PasswordFromEnv: 'Parola fișierului .p12 este citită din variabila de mediu BETFAIR_P12_PASSWORD.',
    betfairlightweightNeedsPair:
      'betfairlightweight caută un fișier .crt și un fișier .key în folderul de mai jos. Certificatul tău este într-un singur fișier combinat, ' +
      'așa că copiază partea de certificat într-un fișier .crt și partea de cheie într-un fișier .key, într-un folder pe care doar tu îl poți citi.',
  },
  reminder: {
    summary: 'Reînnoiește certificatul Betfair al botului',
    description: (expires: string, commonName: string | null, dir: string) =>
      `Certificatul Betfair al botului${commonName ? ` „${commonName}”` : ''} expiră pe ${expires}. ` +
      `Deschide Bot Login Wizard, creează un certificat nou și încarcă-l pe Betfair înainte de această dată, altfel botul nu se va mai putea conecta.\n` +
      `Fișierele certificatului sunt în ${dir}.`,
    lateDescription: (expires: string, commonName: string | null, dir: string) =>
      `Certificatul Betfair al botului${commonName ? ` „${commonName}”` : ''} expiră pe ${expires}, în mai puțin de două săptămâni, așa că acest memento este pentru a doua zi, nu cu două săptămâni înainte. ` +
      `Deschide acum Bot Login Wizard și apasă „Reînnoiește certificatul”, altfel botul nu se va mai putea conecta.\n` +
      `Fișierele certificatului sunt în ${dir}.`,
    exists:
      'Lângă certificat există deja un fișier cu numele mementoului, pe care nu l-a creat aplicația, așa că a fost lăsat neatins. Mută-l sau redenumește-l și încearcă din nou.',
    saved:
      'Mementoul nu a putut fi salvat lângă certificat. Verifică dacă folderul mai există și dacă ai voie să scrii în el.',
    notOpened: (path: string) =>
      `Mementoul a fost salvat ca ${path}, dar niciun program de calendar nu l-a deschis. Deschide tu fișierul în calendar.`,
  },
  crt: {
    unreadable:
      'Certificatul nu a putut fi citit din fișier. Dacă este un fișier .p12, verifică parola și încearcă din nou.',
    exists:
      'Lângă certificat există deja un alt fișier .crt cu acest nume, așa că a fost lăsat neatins. Mută-l sau redenumește-l și încearcă din nou.',
    notSaved:
      'Fișierul .crt nu a putut fi salvat lângă certificat. Verifică dacă folderul mai există și dacă ai voie să scrii în el.',
    changed: 'Fișierul nu mai conține certificatul folosit de asistent. Alege din nou certificatul la pasul 2.',
  },
  menu: {
    file: 'Fișier',
    edit: 'Editare',
    window: 'Fereastră',
  },
  dialogs: {
    chooseFolderTitle: 'Alege un folder pentru certificat',
    chooseFolderButton: 'Folosește acest folder',
    chooseFilesTitle: 'Alege fișierele certificatului și cheii',
    chooseFilesButton: 'Verifică aceste fișiere',
    certificateFilesFilter: 'Certificate și chei',
  },
};
