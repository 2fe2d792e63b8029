/**
 * Texter i appens skal på svenska: meddelandet om inställningar, hanterartabellens avslag och
 * valideringsmeddelanden, kodexemplens rubriker och kommentarer. Enkla ord; inga stackspårningar, ingen jargong.
 */
import type { Messages } from '../messages.js';

export const appText: Messages['appText'] = {
  settings: {
    damagedNotice:
      'Din inställningsfil var skadad, så appen lade den åt sidan och startade med nya inställningar. ' +
      'Dina certifikatfiler är orörda: välj ditt land igen och visa appen var filerna finns.',
    cannotSaveNotice:
      'Appen kan inte spara sina inställningar i sin mapp, så den glömmer dina val när du stänger den. ' +
      'Kontrollera att ditt användarkonto får skriva i sin egen mapp för programdata.',
  },
  input: {
    generic: 'Appen skickade en begäran som den inte kunde förstå. Försök igen; om det fortsätter, starta om appen.',
    appKey: 'Applikationsnyckeln är för lång: en applikationsnyckel är en kort kod av bokstäver och siffror.',
    appName: 'Välj ett namn för dina applikationsnycklar, 1 till 64 tecken långt.',
    username: 'Ange ditt användarnamn hos Betfair.',
    password: 'Ange ditt lösenord hos Betfair.',
    p12Password: 'Lösenordet för .p12-filen är för långt.',
    folder: 'Ange mappen med hela sökvägen.',
    paths: 'Välj minst en fil att kontrollera (högst tio).',
    path: 'Ange filen med hela sökvägen.',
    url: 'Länken är ingen webbadress som appen kan öppna.',
    jurisdiction: 'Välj först var du bor.',
    days: 'Välj hur många dagar certifikatet ska gälla (mellan 1 och 3650).',
    country: 'Landet måste vara en kod på två bokstäver, till exempel SE.',
    subjectField: 'En av certifikatets uppgifter är för lång (varje uppgift måste vara kortare än 64 tecken).',
  },
  errors: {
    unexpectedTitle: 'Något gick fel',
    unexpected:
      'Något oväntat gick fel i appen. Inget skickades till Betfair. Försök igen; om det fortsätter, starta om appen.',
    notAllowedFolder:
      'Appen visar bara filer som den själv har skapat eller som du har valt i appen. Välj först filen igen i appen.',
    notAllowedLink:
      'För din säkerhet öppnar appen bara Betfairs egna säkra webbsidor, och den här länken är inte en av dem.',
    notAllowedSender: 'Den här begäran kom inte från appens eget fönster, så den avvisades.',
    fileMissing: 'Filen finns inte längre där appen lämnade den. Den kan ha flyttats eller raderats.',
    needsJurisdiction: 'Välj först var du bor, så att appen vet vilken Betfair-sida den ska använda.',
    needsCertificate: 'Skapa ett certifikat eller välj ditt befintliga först.',
    needsSetupTitle: 'Ett steg saknas',
    botLoginNotAvailable:
      'Betfair erbjuder inte botinloggning till kunder i Danmark, så det finns ingen kod att visa. Logga in som vanligt på webbplatsen.',
    bridgeFailed: 'Fönstret tappade kontakten med appen. Starta om appen.',
  },
  snippets: {
    betfairlightweightTitle: 'Python (betfairlightweight)',
    curlTitle: 'Kommandoraden (curl)',
    nodeTitle: 'Node.js (https)',
    keyWarning:
      'Håll den privata nyckeln för dig själv: dela den aldrig, mejla den inte och checka aldrig in den i ett kodarkiv.',
    passwordFromEnv: 'Ditt lösenord läses från miljövariabeln BETFAIR_PASSWORD, så det står aldrig i den här filen.',
    passwordOnStdin:
      'curl läser det från standardinmatningen (stdin), så det syns aldrig i listan över program som körs, som andra användare kan se.',
    p12PasswordFromEnv: 'Lösenordet för .p12-filen läses från miljövariabeln BETFAIR_P12_PASSWORD.',
    betfairlightweightNeedsPair:
      'betfairlightweight letar efter en .crt-fil och en .key-fil i mappen nedan. Ditt certifikat ligger i en enda kombinerad fil, ' +
      'så kopiera certifikatdelen till en .crt-fil och nyckeldelen till en .key-fil i en mapp som bara du kan läsa.',
  },
  reminder: {
    summary: 'Förnya certifikatet för din Betfair-bot',
    description: (expires: string, commonName: string | null, dir: string) =>
      `Certifikatet${commonName ? ` "${commonName}"` : ''} för din Betfair-bot går ut den ${expires}. ` +
      `Öppna Bot Login Wizard, skapa ett nytt certifikat och ladda upp det till Betfair innan dess, annars kan din bot inte längre logga in.\n` +
      `Certifikatfilerna finns i ${dir}.`,
    lateDescription: (expires: string, commonName: string | null, dir: string) =>
      `Certifikatet${commonName ? ` "${commonName}"` : ''} för din Betfair-bot går ut den ${expires}, om mindre än två veckor, så den här påminnelsen gäller nästa dag, inte två veckor innan. ` +
      `Öppna Bot Login Wizard nu och tryck på "Förnya certifikatet", annars kan din bot inte längre logga in.\n` +
      `Certifikatfilerna finns i ${dir}.`,
    exists:
      'En fil med påminnelsens namn finns redan bredvid ditt certifikat och appen har inte skapat den, så den lämnades orörd. Flytta eller byt namn på den och försök igen.',
    saved:
      'Påminnelsen kunde inte sparas bredvid ditt certifikat. Kontrollera att mappen fortfarande finns och att du får skriva i den.',
    notOpened: (path: string) =>
      `Påminnelsen sparades som ${path}, men inget kalenderprogram öppnade den. Öppna filen i ditt kalenderprogram själv.`,
  },
  crt: {
    unreadable:
      'Certifikatet kunde inte läsas från din fil. Om det är en .p12-fil, kontrollera lösenordet och försök igen.',
    exists:
      'En annan .crt-fil med det namnet finns redan bredvid ditt certifikat, så den lämnades orörd. Flytta eller byt namn på den och försök igen.',
    notSaved:
      '.crt-filen kunde inte sparas bredvid ditt certifikat. Kontrollera att mappen fortfarande finns och att du får skriva i den.',
    changed: 'Filen innehåller inte längre certifikatet som guiden använder. Välj ditt certifikat igen i steg 2.',
  },
  menu: {
    file: 'Arkiv',
    edit: 'Redigera',
    window: 'Fönster',
  },
  dialogs: {
    chooseFolderTitle: 'Välj en mapp för ditt certifikat',
    chooseFolderButton: 'Använd den här mappen',
    chooseFilesTitle: 'Välj dina certifikat- och nyckelfiler',
    chooseFilesButton: 'Kontrollera filerna',
    certificateFilesFilter: 'Certifikat och nycklar',
  },
};
