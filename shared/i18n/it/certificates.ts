/**
 * Certificate engine text in Italian: what is wrong with a file (findings) and why making
 * a certificate failed. Each message is one short sentence plus what to do.
 */
import type { Messages } from '../messages.js';

/** Errors from making a certificate (Result failures). */
export const GENERATE_TEXT: Messages['GENERATE_TEXT'] = {
  invalidDays: (min: number, max: number) => `Il numero di giorni deve essere un numero intero da ${min} a ${max}.`,
  invalidCommonName: () => 'Il nome sul certificato deve essere lungo da 1 a 64 caratteri.',
  invalidField: (label: string) =>
    `Il campo "${label}" può avere al massimo 64 caratteri e non può contenere interruzioni di riga.`,
  fieldLabels: {
    organization: 'organizzazione',
    organizationalUnit: 'reparto',
    state: 'provincia o regione',
    locality: 'città',
  },
  invalidCountry: () => 'Il paese deve essere un codice di due lettere, come IT, GB o AU.',
  invalidEmail: () => "L'indirizzo email non sembra corretto. Lascialo vuoto oppure controllalo.",
  noDir: () => 'Scegli una cartella per i file del certificato.',
  notAFolder: (dir: string) => `"${dir}" è un file, non una cartella. Scegli una cartella per i file del certificato.`,
  dirNotWritable: (dir: string) =>
    `Questa app non può scrivere in "${dir}". Scegli una cartella tra i tuoi file, oppure datti il permesso di scriverci.`,
  diskFull: () => "Il disco è pieno, quindi non è stato possibile salvare i file. Libera un po' di spazio e riprova.",
  filesExist: (names: readonly string[]) =>
    `Questa cartella contiene già dei file del certificato (${names.join(', ')}). I nuovi li sostituiscono solo se lo chiedi tu (i vecchi vengono conservati in una cartella di backup); oppure scegli un'altra cartella.`,
  writeFailed: () => "Non è stato possibile salvare i file del certificato. Riprova, oppure scegli un'altra cartella.",
  keyFailed: () => "Non è stato possibile creare una nuova chiave. Riprova; se non funziona ancora, riavvia l'app.",
};

export const GENERATE_TITLES: Messages['GENERATE_TITLES'] = {
  FILES_EXIST: 'I file del certificato ci sono già',
  INVALID_DAYS: 'Controlla il numero di giorni',
  INVALID_SUBJECT: 'Controlla i dati del certificato',
  DIR_NOT_WRITABLE: 'Impossibile salvare in questa cartella',
};

/** Errors from loading a certificate + key for a login. */
export const CREDENTIAL_TEXT: Messages['CREDENTIAL_TEXT'] = {
  notUsable: () =>
    'Questi file del certificato non si possono usare per accedere. Controllali nel passaggio del certificato.',
  noPaths: () => 'Prima scegli i file del certificato e della chiave.',
  checkFailed: () =>
    'Non è stato possibile controllare questi file. Sceglili di nuovo; se succede ancora, crea un nuovo certificato.',
};
