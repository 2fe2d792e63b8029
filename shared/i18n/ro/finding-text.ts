/**
 * What a certificate check found wrong with a file, in words (ro): one short sentence plus what to do. In the results
 * part: the window loads it with the certificate step, the CLI has it from the start.
 */
import type { Messages } from '../messages.js';

/** "1 bit", "3 biți", "2048 de biți": Romanian needs "de" from 20 on (except numbers ending in 01-19). */
function bitCount(n: number): string {
  const form = new Intl.PluralRules('ro').select(Math.abs(n));
  return form === 'one' ? `${n} bit` : form === 'few' ? `${n} biți` : `${n} de biți`;
}

/** Finding code -> message. Keys are the stable codes the UI and CLI see. */
export const FINDING_TEXT: Messages['FINDING_TEXT'] = {
  FILE_NOT_FOUND: (file: string) =>
    `Nu există niciun fișier numit „${file}”. Verifică numele și folderul, apoi încearcă din nou.`,
  IS_FOLDER: (file: string) =>
    `„${file}” este un folder, nu un fișier. Alege fișierul certificatului sau al cheii din el.`,
  NOT_A_FILE: (file: string) =>
    `„${file}” nu este un fișier obișnuit. Alege chiar fișierul certificatului sau al cheii.`,
  NO_PERMISSION: (file: string) =>
    `Această aplicație nu are voie să citească „${file}”. Dă-i contului tău de utilizator drept de citire sau copiază fișierul într-un loc care îți aparține.`,
  EMPTY_FILE: (file: string) => `„${file}” este gol. Alege din nou fișierul sau creează un certificat nou.`,
  FILE_TOO_LARGE: (file: string) =>
    `„${file}” este mult prea mare pentru un certificat sau o cheie (peste 1 MB). Verifică dacă ai ales fișierul corect.`,
  TRUNCATED: (file: string) =>
    `„${file}” este incomplet (se oprește brusc). Copiază-l din nou, în întregime, din locul de unde provine, sau creează un certificat nou.`,
  UNREADABLE: (file: string) =>
    `„${file}” nu conține un certificat sau o cheie pe care această aplicație le poate citi. Verifică dacă ai ales fișierul corect.`,
  NOT_A_KEY: (file: string) =>
    `„${file}” conține o cheie publică, ceea ce nu ajunge: e nevoie de fișierul cheii private (de obicei .key).`,
  KEY_ENCRYPTED: (file: string) =>
    `Cheia din „${file}” este blocată cu o parolă. Folosește fișierul cheii deblocate sau un fișier .p12 împreună cu parola lui.`,
  P12_PASSWORD_NEEDED: (file: string) =>
    `„${file}” este protejat cu parolă. Introdu parola pe care ai ales-o pentru el.`,
  P12_WRONG_PASSWORD: (file: string) =>
    `Parola este greșită pentru „${file}”: nu este cea cu care a fost protejat fișierul. Certificatul poate fi în regulă: scrie parola acestui fișier (pentru un fișier dintr-un kit de bot, cea aleasă când ai creat kitul).`,
  P12_TOO_MUCH_WORK: (file: string) =>
    `„${file}” cere o cantitate nerezonabilă de calcul ca să fie deschis (mult peste orice fișier .p12 real), așa că nu a fost deschis. Exportă din nou certificatul de unde provine sau creează un certificat nou.`,
  IS_CSR: (file: string) =>
    `„${file}” este o cerere de certificat, nu certificatul propriu-zis. Folosește fișierul .crt creat pe baza ei sau creează un certificat nou.`,
  NO_CERTIFICATE: () =>
    'Ai indicat doar o cheie; lipsește certificatul care îi corespunde. Adaugă fișierul .crt (sau folosește fișierul .pem ori .p12).',
  NO_KEY: () =>
    'Ai indicat doar un certificat; lipsește cheia lui privată. Adaugă fișierul .key (sau folosește fișierul .pem ori .p12).',
  TOO_MANY_CERTIFICATES: () =>
    'Ai indicat mai multe certificate. Indică doar certificatul încărcat pe Betfair, împreună cu cheia lui.',
  TOO_MANY_KEYS: () => 'Ai indicat mai multe chei private. Indică doar cheia care aparține certificatului tău.',
  KEY_MISMATCH: () =>
    'Cheia nu aparține acestui certificat. Folosește fișierul cheii creat împreună cu el sau creează un certificat nou.',
  NOT_RSA: () =>
    'Acest certificat folosește un tip de cheie (nu RSA) pe care Betfair nu îl acceptă. Creează un certificat nou cu această aplicație.',
  RSA_SIZE: (bits: number) =>
    `Această cheie are ${bitCount(bits)}; Betfair cere 2048 de biți. Creează un certificat nou cu această aplicație.`,
  RSA_1024: () =>
    'Această cheie are 1024 de biți: Betfair încă o acceptă, dar acum cere 2048 de biți. Ar fi bine să creezi un certificat nou.',
  EXPIRED: () => 'Acest certificat a expirat. Creează unul nou și încarcă-l pe Betfair.',
  NOT_YET_VALID: () =>
    'Data de început a acestui certificat este în viitor, așa că nu poate fi folosit încă. Verifică ceasul computerului sau creează unul nou.',
  EXPIRES_SOON: () =>
    'Acest certificat expiră în mai puțin de 30 de zile. Creează curând unul nou și încarcă-l pe Betfair.',
  NO_CLIENT_AUTH: () =>
    'Acest certificat nu are voie să fie folosit pentru conectare (nu este un certificat de client). Creează unul nou cu această aplicație.',
};
