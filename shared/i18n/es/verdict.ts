/** Las palabras del veredicto único (shared/verdict.ts) y las filas del panel sobre la última prueba, en español. */
import type { Messages } from '../messages.js';

const RETEST = 'y vuelve a probar';

export const VERDICT_TEXT: Messages['VERDICT_TEXT'] = {
  works: {
    title: 'El acceso de tu bot funciona',
    whatToDo:
      'No tienes que hacer nada más: tu bot puede iniciar sesión y apostar con los mismos archivos del certificado, la misma clave de aplicación y el mismo nombre de usuario.',
  },
  'works-no-stream': {
    title: 'Tu bot puede iniciar sesión y apostar, pero no recibir precios en streaming',
    whatToDo:
      'Betfair no ha habilitado la Exchange Stream API para esta clave. Las apuestas y las consultas normales de precios ya funcionan; si tu bot usa el streaming de precios, pide al soporte para desarrolladores de Betfair que lo habilite para tu clave de aplicación (envíales la clave, nunca tu contraseña).',
  },
  'keep-alive-failed': {
    title: 'Tu bot puede iniciar sesión y apostar, pero no se ha podido confirmar que su sesión se mantenga',
    whatToDo:
      'Vuelve a probar dentro de unos minutos. Mientras tanto, haz que tu bot vuelva a iniciar sesión cuando Betfair diga que la sesión ha terminado, nunca más de unas pocas veces por minuto.',
  },
  'stream-failed': {
    title: 'Tu bot puede iniciar sesión y apostar, pero no se ha podido comprobar el streaming',
    whatToDo:
      'Las apuestas funcionan. Vuelve a probar dentro de unos minutos para comprobar el streaming; si sigue fallando, comprueba que tu red deja al bot llegar a stream-api.betfair.com por el puerto 443.',
  },
  'delayed-key': {
    title: 'Tu acceso funciona, pero tu bot no puede apostar con la clave con retraso',
    whatToDo: `Con esta clave tu bot puede iniciar sesión y consultar las cuotas (con algo de retraso), pero Betfair rechaza sus apuestas. Para apostar, usa tu clave en directo (si aún no está activa, solicita su activación en el sitio para desarrolladores de Betfair) ${RETEST}.`,
  },
  'key-inactive': {
    title: 'Tu acceso funciona, pero Betfair rechazará a tu bot hasta que se active tu clave en directo',
    whatToDo: `Solicita la activación de tu clave en directo en el sitio para desarrolladores de Betfair ${RETEST}. Hasta entonces, usa tu clave con retraso para hacer pruebas y consultar las cuotas.`,
  },
  'choose-key': {
    title: 'Tu acceso funciona: elige tu clave de aplicación',
    whatToDo: `Elige una de tus claves (la clave en directo para apostar, la clave con retraso para probar y consultar las cuotas) ${RETEST} con ella para que se compruebe.`,
  },
  'create-keys': {
    title: 'Tu acceso funciona: crea tus claves de aplicación',
    whatToDo: `Deja que el asistente cree tus claves (una con retraso y otra en directo) ${RETEST} con una de ellas.`,
  },
  'key-not-yours': {
    title: 'Tu acceso funciona, pero Betfair rechazará a tu bot hasta que se corrija la clave de aplicación',
    whatToDo: `La clave que has escrito no es una de las claves de tu cuenta. Comprueba que no haya errores al escribirla o usa una de tus propias claves ${RETEST}.`,
  },
  'key-refused': {
    title: 'Tu acceso funciona, pero Betfair rechazará a tu bot hasta que se corrija la clave de aplicación',
    whatToDo: `Betfair ha rechazado la clave que has escrito. Comprueba que no haya errores al escribirla (una clave no lleva espacios) o usa una de tus propias claves ${RETEST}.`,
  },
  'key-not-checked': {
    title: 'Tu acceso funciona, pero no se ha podido comprobar la clave de aplicación',
    whatToDo:
      'Vuelve a probar dentro de unos minutos para que se compruebe la clave. Tu bot solo puede apostar con una clave en directo que Betfair haya activado.',
  },
};

export const VERDICT_ROWS: Messages['VERDICT_ROWS'] = {
  appKey: 'Clave de aplicación',
  keyNotChosen: 'aún no has elegido ninguna',
  keyNotYours: 'no es una de tus claves',
  keyRefused: 'rechazada por Betfair',
  keyNotChecked: 'sin comprobar',
  keyKindUnknown: 'tipo desconocido',
  appName: (name: string) => `«${name}»`,
  canBet: (yes: boolean) => (yes ? 'puede apostar: sí' : 'puede apostar: no'),
  stream: 'Streaming de precios',
  streamAllowed: 'permitido',
  streamNotAllowed: 'no habilitado para esta clave',
  streamFailed: 'no se ha podido comprobar',
  streamNotChecked: 'sin comprobar',
  keepAlive: 'Mantener la sesión',
  keepAliveKept: 'comprobado: la sesión se puede mantener',
  keepAliveFailed: 'keepAlive ha fallado',
  keepAliveNotChecked: 'sin comprobar',
  details: 'Detalles de la última prueba',
};
