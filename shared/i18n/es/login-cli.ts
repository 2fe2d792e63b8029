/** Texto del comando `bot-login login` en español. */
import { JURISDICTION_IDS } from '../../jurisdictions.js';
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';
import { KEY_KINDS_TEXT } from './app-keys.js';

const PASSWORD_ENV = ENV.password;
const LOGIN_P12_PASSWORD_ENV = ENV.p12Password;

const NO_ARGV_PASSWORD = `No se aceptan contraseñas en la línea de comandos (otros usuarios de este ordenador pueden verlas). Define ${PASSWORD_ENV} (y ${LOGIN_P12_PASSWORD_ENV} para un archivo .p12), o ejecuta el comando en un terminal para que te la pida.`;

export const CLI_LOGIN_TEXT: Messages['CLI_LOGIN_TEXT'] = {
  summary: 'Prueba el acceso de bots de Betfair con tu certificado y explica la respuesta',
  help: `Uso: bot-login login --jurisdiction ID (--cert FILE --key FILE | --pem FILE | --p12 FILE)
                     --username NAME [--app-key KEY] [--create-app-keys NAME]
                     [--keep-session] [--json]

Hace un único intento de acceso de prueba con tu certificado de cliente en el servicio
de acceso con certificado de Betfair de tu jurisdicción, y explica con palabras sencillas
qué significa la respuesta y qué hacer a continuación. Si el acceso funciona, en la misma
sesión también muestra las claves de aplicación de tu cuenta y, con --app-key, comprueba
que Betfair acepta esa clave (un bot necesita las cuatro cosas: certificado, nombre de
usuario, contraseña y clave de aplicación). Si la prueba sale bien, la sesión se cierra al
terminar, salvo que se indique --keep-session.

Cada cuenta de Betfair puede tener dos claves de aplicación:
  ${KEY_KINDS_TEXT.delayed}
  ${KEY_KINDS_TEXT.live}

Opciones:
  --jurisdiction ID   dónde está tu cuenta de Betfair: ${JURISDICTION_IDS.join(', ')}
                      (international = betfair.com; dk no puede usar el acceso de bots)
  --cert FILE         el certificado (.crt), junto con --key FILE (la clave privada)
  --pem FILE          un archivo que contiene el certificado y la clave
  --p12 FILE          un archivo .p12/.pfx; su contraseña se toma de ${LOGIN_P12_PASSWORD_ENV}
  --username NAME     tu nombre de usuario de Betfair
  --app-key KEY       la clave de aplicación que usará tu bot (opcional: sin ella,
                      la prueba muestra tus claves para que elijas una)
  --create-app-keys NAME
                      si tu cuenta todavía no tiene claves de aplicación, las crea
                      con este nombre (no puede contener tu nombre de usuario)
  --keep-session      no cierra la sesión de prueba; muestra su token de sesión
  --json              muestra un único objeto JSON en lugar de texto; además de la
                      respuesta del acceso, incluye "appKeys" (cada una {appName,
                      applicationKey, version, delayed, active}), "appKeyCheck" ({status,
                      delayed?, active?, code?, title, explanation, whatToDo}; status es
                      valid, not-yours, refused, not-given o not-checked) y, con
                      --create-app-keys, "appKeysCreation"; "verdict" es el resultado
                      global (works, works-no-stream, delayed-key, key-inactive,
                      choose-key, create-keys, key-not-yours, key-refused,
                      key-not-checked, login-failed...), "title" y "whatToDo" lo dicen
                      con palabras; "ok" es true exactamente cuando el código de salida
                      es 0

La contraseña de Betfair se lee de la variable de entorno ${PASSWORD_ENV}, o se pide
(sin mostrarla) al ejecutarlo en un terminal. Nunca se acepta en la línea de comandos.
Se envían como máximo 5 accesos de prueba por minuto, y ninguno durante 20 minutos
después de que Betfair indique demasiados accesos (esto se recuerda en la carpeta de
datos de la app).

Códigos de salida: 0 tu bot puede iniciar sesión y apostar (una clave en directo que
Betfair ha activado); 1 Betfair ha respondido con un fallo; 2 uso incorrecto o datos que no
se pueden usar; 3 sin respuesta válida (red, conexión segura, tiempo agotado, respuesta
inesperada; también si el acceso funciona pero no se ha podido comprobar la clave);
4 prueba no enviada para proteger tu cuenta (demasiadas pruebas, la breve espera tras dos contraseñas incorrectas seguidas, o la pausa de 20 minutos
de Betfair); 5 el acceso funciona, pero tu bot aún no puede apostar con la clave (no se
indicó ninguna, aún no tienes claves, la clave con retraso, una clave en directo aún no
activa, una clave que Betfair rechaza o que no es tuya).
`,
  passwordFlag: NO_ARGV_PASSWORD,
  needJurisdiction: `Indica dónde está tu cuenta de Betfair con --jurisdiction (${JURISDICTION_IDS.join(', ')}).`,
  badJurisdiction: (value: string): string =>
    `"${value}" no es una jurisdicción que conozca esta herramienta. Usa una de estas: ${JURISDICTION_IDS.join(', ')}.`,
  needCertificate: 'Indica qué certificado usar: --cert FILE con --key FILE, o --pem FILE, o --p12 FILE.',
  oneCertificate: 'Indica un solo certificado: --cert con --key, o --pem, o --p12.',
  certNeedsKey: 'La opción --cert también necesita --key FILE (la clave privada que corresponde al certificado).',
  keyNeedsCert: 'La opción --key también necesita --cert FILE (el certificado al que corresponde la clave).',
  keysHeading: 'Tus claves de aplicación:',
  keyLine: (key: string, kind: string, appName: string, version: string): string =>
    `  ${key}  ${kind}  (aplicación "${appName}", versión ${version})`,
  noKeys:
    'Tu cuenta todavía no tiene claves de aplicación. Créalas con --create-app-keys NAME, por ejemplo --create-app-keys "Mi bot de apuestas".',
  keyKinds: `${KEY_KINDS_TEXT.delayed} ${KEY_KINDS_TEXT.live}`,
  keysNotCreated: (title: string, code: string): string =>
    `No se han creado tus claves de aplicación: ${title} (${code})`,
  needUsername: 'Indica tu nombre de usuario de Betfair con --username.',
  needPassword: `Falta la contraseña: pásala por la entrada estándar con --password-stdin, define ${PASSWORD_ENV}, o ejecuta el comando en un terminal para que te la pida.`,
  passwordPrompt: (username: string): string => `Contraseña de Betfair para ${username}: `,
  p12Prompt: 'Contraseña del archivo .p12: ',
  testEndpoint: (origin: string | null): string =>
    `Se usa un servidor de pruebas${origin ? ` (${origin})` : ''}, no los servidores de acceso reales de Betfair.`,
  successHeading: (title: string): string => `SUCCESS: ${title}`,
  statusHeading: (status: string, title: string): string => `Betfair ha respondido ${status}: ${title}`,
  faultHeading: (title: string, code: string): string =>
    `No se ha podido completar el acceso de prueba: ${title} (${code})`,
  whatToDo: (text: string): string => `Qué hacer: ${text}`,
  action: (label: string, url: string): string => `${label}: ${url}`,
  loggedOut: 'Se ha cerrado la sesión de prueba.',
  notLoggedOut: 'No se ha podido cerrar la sesión de prueba; terminará sola al cabo de un rato.',
  keptSession: 'La sesión de prueba se ha dejado abierta (--keep-session).',
  sessionToken: (token: string): string => `Token de sesión: ${token}`,
  retryAt: (when: string): string => `Próxima prueba permitida: ${when}`,
};
