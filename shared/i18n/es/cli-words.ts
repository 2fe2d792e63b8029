/** Las palabras propias de la CLI, donde las de la aplicación hablan de su ventana (ver shared/i18n/en/cli-words.ts). */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

const LOGIN_WORKS = 'Tu certificado, tu nombre de usuario y tu contraseña funcionan.';
const FIX_KEY_FIRST =
  'Hasta que se corrija la clave, Betfair rechazará a tu bot en su primera llamada con INVALID_APP_KEY.';
const USE_LISTED =
  'Elige una de tus propias claves, que aparecen abajo, y vuelve a ejecutar el comando con --app-key KEY.';
const CREATE_KEYS =
  'Vuelve a ejecutar el comando con --create-app-keys NAME para crear tus claves (una con retraso y otra en directo), y después con --app-key KEY y una de ellas.';
const NEW_CERTIFICATE = 'Crea un certificado nuevo con "bot-login generate".';
const OTHER_SITE =
  'Sube el certificado en el sitio donde abriste tu cuenta (para la mayoría es betfair.com) y vuelve a ejecutar el comando con esa --jurisdiction (betfair.com es international).';

export const CLI_KEY_CHECK_TEXT: Messages['CLI_KEY_CHECK_TEXT'] = {
  notYours: {
    explanation: `${LOGIN_WORKS} La clave que has dado con --app-key no es una de las claves de tu cuenta. ${FIX_KEY_FIRST}`,
    whatToDo: `Comprueba que no haya errores de escritura. ${USE_LISTED}`,
  },
  notYoursNoKeys: {
    explanation: `${LOGIN_WORKS} La clave que has dado con --app-key no es una de las claves de tu cuenta: tu cuenta todavía no tiene ninguna. ${FIX_KEY_FIRST}`,
    whatToDo: CREATE_KEYS,
  },
  refused: {
    explanation: `${LOGIN_WORKS} Betfair ha rechazado la clave que has dado con --app-key. ${FIX_KEY_FIRST}`,
    whatToDo: `Comprueba que no haya errores de escritura (la clave no lleva espacios). ${USE_LISTED}`,
  },
  refusedInactiveLive: {
    explanation: `${LOGIN_WORKS} La clave que has dado con --app-key es tu clave en directo, y Betfair la ha rechazado: todavía no está activada.`,
    whatToDo:
      'Por ahora, da con --app-key tu clave con retraso (aparece abajo) y solicita la activación de tu clave en directo en la web para desarrolladores de Betfair.',
  },
  notGivenWithKeys: {
    explanation: `${LOGIN_WORKS} No has dado --app-key, así que la prueba ha buscado las claves de tu cuenta: aparecen abajo.`,
    whatToDo:
      'Elige una para tu bot (la clave con retraso para pruebas y para consultar las cuotas, la clave en directo para apostar) y vuelve a ejecutar el comando con --app-key KEY para que se pueda comprobar.',
  },
  notGivenNoKeys: {
    whatToDo: CREATE_KEYS,
  },
  notGivenNotListed: {
    explanation: `${LOGIN_WORKS} No has dado --app-key, y esta vez no se han podido buscar tus claves.`,
    whatToDo: 'Vuelve a ejecutar el comando con --app-key KEY para que se compruebe tu clave.',
  },
  notChecked: {
    whatToDo:
      'El acceso en sí funciona. Vuelve a ejecutar el comando dentro de unos minutos para que se compruebe la clave.',
  },
};

export const CLI_STATUS_TEXT: Messages['CLI_STATUS_TEXT'] = {
  SPAIN_MIGRATION_REQUIRED:
    'Inicia sesión en betfair.es en tu navegador y sigue allí los pasos para trasladar tu cuenta. Después sube el certificado en betfair.es y vuelve a ejecutar el comando con --jurisdiction es.',
  CERT_AUTH_REQUIRED: (c) =>
    `Abre la página de seguridad en ${c.site}, busca el apartado «Automated Betting Program Access» (acceso de programas de apuestas automáticas) y comprueba que el certificado que aparece allí es el que estás probando (compara su nombre y su fecha de caducidad). Si no lo es, sube allí tu archivo .crt. La subida y la prueba deben usar el mismo sitio de Betfair, así que revisa la --jurisdiction que has dado. Después, vuelve a ejecutar el comando.`,
  EMAIL_LOGIN_NOT_ALLOWED: (c) =>
    `Da tu nombre de usuario de Betfair con --username. Si no lo sabes, inicia sesión en ${c.site} y míralo en los datos de tu cuenta.`,
  TEMPORARY_BAN_TOO_MANY_REQUESTS:
    'Espera 20 minutos: bot-login no enviará otro acceso de prueba hasta entonces. Mientras tanto, asegúrate de que ningún bot ni script siga iniciando sesión con esta cuenta.',
  AUTHORIZED_ONLY_FOR_DOMAIN_RO: (c) =>
    c.jurisdiction === 'ro'
      ? OTHER_SITE
      : 'Betfair dice que esta cuenta pertenece a Betfair Rumanía. Sube el certificado en betfair.ro y vuelve a ejecutar el comando con --jurisdiction ro.',
  AUTHORIZED_ONLY_FOR_DOMAIN_SE: (c) =>
    c.jurisdiction === 'se'
      ? OTHER_SITE
      : 'Betfair dice que esta cuenta pertenece a Betfair Suecia. Sube el certificado en betfair.se y vuelve a ejecutar el comando con --jurisdiction se.',
};

export const CLI_FAULT_TEXT: Messages['CLI_FAULT_TEXT'] = {
  BOT_LOGIN_NOT_AVAILABLE:
    'Haz que tu bot use el acceso interactivo de Betfair. Si no vives en Dinamarca, vuelve a ejecutar el comando con --jurisdiction del país donde abriste tu cuenta de Betfair.',
  APP_KEY_INVALID:
    'Vuelve a copiar la clave de la página de tu cuenta de Betfair que lista tus claves de aplicación (la columna «Application Key»), o quita --app-key.',
  DATA_DIR_UNWRITABLE: `Comprueba que puedes escribir en la carpeta de datos (espacio libre en disco, permisos), o define ${ENV.dataDir} con una carpeta tuya, y vuelve a ejecutar el comando.`,
  LOGIN_FAILED_UNEXPECTEDLY: 'Vuelve a ejecutar el comando. Si sigue pasando, avísanos.',
  INPUT_MISSING: `Da tu nombre de usuario con --username y la contraseña en ${ENV.password} (o escríbela cuando te la pida, en un terminal), y vuelve a ejecutar el comando.`,
};

export const CLI_CERTIFICATE_TEXT: Messages['CLI_CERTIFICATE_TEXT'] = {
  p12PasswordNeeded: (file: string) => `"${file}" está protegido con una contraseña.`,
  notRsa: `Este certificado usa un tipo de clave (no RSA) que Betfair no acepta. ${NEW_CERTIFICATE}`,
  rsaSize: (bits: number) => `Esta clave tiene ${bits} bits; Betfair pide 2048 bits. ${NEW_CERTIFICATE}`,
  noClientAuth: `Este certificado no se puede usar para iniciar sesión (no es un certificado de cliente). ${NEW_CERTIFICATE}`,
  notUsable: 'Estos archivos de certificado no sirven para iniciar sesión. Revísalos con "bot-login inspect FILE...".',
  keyFailed: 'No se ha podido crear una clave nueva. Vuelve a ejecutar el comando; si sigue fallando, avísanos.',
  invalidEmail: 'La dirección de correo no parece correcta. Revísala o quita --email.',
};
