/** Texto de la línea de comandos (análisis de argumentos, generate, inspect) en español. */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

const P12_PASSWORD_ENV = ENV.p12Password;

/** "1 día", "0 días", "7 días": en español solo el 1 va en singular. */
const dayCount = (n: number): string => `${n} ${Math.abs(n) === 1 ? 'día' : 'días'}`;

export const CLI_ARGS_TEXT: Messages['CLI_ARGS_TEXT'] = {
  unknownFlag: (flag: string): string =>
    `Opción desconocida "${flag}". Ejecuta el comando con --help para ver sus opciones.`,
  noValueAllowed: (name: string): string => `La opción --${name} es un indicador y no admite ningún valor.`,
  valueNeeded: (name: string): string => `La opción --${name} necesita un valor a continuación.`,
  givenTwice: (name: string): string => `La opción --${name} aparece más de una vez; indícala solo una vez.`,
  tooFewPositionals: (min: number): string =>
    min === 1
      ? 'Este comando necesita al menos un nombre de archivo.'
      : `Este comando necesita al menos ${min} nombres de archivo.`,
  unexpectedPositional: (arg: string): string =>
    `No se esperaba "${arg}". Ejecuta el comando con --help para ver cómo se usa.`,
  /** El título y el siguiente paso de un error de uso en la salida --json. */
  usageTitle: 'Uso incorrecto',
  usageWhatToDo: (command: string): string => `Ejecuta "bot-login ${command} --help" para ver cómo se usa.`,
  unknownLanguage: (value: string, choices: readonly string[]): string =>
    `El idioma "${value}" no está disponible. Elige uno de estos: ${choices.join(', ')}.`,
  unknownCommand: (name: string): string => `Comando desconocido "${name}".`,
  topHelpStart:
    'Uso: bot-login <comando> [opciones]\n\nConfigura y comprueba el acceso no interactivo (de bots) a Betfair Exchange.\n\nComandos:',
  topHelpEnd:
    'Opciones de todos los comandos:\n' +
    '  --lang LANG   el idioma de los textos: en, it, es, ro o sv (por defecto: según LC_ALL, LC_MESSAGES o LANG)\n' +
    '  --json        muestra un único objeto JSON en lugar de texto\n\n' +
    'Ejecuta "bot-login <comando> --help" para ver las opciones de un comando.',
  unexpected: 'Algo inesperado ha salido mal. Vuelve a intentarlo; si sigue pasando, avísanos.',
};

export const CLI_GENERATE_TEXT: Messages['CLI_GENERATE_TEXT'] = {
  summary: 'Crea una clave y un certificado de cliente nuevos para el acceso de bots de Betfair',
  help: `Uso: bot-login generate --dir DIR [opciones]

Crea en DIR una clave RSA 2048 nueva y un certificado de cliente autofirmado:
  client-2048.crt   el certificado: súbelo a Betfair
  client-2048.key   la clave privada (guárdala en secreto)
  client-2048.pem   certificado y clave en un solo archivo
  client-2048.p12   ambos, protegidos con contraseña (solo si ${P12_PASSWORD_ENV} está definida)

Opciones:
  --dir DIR               carpeta para los archivos (se crea si no existe)
  --common-name NAME      nombre del certificado (por defecto "Betfair bot login")
  --organization TEXT     nombre de la organización (opcional)
  --country CC            código de país de dos letras (opcional)
  --email ADDRESS         correo electrónico (opcional)
  --days N                días de validez del certificado, de 1 a 3650 (por defecto 365)
  --jurisdiction ID       tu sitio de Betfair (international, au, it, es, ro, se), para la
                          dirección de su página de seguridad donde se sube el certificado
  --force                 si ya hay archivos de certificado, los mueve a una carpeta de
                          copia de seguridad con fecha dentro de DIR y crea otros nuevos
  --json                  muestra un único objeto JSON en lugar de texto

La contraseña del .p12 solo se lee de la variable de entorno ${P12_PASSWORD_ENV}.

Códigos de salida: 0 creados, 1 no se han podido crear (se muestra el motivo), 2 uso incorrecto.
`,
  passwordFlag: `No se aceptan contraseñas en la línea de comandos (otros usuarios pueden verlas). Usa ${P12_PASSWORD_ENV} en su lugar.`,
  noDir: 'Indica dónde guardar los archivos con --dir DIR.',
  forceHint:
    'Para sustituirlos, vuelve a ejecutar el comando con --force: los archivos antiguos se mueven a una carpeta de copia de seguridad con fecha dentro de DIR. Si un bot inicia sesión con estos archivos, usa mejor bot-login renew --dir DIR: crea los nuevos junto a ellos, para que el bot siga funcionando.',
  badDays: 'El número de días debe ser un número entero de 1 a 3650.',
  made: (dir: string) => `Se ha creado un certificado nuevo en ${dir}`,
  fileCrt: 'súbelo a Betfair',
  fileKey: 'clave privada: guárdala en secreto',
  filePem: 'certificado y clave en un solo archivo',
  fileP12: 'certificado y clave, protegidos con tu contraseña',
  noP12: `No se ha creado ningún .p12 (define ${P12_PASSWORD_ENV} para obtenerlo).`,
  fingerprint: (fp: string) => `Huella digital SHA-256: ${fp}`,
  validUntil: (date: string, days: number) => `Válido hasta el ${date} (${dayCount(days)}).`,
  backup: (dir: string) => `Los archivos anteriores se han movido a ${dir}`,
  nextStep: (url: string) =>
    `Siguiente paso: sube client-2048.crt en la página de seguridad de tu cuenta de Betfair y luego prueba el acceso:\n  ${url}`,
  otherSites:
    '¿Usas otro sitio de Betfair (betfair.com.au, .it, .es, .ro o .se)? Súbelo en la página de seguridad de ese sitio: añade --jurisdiction ID para ver su dirección.',
  failed: (message: string) => `No se ha podido crear el certificado: ${message}`,
};

export const CLI_INSPECT_TEXT: Messages['CLI_INSPECT_TEXT'] = {
  summary: 'Comprueba archivos de certificado y clave y dice si Betfair puede usarlos',
  help: `Uso: bot-login inspect FILE [FILE...] [--json]

Comprueba archivos de certificado y clave: un .crt/.cer con su .key, un .pem que
contenga ambos, o un .p12/.pfx (su contraseña se lee de la variable de entorno
${P12_PASSWORD_ENV}). Dice si forman una pareja que el acceso de bots de Betfair
puede usar y, si no, por qué.

Opciones:
  --json    muestra un único objeto JSON en lugar de texto

Códigos de salida: 0 se pueden usar, 1 no se pueden usar (se muestran los motivos), 2 uso incorrecto.
`,
  passwordFlag: `No se aceptan contraseñas en la línea de comandos (otros usuarios pueden verlas). Usa ${P12_PASSWORD_ENV} en su lugar.`,
  passwordPrompt: 'Contraseña del archivo .p12: ',
  passwordHint: `Para dar la contraseña del .p12, define la variable de entorno ${P12_PASSWORD_ENV} y vuelve a ejecutar el comando.`,
  certificate: 'Certificado',
  subject: (s: string) => `  Nombre:          ${s}`,
  issuer: (s: string, self: boolean) => `  Emitido por:     ${self ? 'él mismo (autofirmado)' : s}`,
  serial: (s: string) => `  Número de serie: ${s}`,
  fingerprint: (fp: string) => `  SHA-256:         ${fp}`,
  validity: (from: string, to: string, days: number) =>
    `  Validez:         del ${from} al ${to} (${days >= 0 ? `${days === 1 ? 'queda' : 'quedan'} ${dayCount(days)}` : `caducó hace ${dayCount(-days)}`})`,
  keyLine: (type: string, bits: number | null) => `  Clave:           ${type}${bits ? ` ${bits} bits` : ''}`,
  clientAuth: (yes: boolean) => `  Acceso cliente:  ${yes ? 'permitido' : 'NO permitido'}`,
  keyMatches: (m: boolean | null) =>
    m === null
      ? ''
      : m
        ? '  Clave privada:   corresponde al certificado'
        : '  Clave privada:   NO corresponde al certificado',
  usable: 'Utilizable: sí. Betfair puede usar estos archivos para el acceso de bots.',
  notUsable: 'Utilizable: no.',
  error: (message: string) => `  Problema: ${message}`,
  warning: (message: string) => `  Nota: ${message}`,
  failed: (message: string) => `No se han podido comprobar los archivos: ${message}`,
};
