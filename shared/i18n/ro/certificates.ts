/**
 * Certificate engine text in Romanian: what is wrong with a file (findings) and why making
 * a certificate failed. Each message is one short sentence plus what to do.
 */
import type { Messages } from '../messages.js';

/** Errors from making a certificate (Result failures). */
export const GENERATE_TEXT: Messages['GENERATE_TEXT'] = {
  invalidDays: (min: number, max: number) => `Numărul de zile trebuie să fie un număr întreg între ${min} și ${max}.`,
  invalidCommonName: () => 'Numele de pe certificat trebuie să aibă între 1 și 64 de caractere.',
  invalidField: (label: string) =>
    `Câmpul „${label}” poate avea cel mult 64 de caractere și nu poate conține rânduri noi.`,
  fieldLabels: {
    organization: 'organizație',
    organizationalUnit: 'departament',
    state: 'județ sau regiune',
    locality: 'oraș sau localitate',
  },
  invalidCountry: () => 'Țara trebuie să fie un cod din două litere, de exemplu RO, GB sau IE.',
  invalidEmail: () => 'Adresa de e-mail nu pare corectă. Lasă câmpul gol sau verifică adresa.',
  noDir: () => 'Alege un folder pentru fișierele certificatului.',
  notAFolder: (dir: string) =>
    `„${dir}” este un fișier, nu un folder. Alege un folder pentru fișierele certificatului.`,
  dirNotWritable: (dir: string) =>
    `Această aplicație nu poate scrie în „${dir}”. Alege un folder care îți aparține sau dă-ți drept de scriere în el.`,
  diskFull: () => 'Discul este plin, așa că fișierele nu au putut fi salvate. Eliberează spațiu și încearcă din nou.',
  filesExist: (names: readonly string[]) =>
    `Acest folder conține deja fișiere de certificat (${names.join(', ')}). Le poți înlocui cu fișiere noi doar dacă o ceri explicit (cele vechi se păstrează atunci într-un folder de rezervă) sau poți alege alt folder.`,
  writeFailed: () => 'Fișierele certificatului nu au putut fi salvate. Încearcă din nou sau alege alt folder.',
  keyFailed: () => 'Nu s-a putut crea o cheie nouă. Încearcă din nou; dacă tot nu merge, repornește aplicația.',
};

export const GENERATE_TITLES: Messages['GENERATE_TITLES'] = {
  FILES_EXIST: 'Fișierele certificatului există deja',
  INVALID_DAYS: 'Verifică numărul de zile',
  INVALID_SUBJECT: 'Verifică detaliile certificatului',
  DIR_NOT_WRITABLE: 'Nu se poate salva în acest folder',
};

/** Errors from loading a certificate + key for a login. */
export const CREDENTIAL_TEXT: Messages['CREDENTIAL_TEXT'] = {
  notUsable: () =>
    'Aceste fișiere de certificat nu pot fi folosite pentru conectare. Verifică-le la pasul „Certificat”.',
  noPaths: () => 'Alege mai întâi fișierele certificatului și cheii.',
  checkFailed: () =>
    'Aceste fișiere nu au putut fi verificate. Alege-le din nou; dacă se repetă, creează un certificat nou.',
};
