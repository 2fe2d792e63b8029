/** Reînnoirea certificatului fără ca botul să se oprească (shared/renewal.ts): cardul din panou și răspunsurile lui. */
import type { Messages } from '../messages.js';

export const RENEWAL_TEXT: Messages['RENEWAL_TEXT'] = {
  heading: 'Reînnoiește-ți certificatul',
  plan: [
    'Aplicația face un certificat nou într-un folder separat, lângă cel pe care îl folosește botul. Nimic din ce citește botul nu se schimbă: merge în continuare.',
    'Încarci certificatul nou pe Betfair. Betfair păstrează un singur certificat pe cont, deci de atunci doar cel nou se poate conecta. Un bot deja conectat își păstrează sesiunea; doar următoarea lui conectare are nevoie de fișierele noi.',
    'Imediat după încărcare, înlocuiește două fișiere pe mașina botului: certs/client-2048.crt și certs/client-2048.key din folderul botului. Cele noi au aceleași nume, deci nicio setare a botului nu se schimbă.',
    'Testezi aici certificatul nou. Doar dacă merge îi ia locul celui vechi; cel vechi rămâne într-un folder de arhivă până îl ștergi.',
  ],
  start: 'Fă certificatul nou',
  notNow: 'Nu acum',
  making: 'Se face certificatul nou…',
  inProgress: {
    'not-uploaded': 'Reînnoire în curs: certificatul nou nu este încă încărcat.',
    'not-tested': 'Reînnoire în curs: certificatul nou este încărcat, dar nu este încă testat.',
  },
  nextUpload:
    'Următorul pas: încarcă certificatul nou pe pagina de securitate Betfair, apoi apasă „L-am încărcat”. Până atunci botul merge în continuare cu cel vechi.',
  nextTest:
    'Următorul pas: înlocuiește cele două fișiere pe mașina botului (mai jos), apoi testează aici conectarea cu certificatul nou.',
  newCertificate: (name: string, fingerprint: string) => `Certificat nou: ${name} (amprenta începe cu ${fingerprint})`,
  working: (name: string, date: string) => `Botul folosește încă: ${name}, expiră pe ${date}`,
  showNew: 'Arată fișierul certificatului nou',
  uploaded: 'L-am încărcat',
  testNew: 'Testează certificatul nou',
  cancel: 'Anulează reînnoirea',
  cancelTitle: 'Anulezi reînnoirea?',
  cancelText:
    'Te întorci la certificatul folosit acum, neschimbat. Certificatul nou nu se șterge: merge în folderul de arhivă.',
  cancelTextUploaded: (path: string) =>
    `Te întorci la certificatul folosit acum, neschimbat; cel nou merge în folderul de arhivă. Ai încărcat deja certificatul nou, iar Betfair păstrează doar unul: încarcă din nou certificatul folosit acum (${path}), altfel botul nu se poate conecta.`,
  keepGoing: 'Continuă reînnoirea',
  botFilesHeading: 'Pe mașina botului',
  botFiles: (dir: string) =>
    `În folderul botului, înlocuiește certs/client-2048.crt și certs/client-2048.key cu cele două fișiere din ${dir}. Păstrează numele și folderul: setările botului nu se schimbă.`,
  showBotFiles: 'Arată fișierele pentru bot',
  keystoreKits:
    'Un kit .NET sau Java citește un .pfx sau .p12: după test, fă un kit nou cu „Pregătește-mi botul” și înlocuiește acel fișier în folderul botului.',
  doneHeading: 'Reînnoire gata: certificatul nou merge',
  done: 'Certificatul nou este acum cel folosit, cu aceleași nume de fișiere în același folder.',
  archive: (dir: string) =>
    `Certificatul vechi este păstrat în ${dir} (doar tu îl poți deschide). Șterge-l după ce botul s-a conectat cu certificatul nou: până atunci este drumul tău înapoi.`,
  deleteArchive: 'Șterge certificatele vechi',
  deleteTitle: 'Ștergi certificatele vechi?',
  deleteText: (dir: string) =>
    `Se șterge ${dir} cu toate certificatele și cheile din el. Fă asta doar după ce botul s-a conectat cu certificatul nou.`,
  deleteConfirm: 'Șterge',
  closeDone: 'Închide această notă',
  afterTest: (dir: string) =>
    `Botul are nevoie de fișierele noi: în folderul lui, înlocuiește certs/client-2048.crt și certs/client-2048.key cu cele două din ${dir}, apoi repornește-l sau lasă-l să se conecteze din nou.`,
  kitOutdated: (folder: string) =>
    `${folder} conține un certificat vechi: botul lui nu se poate conecta cu el. Înlocuiește fișierele certificatului sau fă un kit nou.`,
  testedCertificate: (name: string, fingerprint: string) =>
    `Certificatul testat: ${name}, amprenta începe cu ${fingerprint}. Compară-l cu cel de pe pagina Betfair.`,
  errors: {
    noRenewal: 'Nu este nicio reînnoire în curs. Apasă „Reînnoiește certificatul” ca să începi una.',
    notUploaded: 'Încarcă mai întâi certificatul nou pe Betfair, apoi apasă „L-am încărcat”.',
    filesMissing:
      'Fișierele reînnoirii nu mai sunt unde le-a făcut aplicația. Anulează reînnoirea și începe-o din nou; certificatul folosit acum nu a fost atins.',
    notWritten:
      'Aplicația nu a putut scrie certificatul nou lângă cel folosit acum. Verifică dacă se poate scrie în folder și dacă este spațiu liber; certificatul folosit acum nu a fost atins.',
    notMoved:
      'Certificatul nou merge, dar aplicația nu l-a putut pune în locul celui folosit acum. Nu s-a pierdut nimic: amândouă sunt unde erau. Încearcă din nou testul.',
    archiveNotDeleted: 'Folderul de arhivă nu a putut fi șters. Șterge-l tu din managerul de fișiere.',
  },
};
