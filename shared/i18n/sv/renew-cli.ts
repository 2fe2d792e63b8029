/** `bot-login renew`: förnyelsens steg för terminalen (shared/renewal.ts). */
import type { Messages } from '../messages.js';

export const CLI_RENEW_TEXT: Messages['CLI_RENEW_TEXT'] = {
  summary: 'Förnya certifikatet bredvid det som används, så att boten fortsätter att fungera',
  help: `Användning: bot-login renew --dir DIR [--finish | --cancel] [--json]

Förnyar certifikatet i DIR (mappen med client-2048.crt och client-2048.key) utan att
stoppa boten. Betfair har ett certifikat per konto: när det nya är uppladdat kan det
gamla inte längre logga in, så ordningen spelar roll.

  bot-login renew --dir DIR           skapar den nya uppsättningen i DIR/renewal-DATUM (filerna
                                      som används rörs inte), med botens ersättningsfiler i
                                      DIR/renewal-DATUM/for-the-bot/certs/, och skriver ut stegen;
                                      körs det igen visar det förnyelsen som pågår
  bot-login renew --dir DIR --finish  när testet med det nya certifikatet har lyckats: den nya
                                      uppsättningen tar de använda filernas namn i DIR, den gamla
                                      flyttas till DIR/old-certificates (bara för dig)
  bot-login renew --dir DIR --cancel  tillbaka till uppsättningen som används; den oanvända nya
                                      flyttas till DIR/old-certificates

Alternativ:
  --json   skriv ut ett JSON-objekt i stället för text

Slutkoder: 0 klart, 1 gick inte (orsaken skrivs ut), 2 fel användning.
`,
  noDir: 'Ange med --dir DIR vilken mapp certifikatet som används ligger i.',
  bothFlags: 'Ange --finish eller --cancel, inte båda.',
  noWorking: (dir: string) =>
    `Det finns inget certifikat (client-2048.crt) i ${dir}. Ange mappen där certifikatet som används ligger.`,
  noRenewal: (dir: string) => `Ingen förnyelse pågår i ${dir}. Börja en med: bot-login renew --dir ${dir}`,
  started: (dir: string) =>
    `Det nya certifikatet skapades bredvid det som används, i ${dir}. Filerna som används är orörda.`,
  resumed: (dir: string) => `En förnyelse pågår i ${dir}: det nya certifikatet används inte än.`,
  newCertificate: (name: string, fingerprint: string, date: string) =>
    `Nytt certifikat:                 ${name} (fingeravtrycket börjar med ${fingerprint}), giltigt till ${date}`,
  working: (name: string, date: string) => `Din bot använder fortfarande:    ${name}, går ut den ${date}`,
  stepsHeading: 'I den här ordningen:',
  stepUpload: (crt: string) =>
    `  1. Ladda upp ${crt} på säkerhetssidan för ditt Betfair-konto. Från och med då loggar bara det nya certifikatet in; en bot som redan är inloggad behåller sin session.`,
  stepBotFiles: (dir: string, files: string) =>
    `  2. Direkt efter, på botens dator, byt ut ${files} i botens mapp mot filerna i ${dir} (samma namn: inga sökvägar ändras).`,
  kitFound: (kit: string) => `Kit skapat för certifikatet som används: ${kit} (byt ut dess filer i certs/)`,
  stepTest: (command: string) => `  3. Testa det nya certifikatet: ${command}`,
  stepFinish: (command: string) => `  4. När testet lyckas, gör den nya uppsättningen till den som används: ${command}`,
  cancelHint: (command: string) => `För att när som helst gå tillbaka till uppsättningen som används: ${command}`,
  finished: (dir: string) => `Det nya certifikatet är nu det som används i ${dir}, med samma filnamn.`,
  botFilesAgain: (dir: string) =>
    `Om du inte redan har gjort det, byt ut certs/client-2048.crt och certs/client-2048.key i botens mapp mot filerna i ${dir}.`,
  archived: (dir: string) =>
    `Det gamla certifikatet ligger i ${dir} (bara för dig). Ta bort det när din bot har loggat in med det nya.`,
  cancelled: (archive: string) =>
    `Tillbaka till certifikatet som används, oförändrat. Den oanvända nya uppsättningen ligger i ${archive}. Om du redan har laddat upp det nya certifikatet, ladda upp det som används igen.`,
  failed: (message: string) => `Certifikatet kunde inte förnyas: ${message}`,
};
