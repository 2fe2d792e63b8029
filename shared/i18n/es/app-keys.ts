/**
 * Textos en español de la parte de la clave de aplicación de «Probar mi acceso»: qué ha pasado con la clave
 * indicada (los estados de AppKeyCheck), cada error de la Accounts API que puede encontrarse un usuario y la
 * creación de claves. Datos de las páginas «Application Keys» y «Accounts API» de Betfair; las palabras son nuestras.
 */
import type { Messages } from '../messages.js';

/** Las dos claves, en dos frases (donde el asistente ofrece crearlas y en la ayuda de la CLI). */
export const KEY_KINDS_TEXT: Messages['KEY_KINDS_TEXT'] = {
  delayed:
    'La clave con retraso es gratuita y funciona al momento: úsala para pruebas y para consultar las cuotas, que llegan con algo de retraso; con ella no se puede apostar.',
  live: 'La clave en directo es la que necesita un bot para apostar; Betfair la activa cuando la solicitas en su web para desarrolladores.',
};

/** Cómo se describe una clave en una lista (la salida de texto de la CLI y las etiquetas de la interfaz). */
export const KEY_LABELS: Messages['KEY_LABELS'] = {
  delayed: 'con retraso',
  live: 'en directo',
  active: 'activa',
  inactive: 'aún no activa',
};

const LOGIN_WORKS = 'Tu certificado, tu nombre de usuario y tu contraseña funcionan.';
const FIX_KEY_FIRST =
  'Hasta que se corrija la clave, Betfair rechazará a tu bot en su primera llamada con INVALID_APP_KEY.';
const USE_LISTED =
  'Usa una de tus propias claves, que aparecen abajo (el asistente las ha buscado por ti), y vuelve a probar.';
const CREATE_KEYS = 'Tu cuenta todavía no tiene claves de aplicación: el asistente puede crearlas por ti.';
const APPLY_LIVE =
  'Para apostar, usa tu clave en directo; si todavía no está activa, solicita su activación en la web para desarrolladores de Betfair.';

/** Qué ha pasado con la clave indicada, por estado (y, si es válida, por tipo de clave). */
export const APP_KEY_CHECK_TEXT: Messages['APP_KEY_CHECK_TEXT'] = {
  validDelayed: {
    title: 'Tu acceso funciona; con la clave con retraso no se puede apostar',
    explanation: `${LOGIN_WORKS} Betfair ha aceptado tu clave de aplicación: es tu clave con retraso, así que tu bot puede consultar las cuotas (con algo de retraso), pero no puede apostar con ella.`,
    whatToDo: `Sirve para pruebas y para consultar las cuotas. ${APPLY_LIVE}`,
  },
  validLive: {
    title: 'El acceso de tu bot funciona',
    explanation: `${LOGIN_WORKS} Betfair ha aceptado tu clave de aplicación: es tu clave en directo y está activa.`,
    whatToDo:
      'No tienes que hacer nada más aquí. Tu bot puede iniciar sesión y apostar con los mismos archivos de certificado, la misma clave y el mismo nombre de usuario.',
  },
  validLiveInactive: {
    title: 'Tu acceso funciona; tu clave en directo aún no está activa',
    explanation: `${LOGIN_WORKS} Betfair ha aceptado tu clave de aplicación: es tu clave en directo, pero Betfair todavía no la ha activado, así que rechazará las apuestas hasta que lo haga.`,
    whatToDo:
      'Solicita la activación de tu clave en directo en la web para desarrolladores de Betfair. Mientras tanto, usa tu clave con retraso para hacer pruebas y consultar las cuotas.',
  },
  validUnlisted: {
    title: 'Tu acceso funciona y Betfair ha aceptado tu clave de aplicación',
    explanation: `${LOGIN_WORKS} Betfair ha aceptado tu clave de aplicación.`,
    whatToDo:
      'No tienes que hacer nada más aquí. Tu bot puede iniciar sesión con los mismos archivos de certificado, la misma clave y el mismo nombre de usuario.',
  },
  notYours: {
    title: 'El acceso funciona, pero esta clave de aplicación no es tuya',
    explanation: `${LOGIN_WORKS} La clave de aplicación que has escrito no es ninguna de las claves de tu cuenta. ${FIX_KEY_FIRST}`,
    whatToDo: `Comprueba que no haya un error al escribirla. ${USE_LISTED}`,
  },
  notYoursNoKeys: {
    title: 'El acceso funciona, pero esta clave de aplicación no es tuya',
    explanation: `${LOGIN_WORKS} La clave de aplicación que has escrito no es ninguna de las claves de tu cuenta: tu cuenta todavía no tiene ninguna. ${FIX_KEY_FIRST}`,
    whatToDo: `${CREATE_KEYS} Después, usa una de ellas y vuelve a probar.`,
  },
  refused: {
    title: 'El acceso funciona, pero Betfair rechaza esta clave de aplicación',
    explanation: `${LOGIN_WORKS} Betfair ha rechazado la clave de aplicación que has escrito. ${FIX_KEY_FIRST}`,
    whatToDo: `Comprueba que no haya un error al escribirla (la clave no tiene espacios). ${USE_LISTED}`,
  },
  refusedInactiveLive: {
    title: 'El acceso funciona, pero tu clave en directo aún no está activa',
    explanation: `${LOGIN_WORKS} La clave que has escrito es tu clave en directo, y Betfair la ha rechazado: todavía no se ha activado.`,
    whatToDo:
      'Por ahora usa tu clave con retraso (aparece abajo) y solicita la activación de tu clave en directo en la web para desarrolladores de Betfair.',
  },
  notGivenWithKeys: {
    title: 'Tu acceso funciona: ahora elige tu clave de aplicación',
    explanation: `${LOGIN_WORKS} Has dejado vacía la clave de aplicación, así que el asistente ha buscado las claves de tu cuenta: aparecen abajo.`,
    whatToDo:
      'Elige una para tu bot (la clave con retraso para pruebas y para consultar las cuotas, la clave en directo para apostar) y vuelve a probar con ella para que se pueda comprobar.',
  },
  notGivenNoKeys: {
    title: 'Tu acceso funciona: tu cuenta todavía no tiene clave de aplicación',
    explanation: `${LOGIN_WORKS} Un bot también necesita una clave de aplicación, y tu cuenta todavía no tiene ninguna.`,
    whatToDo:
      'Deja que el asistente cree tus claves (una con retraso y otra en directo) y vuelve a probar con una de ellas.',
  },
  notGivenNotListed: {
    title: 'Tu acceso funciona',
    explanation: `${LOGIN_WORKS} Has dejado vacía la clave de aplicación, y esta vez el asistente no ha podido buscar tus claves.`,
    whatToDo: 'Escribe tu clave de aplicación y vuelve a probar para que se compruebe.',
  },
  notChecked: {
    title: 'Tu acceso funciona, pero no se ha podido comprobar la clave de aplicación',
    explanation: `${LOGIN_WORKS} La Accounts API de Betfair no ha dado una respuesta válida, así que la clave no se ha comprobado.`,
    whatToDo: 'El acceso en sí está bien. Vuelve a probar dentro de unos minutos para que se compruebe la clave.',
  },
};

const RETRY_OR_SUPPORT =
  'Vuelve a probar. Si sigue pasando, ponte en contacto con el soporte para desarrolladores de Betfair.';
const OWN_KEY = 'Usa tu propia clave de aplicación en lugar de la de un proveedor de software.';
const NOT_ACCEPTED = 'Betfair no ha aceptado la solicitud';
const OTHER_NAME = 'Elige otro nombre, por ejemplo añadiendo una palabra o un número, y vuelve a intentarlo.';

/** Cada errorCode de AccountAPINGException, en palabras sencillas. La mayoría no le pasarán a un usuario del asistente, pero se nombran igualmente. */
export const ACCOUNTS_ERROR_TEXT: Messages['ACCOUNTS_ERROR_TEXT'] = {
  INVALID_INPUT_DATA: {
    title: NOT_ACCEPTED,
    explanation: 'Betfair ha dicho que la solicitud contenía datos no válidos (INVALID_INPUT_DATA).',
    whatToDo:
      'Si has escrito un nombre de aplicación, prueba con uno más sencillo, solo con letras, cifras y espacios.',
  },
  INVALID_SESSION_INFORMATION: {
    title: 'Betfair no ha reconocido la sesión',
    explanation: 'Betfair no ha aceptado la sesión que el acceso acababa de abrir (INVALID_SESSION_INFORMATION).',
    whatToDo: RETRY_OR_SUPPORT,
  },
  UNEXPECTED_ERROR: {
    title: 'Betfair ha tenido un error inesperado',
    explanation:
      'Betfair ha respondido UNEXPECTED_ERROR. Al crear claves, Betfair da esta respuesta cuando el nombre de la aplicación contiene tu nombre de usuario.',
    whatToDo: 'Elige un nombre de aplicación que no contenga tu nombre de usuario y vuelve a intentarlo.',
  },
  INVALID_APP_KEY: {
    title: 'Clave de aplicación rechazada',
    explanation: 'Betfair no reconoce esta clave de aplicación (INVALID_APP_KEY).',
    whatToDo: 'Comprueba que no haya un error al escribirla, o usa una de tus propias claves.',
  },
  SERVICE_BUSY: {
    title: 'Betfair está saturado',
    explanation:
      'La Accounts API de Betfair ha dicho que ahora mismo está demasiado ocupada para responder (SERVICE_BUSY).',
    whatToDo: 'Vuelve a intentarlo en unos minutos.',
  },
  TIMEOUT_ERROR: {
    title: 'Betfair ha tardado demasiado',
    explanation: 'A la Accounts API de Betfair se le ha agotado el tiempo internamente (TIMEOUT_ERROR).',
    whatToDo: 'Vuelve a intentarlo en unos minutos.',
  },
  DUPLICATE_APP_NAME: {
    title: 'Ese nombre de aplicación ya existe',
    explanation:
      'Los nombres de aplicación deben ser únicos en todo Betfair, y este ya está en uso (DUPLICATE_APP_NAME).',
    whatToDo: OTHER_NAME,
  },
  APP_KEY_CREATION_FAILED: {
    title: 'No se han podido crear las claves',
    explanation:
      'Betfair no ha creado las claves (APP_KEY_CREATION_FAILED). Es lo que responde cuando el nombre de la aplicación ya existe.',
    whatToDo: OTHER_NAME,
  },
  APP_CREATION_FAILED: {
    title: 'No se ha podido crear la aplicación',
    explanation: 'Betfair no ha podido crear la aplicación (APP_CREATION_FAILED).',
    whatToDo:
      'Vuelve a intentarlo con otro nombre dentro de unos minutos. Si sigue pasando, ponte en contacto con el soporte para desarrolladores de Betfair.',
  },
  NO_SESSION: {
    title: 'No hay sesión',
    explanation: 'Betfair ha dicho que no se ha indicado ninguna sesión (NO_SESSION).',
    whatToDo: RETRY_OR_SUPPORT,
  },
  NO_APP_KEY: {
    title: 'No hay clave de aplicación',
    explanation: 'Betfair ha dicho que no se ha enviado ninguna clave de aplicación (NO_APP_KEY).',
    whatToDo: 'Escribe tu clave de aplicación o usa una de tus propias claves, que aparecen abajo.',
  },
  SUBSCRIPTION_EXPIRED: {
    title: 'Suscripción caducada',
    explanation: 'Betfair ha dicho que la suscripción de la aplicación ha caducado (SUBSCRIPTION_EXPIRED).',
    whatToDo:
      'Usa tu propia clave de aplicación en lugar de la de un proveedor de software, o renueva la suscripción con el proveedor.',
  },
  INVALID_SUBSCRIPTION_TOKEN: {
    title: 'Suscripción no válida',
    explanation: 'Betfair ha dicho que el token de suscripción no es válido (INVALID_SUBSCRIPTION_TOKEN).',
    whatToDo: OWN_KEY,
  },
  TOO_MANY_REQUESTS: {
    title: 'Demasiadas solicitudes',
    explanation: 'Betfair ha dicho que han llegado demasiadas solicitudes en poco tiempo (TOO_MANY_REQUESTS).',
    whatToDo: 'Espera unos minutos antes de volver a probar.',
  },
  INVALID_CLIENT_REF: {
    title: NOT_ACCEPTED,
    explanation: 'Betfair ha dicho que una referencia de cliente no es válida (INVALID_CLIENT_REF).',
    whatToDo: RETRY_OR_SUPPORT,
  },
  WALLET_TRANSFER_ERROR: {
    title: 'Problema con el monedero',
    explanation: 'Betfair ha indicado un problema con el monedero (WALLET_TRANSFER_ERROR).',
    whatToDo: 'Revisa tu cuenta en la web de Betfair y vuelve a probar.',
  },
  INVALID_VENDOR_CLIENT_ID: {
    title: NOT_ACCEPTED,
    explanation:
      'Betfair ha dicho que el identificador de cliente del proveedor no es válido (INVALID_VENDOR_CLIENT_ID).',
    whatToDo: OWN_KEY,
  },
  USER_NOT_SUBSCRIBED: {
    title: 'Sin suscripción',
    explanation: 'Betfair ha dicho que tu cuenta no está suscrita a esta aplicación (USER_NOT_SUBSCRIBED).',
    whatToDo: OWN_KEY,
  },
  INVALID_SECRET: {
    title: NOT_ACCEPTED,
    explanation: 'Betfair ha dicho que un secreto no es válido (INVALID_SECRET).',
    whatToDo: RETRY_OR_SUPPORT,
  },
  INVALID_AUTH_CODE: {
    title: NOT_ACCEPTED,
    explanation: 'Betfair ha dicho que un código de autorización no es válido (INVALID_AUTH_CODE).',
    whatToDo: RETRY_OR_SUPPORT,
  },
  INVALID_GRANT_TYPE: {
    title: NOT_ACCEPTED,
    explanation: 'Betfair ha dicho que el tipo de concesión no es válido (INVALID_GRANT_TYPE).',
    whatToDo: RETRY_OR_SUPPORT,
  },
  CUSTOMER_ACCOUNT_CLOSED: {
    title: 'Cuenta cerrada',
    explanation: 'Betfair ha dicho que esta cuenta está cerrada (CUSTOMER_ACCOUNT_CLOSED).',
    whatToDo: 'Ponte en contacto con Atención al Cliente de Betfair.',
  },
};

/** Un errorCode que esta app no conoce (un código futuro de Betfair): se muestra tal cual llegó. */
export const UNKNOWN_ACCOUNTS_ERROR_TEXT: Messages['UNKNOWN_ACCOUNTS_ERROR_TEXT'] = {
  title: 'Betfair ha dado una respuesta que esta app no conoce',
  explanation: (code: string) => `La Accounts API de Betfair ha respondido "${code}".`,
  whatToDo:
    'Vuelve a probar dentro de unos minutos. Si sigue pasando, ponte en contacto con el soporte para desarrolladores de Betfair e indica esa respuesta.',
};

/** Creación de las claves (createDeveloperAppKeys). */
export const APP_KEYS_CREATION_TEXT: Messages['APP_KEYS_CREATION_TEXT'] = {
  created: (appName: string) => `Betfair ha creado tus dos claves de aplicación con el nombre "${appName}".`,
  nameContainsUsername: {
    title: 'El nombre contiene tu nombre de usuario',
    explanation: 'Betfair rechaza los nombres de aplicación que contienen tu nombre de usuario.',
    whatToDo: 'Elige un nombre que no contenga tu nombre de usuario, por ejemplo "Mi bot de apuestas".',
  },
  nameInvalid: {
    title: 'Elige un nombre para tus claves',
    explanation: 'El nombre de la aplicación debe tener entre 1 y 64 caracteres.',
    whatToDo: 'Escribe un nombre corto, por ejemplo "Mi bot de apuestas".',
  },
  notCreated: {
    title: 'No se han creado tus claves',
    explanation:
      'La Accounts API de Betfair no ha dado una respuesta válida, así que no se han podido crear las claves.',
    whatToDo: 'El acceso en sí está bien. Vuelve a intentarlo en unos minutos.',
  },
};

/** Detalles de UNEXPECTED_ANSWER para la Accounts API (los del propio acceso están en faults.ts). */
export const ACCOUNTS_UNEXPECTED: Messages['ACCOUNTS_UNEXPECTED'] = {
  expected: 'una respuesta de la Accounts API',
  tooLarge: 'la respuesta era mucho más grande que una respuesta de la Accounts API',
  noResult: 'la respuesta no tenía ni resultado ni error',
  notKeys: 'la respuesta no incluía las claves de aplicación',
  notFunds: 'la respuesta no incluía los fondos de la cuenta',
};
