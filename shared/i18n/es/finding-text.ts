/**
 * What a certificate check found wrong with a file, in words (es): one short sentence plus what to do. In the results
 * part: the window loads it with the certificate step, the CLI has it from the start.
 */
import type { Messages } from '../messages.js';

/** Código de hallazgo -> mensaje. Las claves son los códigos estables que ven la interfaz y la CLI. */
export const FINDING_TEXT: Messages['FINDING_TEXT'] = {
  FILE_NOT_FOUND: (file: string) =>
    `No hay ningún archivo llamado "${file}". Revisa el nombre y la carpeta, y vuelve a intentarlo.`,
  IS_FOLDER: (file: string) =>
    `"${file}" es una carpeta, no un archivo. Elige el archivo del certificado o de la clave que hay dentro.`,
  NOT_A_FILE: (file: string) =>
    `"${file}" no es un archivo normal. Elige el propio archivo del certificado o de la clave.`,
  NO_PERMISSION: (file: string) =>
    `Esta app no tiene permiso para leer "${file}". Da permiso de lectura a tu cuenta de usuario o cópialo a una carpeta tuya.`,
  EMPTY_FILE: (file: string) => `"${file}" está vacío. Vuelve a elegir el archivo o crea un certificado nuevo.`,
  FILE_TOO_LARGE: (file: string) =>
    `"${file}" es demasiado grande para ser un certificado o una clave (más de 1 MB). Comprueba que has elegido el archivo correcto.`,
  TRUNCATED: (file: string) =>
    `"${file}" está incompleto: se corta antes del final. Vuelve a copiarlo entero desde su origen o crea un certificado nuevo.`,
  UNREADABLE: (file: string) =>
    `"${file}" no contiene ningún certificado ni clave que esta app pueda leer. Comprueba que has elegido el archivo correcto.`,
  NOT_A_KEY: (file: string) =>
    `"${file}" contiene una clave pública, y eso no basta: hace falta el archivo de la clave privada (normalmente .key).`,
  KEY_ENCRYPTED: (file: string) =>
    `La clave de "${file}" está protegida con contraseña. Usa el archivo de clave sin proteger, o un archivo .p12 junto con su contraseña.`,
  P12_PASSWORD_NEEDED: (file: string) =>
    `"${file}" está protegido con contraseña. Escribe la contraseña que elegiste para él.`,
  P12_WRONG_PASSWORD: (file: string) =>
    `La contraseña no es la de "${file}": no es con la que se protegió este archivo. El certificado puede estar bien: escribe la contraseña de este archivo (para un archivo de un kit para bot, la que elegiste al crear el kit).`,
  P12_TOO_MUCH_WORK: (file: string) =>
    `Abrir "${file}" exige una cantidad de trabajo desproporcionada (mucho más que cualquier archivo .p12 real), así que no se ha abierto. Vuelve a exportar el certificado desde donde lo obtuviste o crea uno nuevo.`,
  IS_CSR: (file: string) =>
    `"${file}" es una solicitud de certificado, no el certificado en sí. Usa el archivo .crt creado a partir de ella o crea un certificado nuevo.`,
  NO_CERTIFICATE: () =>
    'Solo hay una clave; falta el certificado que va con ella. Añade el archivo .crt (o usa el archivo .pem o .p12).',
  NO_KEY: () =>
    'Solo hay un certificado; falta su clave privada. Añade el archivo .key (o usa el archivo .pem o .p12).',
  TOO_MANY_CERTIFICATES: () => 'Hay más de un certificado. Usa solo el que subiste a Betfair, con su clave.',
  TOO_MANY_KEYS: () => 'Hay más de una clave privada. Usa solo la que corresponde a tu certificado.',
  KEY_MISMATCH: () =>
    'La clave no corresponde a este certificado. Usa el archivo de clave que se creó junto con él o crea un certificado nuevo.',
  NOT_RSA: () =>
    'Este certificado usa un tipo de clave (no RSA) que Betfair no acepta. Crea un certificado nuevo con esta app.',
  RSA_SIZE: (bits: number) =>
    `Esta clave tiene ${bits} bits; Betfair pide 2048 bits. Crea un certificado nuevo con esta app.`,
  RSA_1024: () =>
    'Esta clave tiene 1024 bits: Betfair todavía la acepta, pero ahora pide 2048 bits. Te conviene crear un certificado nuevo.',
  EXPIRED: () => 'Este certificado ha caducado. Crea uno nuevo y súbelo a Betfair.',
  NOT_YET_VALID: () =>
    'La fecha de inicio de este certificado está en el futuro, así que todavía no se puede usar. Revisa el reloj de tu ordenador o crea uno nuevo.',
  EXPIRES_SOON: () => 'Este certificado caduca en menos de 30 días. Crea uno nuevo pronto y súbelo a Betfair.',
  NO_CLIENT_AUTH: () =>
    'Este certificado no sirve para iniciar sesión (no es un certificado de cliente). Crea uno nuevo con esta app.',
};
