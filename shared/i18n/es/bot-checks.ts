/**
 * Plain-Spanish texts for the two checks "Test my login" runs on the test session after the key check: streaming
 * (Exchange Stream API) and keeping the session alive (keepAlive).
 */
import type { Messages } from '../messages.js';

const SUPPORT = 'el soporte para desarrolladores de Betfair (support.developer.betfair.com)';
const RETRY =
  'Vuelve a probar dentro de un minuto; si sigue pasando, mira la página de estado de las API de Betfair (status.developer.betfair.com).';

export const STREAM_CHECK_TEXT: Messages['STREAM_CHECK_TEXT'] = {
  allowed: {
    title: 'Tu clave puede usar el streaming',
    meaning:
      'La Exchange Stream API aceptó tu clave de aplicación y la sesión de prueba: tu bot puede recibir cuotas y órdenes a medida que cambian.',
    whatToDo: 'Aquí no tienes que hacer nada.',
  },
  skipped: {
    title: 'No comprobado esta vez',
    meaning:
      'Esta prueba omitió la comprobación de la Exchange Stream API (--no-stream), así que no se sabe si tu clave puede usar el streaming.',
    whatToDo: 'Vuelve a probar sin --no-stream para saberlo.',
  },
  notChecked: {
    title: 'Streaming sin comprobar',
    meaning:
      'El streaming solo se prueba con una clave de aplicación que pasó la comprobación, y solo si no pediste saltarlo.',
    whatToDo:
      'Arregla primero la clave de aplicación (mira arriba) y vuelve a probar para saber si puede hacer streaming.',
  },
  NOT_AUTHORIZED: {
    title: 'Tu clave todavía no puede hacer streaming',
    meaning:
      'Betfair respondió NOT_AUTHORIZED: tu clave de aplicación sirve para iniciar sesión y apostar, pero no está habilitada para la Exchange Stream API. Los bots que leen cuotas por streaming (betfairlightweight, flumine y casi todos los demás) se quedan aquí.',
    whatToDo: (appKey: string, username: string) =>
      `Pide a ${SUPPORT} que habilite el streaming. Escribe desde el correo de tu cuenta de Betfair, indica tu clave de aplicación (${appKey}) y tu nombre de usuario de Betfair (${username}) y pide, en inglés: "please enable the Exchange Stream API for this application key". Vuelve a probar cuando te respondan.`,
  },
  NO_APP_KEY: {
    title: 'Al streaming no le llegó la clave de aplicación',
    meaning: 'Betfair respondió NO_APP_KEY: la petición de streaming llegó sin clave de aplicación.',
    whatToDo: 'Escribe tu clave de aplicación en su campo y vuelve a probar.',
  },
  INVALID_APP_KEY: {
    title: 'El streaming rechazó la clave de aplicación',
    meaning:
      'Betfair respondió INVALID_APP_KEY en el streaming, aunque la comprobación de la clave fue bien: quizá la clave se cambió o desactivó justo ahora.',
    whatToDo:
      'Compara la clave con la lista de tus claves y vuelve a probar; si sigue igual, pregunta al soporte para desarrolladores de Betfair.',
  },
  NO_SESSION: {
    title: 'Al streaming no le llegó la sesión',
    meaning: 'Betfair respondió NO_SESSION: la petición de streaming llegó sin token de sesión.',
    whatToDo: RETRY,
  },
  INVALID_SESSION_INFORMATION: {
    title: 'El streaming no aceptó la sesión',
    meaning:
      'Betfair respondió INVALID_SESSION_INFORMATION: la sesión había caducado o se había cerrado antes de que el streaming la viera. Un bot se encuentra con esto cuando no mantiene viva su sesión.',
    whatToDo:
      'Vuelve a probar. En tu bot, llama a keepAlive con regularidad y vuelve a iniciar sesión cuando la sesión haya caducado.',
  },
  MAX_CONNECTION_LIMIT_EXCEEDED: {
    title: 'Demasiadas conexiones de streaming',
    meaning:
      'Betfair respondió MAX_CONNECTION_LIMIT_EXCEEDED: tu cuenta ya tiene abiertas todas las conexiones de streaming que puede tener.',
    whatToDo:
      'Cierra los programas o bots que hacen streaming con esta clave (o espera a que se cierren sus conexiones) y vuelve a probar.',
  },
  MAX_CONNECTION_LIMIT_EXCEEDED_NONE_LEFT: {
    title: 'Otro programa ocupa todas tus conexiones de streaming',
    meaning:
      'Betfair respondió MAX_CONNECTION_LIMIT_EXCEEDED sin conexiones libres: otro programa (un bot que sigue en marcha, o uno que no cerró sus conexiones) ocupa todas las conexiones de streaming de tu cuenta.',
    whatToDo: 'Para los otros bots o programas que hacen streaming con tu cuenta, espera un minuto y vuelve a probar.',
  },
  TOO_MANY_REQUESTS: {
    title: 'Demasiadas peticiones de streaming',
    meaning: 'Betfair respondió TOO_MANY_REQUESTS: tu cuenta abrió demasiadas conexiones de streaming en poco tiempo.',
    whatToDo: 'Espera unos minutos antes de volver a probar y haz que tu bot se reconecte con menos frecuencia.',
  },
  TIMEOUT: {
    title: 'El streaming agotó el tiempo',
    meaning: 'Betfair respondió TIMEOUT: la conexión de streaming se cerró porque esperó demasiado una petición.',
    whatToDo: RETRY,
  },
  UNEXPECTED_ERROR: {
    title: 'El streaming tuvo un error inesperado',
    meaning: 'Betfair respondió UNEXPECTED_ERROR: algo falló del lado de Betfair.',
    whatToDo: RETRY,
  },
  unknownCode: {
    title: 'El streaming rechazó la conexión',
    meaning: (code: string) =>
      `Betfair respondió con un código que esta app no conoce (${code}): el streaming no aceptó tu clave y tu sesión.`,
    whatToDo: `Vuelve a probar más tarde; si sigue así, pregunta a ${SUPPORT} qué significa el código.`,
  },
};

export const STREAM_FAULT_TEXT: Messages['STREAM_FAULT_TEXT'] = {
  TIMEOUT: {
    title: 'El streaming no respondió',
    meaning: (host: string) => `La Exchange Stream API en ${host} no respondió a tiempo.`,
  },
  UNEXPECTED_ANSWER: {
    title: 'El streaming respondió otra cosa',
    meaning: (host: string) =>
      `Lo que llegó de ${host} no es el protocolo de la Exchange Stream API (o es demasiado largo). Puede que un proxy o un filtro de tu red esté en medio.`,
  },
  CLOSED_EARLY: {
    title: 'El streaming cerró la conexión',
    meaning: (host: string) => `${host} cerró la conexión antes de decir si tu clave puede hacer streaming.`,
  },
  SERVER_CERT_UNTRUSTED: {
    title: 'El servidor de streaming no es de confianza',
    meaning: (host: string) =>
      `El certificado de ${host} no es uno en el que este ordenador confíe, así que no se envió nada. Algo en tu red podría estar interceptando las conexiones seguras.`,
  },
  CONNECTION_REFUSED: {
    title: 'El streaming rechazó la conexión',
    meaning: (host: string) => `Nadie aceptó la conexión en ${host}.`,
  },
  other: {
    title: 'No se pudo llegar al streaming',
    meaning: (host: string) => `La conexión con ${host} falló, así que no se pudo comprobar el streaming.`,
  },
  whatToDo:
    'Tu inicio de sesión funciona. Comprueba que tu red permite conexiones a stream-api.betfair.com en el puerto 443 (los cortafuegos y proxies a veces las bloquean) y vuelve a probar.',
};

export const KEEP_ALIVE_TEXT: Messages['KEEP_ALIVE_TEXT'] = {
  kept: {
    title: 'Tu sesión puede mantenerse viva',
    meaning:
      'Betfair aceptó keepAlive en la sesión de prueba: un bot puede mantener una sola sesión en vez de iniciar sesión una y otra vez.',
    whatToDo:
      'En tu bot, llama a keepAlive cada pocas horas (los ejemplos de código muestran cómo) y vuelve a iniciar sesión solo cuando la sesión haya caducado.',
  },
  notChecked: {
    title: 'Mantener la sesión sin comprobar',
    meaning: 'En esta prueba no se llamó a keepAlive.',
    whatToDo: 'Aquí no tienes que hacer nada.',
  },
  NO_SESSION: {
    title: 'keepAlive no encontró la sesión',
    meaning: 'Betfair respondió NO_SESSION: cuando llegó keepAlive la sesión ya no estaba.',
    whatToDo:
      'Vuelve a probar. En tu bot, vuelve a iniciar sesión cada vez que keepAlive o una llamada responda NO_SESSION.',
  },
  INPUT_VALIDATION_ERROR: {
    title: 'keepAlive rechazó la petición',
    meaning:
      'Betfair respondió INPUT_VALIDATION_ERROR: faltaba el token de sesión o la clave de aplicación, o no tenían la forma correcta.',
    whatToDo: 'Comprueba que la clave de aplicación no tenga espacios de más y vuelve a probar.',
  },
  INTERNAL_ERROR: {
    title: 'keepAlive tuvo un error en Betfair',
    meaning: 'Betfair respondió INTERNAL_ERROR: algo falló del lado de Betfair.',
    whatToDo: RETRY,
  },
  unknown: {
    title: 'keepAlive no funcionó',
    meaning: (code: string) => `keepAlive no dio una respuesta utilizable (${code}).`,
    whatToDo: RETRY,
  },
};

export const BOT_CHECKS_UI: Messages['BOT_CHECKS_UI'] = {
  heading: 'Qué más necesita tu bot',
  stream: 'Streaming',
  keepAlive: 'Mantener la sesión',
  host: (host: string) => `Exchange Stream API: ${host}`,
  requestHeading: 'Qué escribir al soporte para desarrolladores (en inglés)',
  supportAction: 'Abrir el soporte para desarrolladores de Betfair',
  yourKey: 'tu clave de aplicación',
  yourUsername: 'tu nombre de usuario de Betfair',
};

export const BOT_CHECKS_CLI: Messages['BOT_CHECKS_CLI'] = {
  stream: (title: string, host: string) => `Streaming (${host}): ${title}`,
  keepAlive: (title: string) => `Mantener la sesión (keepAlive): ${title}`,
  request: (message: string) => `  Escribe: ${message}`,
  noStreamFlag: 'Salta la comprobación de la Exchange Stream API.',
  requireStreamFlag: 'Sale con 5 cuando la clave no puede hacer streaming (NOT_AUTHORIZED y los demás rechazos).',
};

export const SNIPPET_SESSION_TEXT: Messages['SNIPPET_SESSION_TEXT'] = {
  keepAlive:
    'Mantén una sola sesión: llama a keepAlive cada pocas horas en vez de volver a iniciar sesión (Betfair escribe a quien inicia sesión demasiado a menudo).',
  relogin:
    'Vuelve a iniciar sesión solo cuando Betfair diga que la sesión ya no existe (NO_SESSION o INVALID_SESSION_INFORMATION).',
  rate: 'Nunca más de unos pocos inicios de sesión por minuto: un bot que repite el inicio de sesión en bucle queda bloqueado 20 minutos.',
  loop: 'Ejecuta esto desde el bucle de tu bot, junto a su propio trabajo; por sí solo, el ejemplo solo mantiene la sesión.',
  curlKeepAlive: 'keepAlive con el token de sesión del inicio de sesión de arriba (ponlo en BETFAIR_SESSION):',
};
