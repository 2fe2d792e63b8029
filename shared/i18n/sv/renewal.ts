/** Förnya certifikatet utan att boten stannar (shared/renewal.ts): översiktens kort och dess svar. */
import type { Messages } from '../messages.js';

export const RENEWAL_TEXT: Messages['RENEWAL_TEXT'] = {
  heading: 'Förnya ditt certifikat',
  plan: [
    'Appen skapar ett nytt certifikat i en egen mapp, bredvid det som din bot använder. Inget som boten läser ändras: den fortsätter att fungera.',
    'Du laddar upp det nya certifikatet till Betfair. Betfair har ett certifikat per konto, så från och med då kan bara det nya logga in. En bot som redan är inloggad behåller sin session; först nästa inloggning behöver de nya filerna.',
    'Direkt efter uppladdningen byter du två filer på botens dator: certs/client-2048.crt och certs/client-2048.key i botens mapp. De nya har samma namn, så ingen inställning i boten ändras.',
    'Du testar det nya certifikatet här. Först när det fungerar tar det det gamlas plats; det gamla sparas i en arkivmapp tills du tar bort det.',
  ],
  start: 'Skapa det nya certifikatet',
  notNow: 'Inte nu',
  making: 'Skapar det nya certifikatet…',
  inProgress: {
    'not-uploaded': 'Förnyelse pågår: det nya certifikatet är inte uppladdat än.',
    'not-tested': 'Förnyelse pågår: det nya certifikatet är uppladdat men inte testat än.',
  },
  nextUpload:
    'Nästa steg: ladda upp det nya certifikatet på Betfairs säkerhetssida och tryck sedan på ”Jag har laddat upp det”. Till dess fortsätter din bot att fungera med det gamla.',
  nextTest:
    'Nästa steg: byt de två filerna på botens dator (nedan) och testa sedan din inloggning här med det nya certifikatet.',
  newCertificate: (name: string, fingerprint: string) =>
    `Nytt certifikat: ${name} (fingeravtrycket börjar med ${fingerprint})`,
  working: (name: string, date: string) => `Din bot använder fortfarande: ${name}, går ut den ${date}`,
  showNew: 'Visa filen med det nya certifikatet',
  uploaded: 'Jag har laddat upp det',
  testNew: 'Testa det nya certifikatet',
  cancel: 'Avbryt förnyelsen',
  cancelTitle: 'Avbryta förnyelsen?',
  cancelText:
    'Du går tillbaka till certifikatet som används, oförändrat. Det nya certifikatet tas inte bort: det flyttas till arkivmappen.',
  cancelTextUploaded: (path: string) =>
    `Du går tillbaka till certifikatet som används, oförändrat; det nya flyttas till arkivmappen. Du har redan laddat upp det nya certifikatet och Betfair har bara ett: ladda upp det som används igen (${path}), annars kan din bot inte logga in.`,
  keepGoing: 'Fortsätt förnyelsen',
  botFilesHeading: 'På botens dator',
  botFiles: (dir: string) =>
    `Byt i botens mapp ut certs/client-2048.crt och certs/client-2048.key mot de två filerna i ${dir}. Behåll namnen och mappen: botens inställningar ändras inte.`,
  showBotFiles: 'Visa filerna till boten',
  keystoreKits:
    'Ett .NET- eller Java-kit läser en .pfx eller .p12: skapa efter testet ett nytt kit med ”Gör i ordning min bot” och byt ut den filen i botens mapp.',
  doneHeading: 'Förnyelsen är klar: det nya certifikatet fungerar',
  done: 'Det nya certifikatet är nu det som används, med samma filnamn i samma mapp.',
  archive: (dir: string) =>
    `Det gamla certifikatet sparas i ${dir} (bara du kan öppna det). Ta bort det när din bot har loggat in med det nya certifikatet: till dess är det din väg tillbaka.`,
  deleteArchive: 'Ta bort de gamla certifikaten',
  deleteTitle: 'Ta bort de gamla certifikaten?',
  deleteText: (dir: string) =>
    `Det här tar bort ${dir} med alla certifikat och nycklar i den. Gör det först när din bot har loggat in med det nya certifikatet.`,
  deleteConfirm: 'Ta bort',
  closeDone: 'Stäng den här anteckningen',
  afterTest: (dir: string) =>
    `Din bot behöver de nya filerna: byt i dess mapp ut certs/client-2048.crt och certs/client-2048.key mot de två i ${dir}, och starta sedan om den eller låt den logga in igen.`,
  kitOutdated: (folder: string) =>
    `${folder} innehåller ett äldre certifikat: dess bot kan inte logga in med det. Byt ut certifikatfilerna eller skapa ett nytt kit.`,
  testedCertificate: (name: string, fingerprint: string) =>
    `Certifikatet som testades: ${name}, fingeravtrycket börjar med ${fingerprint}. Jämför det med det på Betfairs sida.`,
  errors: {
    noRenewal: 'Ingen förnyelse pågår. Tryck på ”Förnya certifikatet” för att börja en.',
    notUploaded: 'Ladda först upp det nya certifikatet till Betfair och tryck sedan på ”Jag har laddat upp det”.',
    filesMissing:
      'Förnyelsens filer finns inte längre där appen skapade dem. Avbryt förnyelsen och börja om; certifikatet som används är orört.',
    notWritten:
      'Appen kunde inte skriva det nya certifikatet bredvid det som används. Kontrollera att det går att skriva i mappen och att det finns ledigt utrymme; certifikatet som används är orört.',
    notMoved:
      'Det nya certifikatet fungerar, men appen kunde inte sätta det på platsen för det som används. Inget har gått förlorat: båda ligger kvar där de låg. Testa igen.',
    archiveNotDeleted: 'Arkivmappen kunde inte tas bort. Ta bort den själv i filhanteraren.',
  },
};
