/**
 * Textos en español de todo lo que detiene un inicio de sesión de prueba antes de que Betfair dé una respuesta
 * válida: fallos de red y TLS, la negativa danesa, el limitador de intentos de la propia app y problemas con los
 * archivos del certificado.
 */
import type { FaultDetail } from '../../codes.js';
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

const theServer = (d: FaultDetail): string => (d.host ? d.host : 'el servidor de acceso de Betfair');
/** Igual que theServer, pero al principio de una frase. */
const TheServer = (d: FaultDetail): string => (d.host ? d.host : 'El servidor de acceso de Betfair');
const seconds = (n: number): string => `${n} segundo${n === 1 ? '' : 's'}`;
const NOTHING_SENT = 'Tu contraseña no se ha enviado.';
const INTERCEPT =
  'La causa habitual es un proxy, un antivirus que analiza las conexiones seguras o un cortafuegos de empresa situado entre tu ordenador y Betfair.';

export const FAULT_TEXT: Messages['FAULT_TEXT'] = {
  DNS_NOT_FOUND: {
    title: 'No se encuentra el servidor de acceso de Betfair',
    meaning: (d) => `Tu ordenador no ha podido encontrar la dirección de ${theServer(d)}. ${NOTHING_SENT}`,
    whatToDo: () =>
      'Comprueba que tienes conexión (abre cualquier web). Si la tienes, espera un minuto y vuelve a intentarlo; en una red del trabajo o pública, pregunta a quien la gestiona si Betfair está bloqueado.',
  },
  CONNECTION_REFUSED: {
    title: 'Se ha rechazado la conexión',
    meaning: (d) => `${TheServer(d)} ha rechazado la conexión. ${NOTHING_SENT}`,
    whatToDo: () =>
      'Revisa tu conexión a internet y el cortafuegos de este ordenador. También puede que Betfair no esté disponible un momento: vuelve a intentarlo en unos minutos.',
  },
  CONNECTION_RESET: {
    title: 'Se ha cortado la conexión',
    meaning: (d) =>
      `La conexión con ${theServer(d)} se ha cortado antes de recibir respuesta. Puede deberse a un cortafuegos, un proxy, un antivirus o una red inestable.`,
    whatToDo: () =>
      'Vuelve a intentarlo. Si vuelve a pasar, prueba con otra red o desactiva durante la prueba la protección web de tu antivirus.',
  },
  TIMEOUT: {
    title: 'No ha llegado respuesta a tiempo',
    meaning: (d) =>
      `${TheServer(d)} no ha respondido en ${seconds(d.seconds ?? 30)}. Puede que la red sea lenta o que esté bloqueando la conexión.`,
    whatToDo: () => 'Revisa tu conexión a internet y vuelve a intentarlo en unos minutos.',
  },
  SERVER_CERT_UNTRUSTED: {
    title: 'La conexión no es de confianza',
    meaning: (d) =>
      `El servidor que ha respondido en nombre de ${theServer(d)} no ha podido demostrar que es Betfair: su certificado no es de una autoridad en la que confíe tu ordenador. ${INTERCEPT} ${NOTHING_SENT}`,
    whatToDo: () =>
      'Desactiva en tu antivirus el «análisis HTTPS» (a veces llamado «escudo web» o «inspección SSL») durante esta prueba, o prueba desde otra red. Tampoco ignores este aviso en otros programas.',
  },
  SERVER_CERT_WRONG_HOST: {
    title: 'La conexión ha llegado al servidor equivocado',
    meaning: (d) =>
      `El servidor que ha respondido tiene un certificado para un nombre distinto de ${theServer(d)}. ${INTERCEPT} ${NOTHING_SENT}`,
    whatToDo: () =>
      'Desactiva en tu antivirus el «análisis HTTPS» durante esta prueba, o prueba desde otra red. Si usas un archivo hosts o un DNS personalizados, revísalos.',
  },
  CLIENT_CERT_REJECTED: {
    title: 'Tu certificado se ha rechazado al conectar',
    meaning: (d) =>
      `El servidor ha rechazado tu certificado al establecer la conexión segura${d.tlsAlert ? ` (ha dicho "${d.tlsAlert}")` : ''}, así que no se ha podido comprobar el acceso.`,
    whatToDo: () =>
      'Revisa el certificado con "bot-login inspect" (debe ser un certificado RSA de cliente, sin caducar y con su clave correspondiente). Si tienes dudas, crea uno nuevo, súbelo a tu cuenta de Betfair y vuelve a probar.',
  },
  PROXY: {
    title: 'Puede que un proxy esté en medio',
    meaning: (d) =>
      `Este ordenador está configurado para usar un proxy${d.proxy ? ` (${d.proxy})` : ''}, pero esta app se conecta directamente a Betfair, y la conexión directa ha fallado${d.cause ? `: ${d.cause}` : ''}.`,
    whatToDo: () =>
      'Haz la prueba desde una red que permita conexiones directas, o pide a quien gestiona tu red que permita el acceso directo a los servidores de acceso de Betfair (puerto 443).',
  },
  UNEXPECTED_ANSWER: {
    title: 'Respuesta inesperada del servidor',
    meaning: (d) => {
      const parts = [d.httpStatus !== undefined ? `estado HTTP ${d.httpStatus}` : '', d.reason ?? ''].filter((p) => p);
      return `El servidor ha respondido, pero no con ${d.expected ?? 'una respuesta de inicio de sesión'}${parts.length ? ` (${parts.join(': ')})` : ''}.`;
    },
    whatToDo: () =>
      'Puede que Betfair tenga un problema: espera unos minutos y vuelve a intentarlo. En una red del trabajo, puede que un proxy esté respondiendo en lugar de Betfair.',
  },
  BOT_LOGIN_NOT_AVAILABLE: {
    title: 'El acceso de bots no está disponible en Dinamarca',
    meaning: () =>
      'Betfair no ofrece el acceso con certificado (para bots) a los residentes en Dinamarca: las cuentas danesas deben usar el inicio de sesión interactivo. No se ha enviado ninguna solicitud.',
    whatToDo: () =>
      'Haz que tu programa use el inicio de sesión interactivo de Betfair. Si no vives en Dinamarca, elige el país en el que abriste tu cuenta de Betfair.',
  },
  GUARD_RATE_LIMITED: {
    title: 'Demasiadas pruebas en un minuto',
    meaning: (d) =>
      `Para mantener tu cuenta lejos de los límites de acceso de Betfair, esta app envía como máximo ${d.limit ?? 5} accesos de prueba por minuto. No se ha enviado nada.`,
    whatToDo: (d) => `Espera ${seconds(d.secondsLeft ?? 60)} y vuelve a intentarlo.`,
  },
  GUARD_BANNED: {
    title: 'En pausa: Betfair ha bloqueado los accesos durante 20 minutos',
    meaning: () =>
      'Betfair ha respondido que se han hecho demasiados accesos y rechaza los nuevos durante 20 minutos. Hasta entonces, esta app no envía ningún acceso de prueba. No se ha enviado nada.',
    whatToDo: (d) =>
      `Espera alrededor de ${d.minutesLeft ?? 20} minuto${d.minutesLeft === 1 ? '' : 's'} más y asegúrate de que mientras tanto ningún bot inicie sesión con esta cuenta.`,
  },
  GUARD_PASSWORD_CHECK: {
    title: 'Dos contraseñas incorrectas seguidas: compruébala antes',
    meaning: () =>
      'Betfair no aceptó el usuario y la contraseña dos veces seguidas, y más intentos fallidos pueden bloquear la cuenta. Esta vez no se ha enviado nada.',
    whatToDo: (d) =>
      `Entra en la web de Betfair desde el navegador para comprobar tu usuario y contraseña (o restablece la contraseña). Luego espera ${d.secondsLeft ?? 30} segundo${d.secondsLeft === 1 ? '' : 's'} y vuelve a probar; en la app, pulsa "Ya la he comprobado, probar de nuevo".`,
  },
  GUARD_BUSY: {
    title: 'Se está registrando otro acceso de prueba',
    meaning: () =>
      'Otra copia de esta app o de bot-login estaba actualizando durante demasiado tiempo el registro de accesos de prueba recientes, así que esta prueba se ha detenido. No se ha enviado nada.',
    whatToDo: () => 'Vuelve a intentarlo en unos segundos.',
  },
  NETWORK_ERROR: {
    title: 'No se ha podido conectar con Betfair',
    meaning: (d) => `La conexión con ${theServer(d)} ha fallado.`,
    whatToDo: () => 'Revisa tu conexión a internet y vuelve a intentarlo en unos minutos.',
  },
  TLS_ERROR: {
    title: 'La conexión segura ha fallado',
    meaning: (d) => `No se ha podido establecer la conexión segura con ${theServer(d)}. ${INTERCEPT}`,
    whatToDo: () =>
      'Vuelve a intentarlo desde otra red, o desactiva durante la prueba el análisis HTTPS de tu antivirus.',
  },
  CERTIFICATE_PROBLEM: {
    title: 'No se han podido usar tus archivos de certificado',
    meaning: () =>
      'Los archivos del certificado o de la clave para el acceso no se han podido leer o no encajan entre sí.',
    whatToDo: () =>
      'Revisa los archivos con "bot-login inspect", o crea un certificado nuevo, súbelo y vuelve a probar.',
  },
  DATA_DIR_UNWRITABLE: {
    title: 'No se ha podido guardar el contador de accesos',
    meaning: () =>
      'Esta app lleva un pequeño registro de los accesos de prueba recientes para no superar nunca los límites de Betfair, y no ha podido guardarlo. No se ha enviado nada.',
    whatToDo: () =>
      'Comprueba que la app puede escribir en su carpeta de datos (espacio libre en el disco, permisos) y vuelve a intentarlo.',
  },
  DATA_DIR_SHARED: {
    title: 'La carpeta de datos no es solo tuya',
    meaning: () =>
      `La carpeta indicada en ${ENV.dataDir} pertenece a otro usuario, o cualquiera en este ordenador puede cambiar lo que contiene, así que la app no guarda nada allí y no ha probado el acceso. No se ha enviado nada y la carpeta sigue como estaba.`,
    whatToDo: () =>
      `Define ${ENV.dataDir} con una carpeta en la que solo tú puedas escribir (o quita el ajuste) y vuelve a intentarlo.`,
  },
  TEST_ENDPOINT_INVALID: {
    title: 'La configuración del servidor de pruebas no sirve',
    meaning: () =>
      `${ENV.ssoOrigin} debe ser una dirección https (como https://127.0.0.1:8443), y ${ENV.ssoCa} un archivo de certificado PEM legible que vaya con ella (solo se confía en él para esa dirección de pruebas, así que por sí solo no hace nada).`,
    whatToDo: () => 'Corrige o quita estos ajustes (son solo para pruebas) y vuelve a intentarlo.',
  },
  APP_KEY_INVALID: {
    title: 'Revisa la clave de aplicación',
    meaning: () =>
      "Una clave de aplicación se compone de letras y cifras (y quizá '-' o '_'), sin espacios, saltos de línea, letras con tilde ni otros signos, y tiene como máximo 256 caracteres. No se ha enviado nada.",
    whatToDo: () =>
      'Vuelve a copiar la clave desde la página de tu cuenta de Betfair que muestra tus claves de aplicación (la columna «Application Key»), o déjala vacía.',
  },
  TEST_ENDPOINT_NOT_LOCAL: {
    title: 'El servidor de pruebas debe estar en este ordenador',
    meaning: () =>
      `${ENV.ssoOrigin} envía el acceso de prueba a un lugar distinto de este ordenador (solo se permiten 127.0.0.1, ::1 o localhost), así que el acceso se ha rechazado antes de leer tu contraseña o de enviar nada.`,
    whatToDo: () =>
      `Quita ${ENV.ssoOrigin} y ${ENV.ssoCa} del entorno (son solo para pruebas). Si no los has puesto tú, lo ha hecho otra cosa en este ordenador: averigua qué.`,
  },
  LOGIN_FAILED_UNEXPECTEDLY: {
    title: 'El acceso de prueba se ha detenido de forma inesperada',
    meaning: () => 'Algo inesperado ha fallado en esta app durante el acceso de prueba.',
    whatToDo: () => 'Vuelve a intentarlo. Si sigue pasando, reinicia la app; si eso no ayuda, informa del problema.',
  },
  INPUT_MISSING: {
    title: 'Falta algo',
    meaning: () => 'Para un acceso de prueba hacen falta el nombre de usuario y la contraseña.',
    whatToDo: () => 'Rellena el campo que falta y vuelve a intentarlo.',
  },
};

/** Palabras para el `reason` de UNEXPECTED_ANSWER. */
export const UNEXPECTED_REASONS: Messages['UNEXPECTED_REASONS'] = {
  notJson: 'la respuesta no tenía el formato esperado',
  empty: 'la respuesta estaba vacía',
  tooLarge: 'la respuesta era mucho más grande que una respuesta de inicio de sesión',
  noStatus: 'la respuesta no incluía ningún estado de inicio de sesión',
  oddStatus: 'el estado de inicio de sesión de la respuesta no es uno de los que usa Betfair',
  oddToken: 'el token de sesión de la respuesta tenía caracteres que ningún token de sesión tiene',
  httpError: 'el servidor ha indicado un error',
};

/** Palabras para el `cause` de un fallo PROXY. */
export const PROXY_CAUSES: Messages['PROXY_CAUSES'] = {
  DNS_NOT_FOUND: 'no se ha podido encontrar el nombre del servidor',
  CONNECTION_REFUSED: 'se ha rechazado la conexión',
  CONNECTION_RESET: 'se ha cortado la conexión',
  TIMEOUT: 'no ha llegado respuesta a tiempo',
};

/** Títulos para un código de fallo que todavía no tiene texto. */
export const UNKNOWN_FAULT_TEXT: Messages['UNKNOWN_FAULT_TEXT'] = {
  title: 'No se ha podido completar el acceso de prueba',
  meaning: (code: string): string => `Algo ha fallado antes de que Betfair pudiera responder (código ${code}).`,
  whatToDo: 'Vuelve a intentarlo en unos minutos. Si sigue pasando, informa del código que se muestra aquí.',
};

/** Títulos de los errores de archivos del motor de certificados (su mensaje dice qué ha pasado). */
/** What to do when a .p12 file's password is missing or wrong: that file's password, nothing else. */
export const CREDENTIAL_PASSWORD_WHAT_TO_DO: Messages['CREDENTIAL_PASSWORD_WHAT_TO_DO'] =
  'Vuelve a escribir la contraseña de ese archivo .p12, tal como se eligió (para un archivo de un kit para bot, la que elegiste al crear el kit). Para esto no hace falta crear de nuevo el certificado.';

export const CREDENTIAL_FAULT_TITLES: Messages['CREDENTIAL_FAULT_TITLES'] = {
  FILE_NOT_FOUND: 'Falta un archivo del certificado',
  P12_PASSWORD_NEEDED: 'El archivo .p12 necesita su contraseña',
  P12_WRONG_PASSWORD: 'Contraseña incorrecta para el archivo .p12',
  P12_TOO_MUCH_WORK: 'Abrir el archivo .p12 exige demasiado trabajo',
  KEY_MISMATCH: 'La clave no corresponde al certificado',
  EXPIRED: 'El certificado ha caducado',
  NOT_YET_VALID: 'El certificado todavía no es válido',
  NO_KEY: 'Falta la clave privada',
  NO_CERTIFICATE: 'Falta el certificado',
  KEY_ENCRYPTED: 'La clave privada está protegida con contraseña',
  NO_PERMISSION: 'No se ha podido abrir un archivo del certificado',
  UNREADABLE: 'No se ha podido leer un archivo del certificado',
  NO_CLIENT_AUTH: 'El certificado no está hecho para iniciar sesión',
};
