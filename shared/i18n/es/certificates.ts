/**
 * Textos del motor de certificados en español: qué falla en un archivo (hallazgos) y por qué no se ha
 * podido crear un certificado. Cada mensaje es una frase corta más lo que hay que hacer.
 */
import type { Messages } from '../messages.js';

/** Errores al crear un certificado (fallos de Result). */
export const GENERATE_TEXT: Messages['GENERATE_TEXT'] = {
  invalidDays: (min: number, max: number) => `El número de días debe ser un número entero de ${min} a ${max}.`,
  invalidCommonName: () => 'El nombre del certificado debe tener entre 1 y 64 caracteres.',
  invalidField: (label: string) =>
    `El campo «${label}» debe tener como máximo 64 caracteres y no puede contener saltos de línea.`,
  fieldLabels: {
    organization: 'organización',
    organizationalUnit: 'departamento',
    state: 'provincia o región',
    locality: 'ciudad o localidad',
  },
  invalidCountry: () => 'El país debe ser un código de dos letras, como ES, GB o AU.',
  invalidEmail: () => 'La dirección de correo electrónico no parece correcta. Déjala vacía o revísala.',
  noDir: () => 'Elige una carpeta para los archivos del certificado.',
  notAFolder: (dir: string) =>
    `"${dir}" es un archivo, no una carpeta. Elige una carpeta para los archivos del certificado.`,
  dirNotWritable: (dir: string) =>
    `Esta app no puede escribir en "${dir}". Elige una carpeta entre tus propios archivos o date permiso de escritura en ella.`,
  diskFull: () =>
    'El disco está lleno, así que no se han podido guardar los archivos. Libera espacio y vuelve a intentarlo.',
  filesExist: (names: readonly string[]) =>
    `Esta carpeta ya tiene archivos de certificado (${names.join(', ')}). Solo se sustituirán si tú lo confirmas (y entonces los antiguos se guardan en una carpeta de copia de seguridad); si no, elige otra carpeta.`,
  writeFailed: () => 'No se han podido guardar los archivos del certificado. Vuelve a intentarlo o elige otra carpeta.',
  keyFailed: () => 'No se ha podido crear una clave nueva. Vuelve a intentarlo; si sigue fallando, reinicia la app.',
};

export const GENERATE_TITLES: Messages['GENERATE_TITLES'] = {
  FILES_EXIST: 'Ya hay archivos de certificado',
  INVALID_DAYS: 'Revisa el número de días',
  INVALID_SUBJECT: 'Revisa los datos del certificado',
  DIR_NOT_WRITABLE: 'No se puede guardar en esta carpeta',
};

/** Errores al cargar un certificado y su clave para iniciar sesión. */
export const CREDENTIAL_TEXT: Messages['CREDENTIAL_TEXT'] = {
  notUsable: () => 'Estos archivos de certificado no sirven para iniciar sesión. Revísalos en el paso del certificado.',
  noPaths: () => 'Primero elige los archivos del certificado y de la clave.',
  checkFailed: () =>
    'No se han podido comprobar estos archivos. Vuelve a elegirlos; si sigue pasando, crea un certificado nuevo.',
};
