/**
 * Certifikatmotorns texter på svenska: vad som är fel med en fil (fynd) och varför det inte gick
 * att skapa ett certifikat. Varje meddelande är en kort mening plus vad du kan göra.
 */
import type { Messages } from '../messages.js';

/** Fel när ett certifikat skapas (Result-misslyckanden). */
export const GENERATE_TEXT: Messages['GENERATE_TEXT'] = {
  invalidDays: (min: number, max: number) => `Antalet dagar måste vara ett heltal från ${min} till ${max}.`,
  invalidCommonName: () => 'Namnet på certifikatet måste vara 1 till 64 tecken långt.',
  invalidField: (label: string) =>
    `Fältet "${label}" får vara högst 64 tecken långt och får inte innehålla radbrytningar.`,
  fieldLabels: {
    organization: 'organisation',
    organizationalUnit: 'avdelning',
    state: 'län eller region',
    locality: 'ort',
  },
  invalidCountry: () => 'Landet måste vara en kod på två bokstäver, till exempel SE, GB eller AU.',
  invalidEmail: () => 'E-postadressen ser inte rätt ut. Lämna den tom eller kontrollera den.',
  noDir: () => 'Välj en mapp för certifikatfilerna.',
  notAFolder: (dir: string) => `"${dir}" är en fil, inte en mapp. Välj en mapp för certifikatfilerna.`,
  dirNotWritable: (dir: string) =>
    `Appen kan inte skriva i "${dir}". Välj en mapp bland dina egna filer, eller ge dig själv skrivrätt där.`,
  diskFull: () => 'Disken är full, så filerna kunde inte sparas. Frigör lite utrymme och försök igen.',
  filesExist: (names: readonly string[]) =>
    `Den här mappen innehåller redan certifikatfiler (${names.join(', ')}). Nya filer ersätter dem bara om du väljer det (de gamla flyttas då till en mapp för säkerhetskopior); du kan också välja en annan mapp.`,
  writeFailed: () => 'Certifikatfilerna kunde inte sparas. Försök igen, eller välj en annan mapp.',
  keyFailed: () => 'Det gick inte att skapa en ny nyckel. Försök igen; om det fortsätter, starta om appen.',
};

export const GENERATE_TITLES: Messages['GENERATE_TITLES'] = {
  FILES_EXIST: 'Det finns redan certifikatfiler',
  INVALID_DAYS: 'Kontrollera antalet dagar',
  INVALID_SUBJECT: 'Kontrollera certifikatets uppgifter',
  DIR_NOT_WRITABLE: 'Kan inte spara i den här mappen',
};

/** Fel när certifikat + nyckel läses in för en inloggning. */
export const CREDENTIAL_TEXT: Messages['CREDENTIAL_TEXT'] = {
  notUsable: () => 'De här certifikatfilerna kan inte användas för att logga in. Kontrollera dem i certifikatsteget.',
  noPaths: () => 'Välj certifikat- och nyckelfilerna först.',
  checkFailed: () => 'Filerna kunde inte kontrolleras. Välj dem igen; om det fortsätter, skapa ett nytt certifikat.',
};
