/**
 * What a certificate check found wrong with a file, in words (sv): one short sentence plus what to do. In the results
 * part: the window loads it with the certificate step, the CLI has it from the start.
 */
import type { Messages } from '../messages.js';

/** Fyndkod -> meddelande. Nycklarna är de stabila koder som gränssnittet och CLI:t ser. */
export const FINDING_TEXT: Messages['FINDING_TEXT'] = {
  FILE_NOT_FOUND: (file: string) =>
    `Det finns ingen fil som heter "${file}". Kontrollera namnet och mappen och försök sedan igen.`,
  IS_FOLDER: (file: string) => `"${file}" är en mapp, inte en fil. Välj certifikat- eller nyckelfilen i den.`,
  NOT_A_FILE: (file: string) => `"${file}" är inte en vanlig fil. Välj själva certifikat- eller nyckelfilen.`,
  NO_PERMISSION: (file: string) =>
    `Appen får inte läsa "${file}". Ge ditt användarkonto läsrätt till filen, eller kopiera den till en plats som du äger.`,
  EMPTY_FILE: (file: string) => `"${file}" är tom. Välj filen igen, eller skapa ett nytt certifikat.`,
  FILE_TOO_LARGE: (file: string) =>
    `"${file}" är alldeles för stor för att vara ett certifikat eller en nyckel (över 1 MB). Kontrollera att du valde rätt fil.`,
  TRUNCATED: (file: string) =>
    `"${file}" är ofullständig: filen tar slut för tidigt. Kopiera hela filen igen från källan, eller skapa ett nytt certifikat.`,
  UNREADABLE: (file: string) =>
    `"${file}" innehåller varken ett certifikat eller en nyckel som appen kan läsa. Kontrollera att du valde rätt fil.`,
  NOT_A_KEY: (file: string) =>
    `"${file}" innehåller en publik nyckel, och det räcker inte: filen med den privata nyckeln (oftast .key) behövs.`,
  KEY_ENCRYPTED: (file: string) =>
    `Nyckeln i "${file}" är låst med ett lösenord. Använd den olåsta nyckelfilen, eller en .p12-fil tillsammans med dess lösenord.`,
  P12_PASSWORD_NEEDED: (file: string) => `"${file}" är skyddad med ett lösenord. Ange lösenordet som du valde för den.`,
  P12_WRONG_PASSWORD: (file: string) =>
    `Lösenordet är fel för "${file}": det är inte det som filen låstes med. Certifikatet kan vara i ordning: skriv filens lösenord (för en fil från ett bot-kit, det du valde när kitet skapades).`,
  P12_TOO_MUCH_WORK: (file: string) =>
    `"${file}" kräver orimligt mycket arbete för att öppnas (mycket mer än någon riktig .p12-fil), så den öppnades inte. Exportera certifikatet igen från källan, eller skapa ett nytt certifikat.`,
  IS_CSR: (file: string) =>
    `"${file}" är en certifikatbegäran, inte själva certifikatet. Använd .crt-filen som skapades från den, eller skapa ett nytt certifikat.`,
  NO_CERTIFICATE: () =>
    'Bara en nyckel angavs; certifikatet som hör till den saknas. Lägg till .crt-filen (eller använd .pem- eller .p12-filen).',
  NO_KEY: () =>
    'Bara ett certifikat angavs; dess privata nyckel saknas. Lägg till .key-filen (eller använd .pem- eller .p12-filen).',
  TOO_MANY_CERTIFICATES: () =>
    'Mer än ett certifikat angavs. Ange bara det som du laddade upp till Betfair, med dess nyckel.',
  TOO_MANY_KEYS: () => 'Mer än en privat nyckel angavs. Ange bara nyckeln som hör till ditt certifikat.',
  KEY_MISMATCH: () =>
    'Nyckeln hör inte till det här certifikatet. Använd nyckelfilen som skapades tillsammans med det, eller skapa ett nytt certifikat.',
  NOT_RSA: () =>
    'Det här certifikatet använder en sorts nyckel (inte RSA) som Betfair inte godtar. Skapa ett nytt certifikat med den här appen.',
  RSA_SIZE: (bits: number) =>
    `Den här nyckeln är ${bits} bitar lång; Betfair kräver 2048 bitar. Skapa ett nytt certifikat med den här appen.`,
  RSA_1024: () =>
    'Den här nyckeln är på 1024 bitar: Betfair godtar den fortfarande, men begär nu 2048 bitar. Överväg att skapa ett nytt certifikat.',
  EXPIRED: () => 'Det här certifikatet har gått ut. Skapa ett nytt och ladda upp det till Betfair.',
  NOT_YET_VALID: () =>
    'Certifikatets startdatum ligger i framtiden, så det kan inte användas än. Kontrollera datorns klocka, eller skapa ett nytt.',
  EXPIRES_SOON: () =>
    'Det här certifikatet går ut om mindre än 30 dagar. Skapa snart ett nytt och ladda upp det till Betfair.',
  NO_CLIENT_AUTH: () =>
    'Det här certifikatet får inte användas för att logga in (det är inget klientcertifikat). Skapa ett nytt med den här appen.',
};
