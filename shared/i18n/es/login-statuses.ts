/**
 * Qué significa cada loginStatus de Betfair, en español sencillo para quien no es técnico: un título corto,
 * qué ha pasado y el siguiente paso. Datos de la página «Non-Interactive (Bot) Login» de Betfair; las palabras
 * son nuestras. Los detalles como el sitio vienen del contexto (el sitio de Betfair de la jurisdicción del usuario).
 */
import type { Messages } from '../messages.js';

type StatusTextContext = Parameters<Messages['UNKNOWN_STATUS_TEXT']['whatToDo']>[0];

const SUPPORT = 'Ponte en contacto con Atención al Cliente de Betfair';
/** SUPPORT en mitad de una frase. */
const support = 'ponte en contacto con Atención al Cliente de Betfair';
const NO_RETRY = 'Volver a probar no cambiará la respuesta.';
const REGULATOR_DOWN = `Es un problema de Betfair o del regulador, no tuyo. Espera unos minutos y vuelve a probar; si continúa, ${support}.`;

const openSite = (ctx: StatusTextContext): string => `Abrir ${ctx.site}`;

export const LOGIN_STATUS_TEXT: Messages['LOGIN_STATUS_TEXT'] = {
  SUCCESS: {
    title: 'El acceso de tu bot funciona',
    meaning:
      'Betfair ha aceptado juntos el certificado, el nombre de usuario y la contraseña, y ha abierto una sesión.',
    whatToDo:
      'No tienes que hacer nada más aquí. Tu bot puede iniciar sesión con los mismos archivos de certificado, la misma clave de aplicación y el mismo nombre de usuario. No compartas el archivo de clave.',
  },
  INVALID_USERNAME_OR_PASSWORD: {
    title: 'Nombre de usuario o contraseña no aceptados',
    meaning: 'Betfair no ha aceptado esta combinación de nombre de usuario y contraseña.',
    whatToDo: (c) =>
      `Compruébalos iniciando sesión en ${c.site} desde tu navegador. Usa tu nombre de usuario de Betfair (no tu correo electrónico) y fíjate en el bloqueo de mayúsculas y en los espacios al principio o al final. Varios intentos fallidos seguidos pueden bloquear la cuenta, así que compruébalo antes de volver a probar. ¿Has olvidado la contraseña? Restablécela en ${c.site}.`,
    action: { label: 'Restablecer mi contraseña', target: 'recover-password' },
  },
  ACCOUNT_NOW_LOCKED: {
    title: 'La cuenta se acaba de bloquear',
    meaning:
      'Con este intento se ha superado el número máximo de contraseñas incorrectas: Betfair acaba de bloquear la cuenta.',
    whatToDo: (c) =>
      `Esperar no la desbloqueará. Desbloquéala restableciendo tu contraseña en ${c.site}, o ${support}. Después, vuelve a probar con la contraseña nueva.`,
    action: { label: 'Restablecer mi contraseña', target: 'recover-password' },
  },
  ACCOUNT_ALREADY_LOCKED: {
    title: 'La cuenta está bloqueada',
    meaning: 'La cuenta ya estaba bloqueada antes de este intento, normalmente tras varias contraseñas incorrectas.',
    whatToDo: (c) =>
      `Esperar no la desbloqueará. Restablece tu contraseña en ${c.site}, o ${support}, y vuelve a probar.`,
    action: { label: 'Restablecer mi contraseña', target: 'recover-password' },
  },
  PENDING_AUTH: {
    title: 'La cuenta aún se está verificando',
    meaning: 'Betfair todavía no ha terminado de verificar o de configurar esta cuenta.',
    whatToDo: (c) =>
      `Inicia sesión en ${c.site} desde tu navegador y completa lo que te pida. Si no te pide nada, ${support}; puede que esperar no sea suficiente.`,
    action: { label: openSite, target: 'website' },
  },
  TELBET_TERMS_CONDITIONS_NA: {
    title: 'Condiciones de apuestas por teléfono rechazadas',
    meaning:
      'En esta cuenta se rechazaron las condiciones del servicio de apuestas por teléfono de Betfair, así que no puede iniciar sesión de esta forma.',
    whatToDo: `${SUPPORT} y pídeles que revisen las condiciones de apuestas por teléfono de tu cuenta. ${NO_RETRY}`,
  },
  DUPLICATE_CARDS: {
    title: 'Tarjeta de pago usada en otra cuenta',
    meaning:
      'Una tarjeta de pago de esta cuenta también está registrada en otra cuenta de Betfair, así que el acceso está bloqueado.',
    whatToDo: `${SUPPORT}: solo ellos pueden resolverlo. ${NO_RETRY}`,
  },
  SECURITY_QUESTION_WRONG_3X: {
    title: 'Respuesta de seguridad incorrecta tres veces',
    meaning:
      'La respuesta a la pregunta de seguridad ha sido incorrecta tres veces, así que Betfair bloquea los accesos.',
    whatToDo: `${SUPPORT} para que levanten el bloqueo. Esperar no sirve de nada.`,
  },
  KYC_SUSPEND: {
    title: 'Hace falta verificar tu identidad',
    meaning:
      'La cuenta está en espera hasta que Betfair compruebe quién eres (la verificación «conozca a su cliente», o KYC).',
    whatToDo: (c) =>
      `Inicia sesión en ${c.site} desde tu navegador y envía los documentos que te pida, o ${support}. Cuando Betfair te haya verificado, vuelve a probar.`,
    action: { label: openSite, target: 'website' },
  },
  SUSPENDED: {
    title: 'Cuenta suspendida',
    meaning: 'Betfair ha suspendido esta cuenta.',
    whatToDo: `${SUPPORT} para saber por qué y qué haría falta para levantar la suspensión. ${NO_RETRY}`,
  },
  CLOSED: {
    title: 'Cuenta cerrada',
    meaning: 'Esta cuenta de Betfair se ha cerrado.',
    whatToDo: `${SUPPORT} si quieres reabrirla, o prueba con otra cuenta.`,
  },
  SELF_EXCLUDED: {
    title: 'Cuenta autoexcluida',
    meaning: 'La cuenta está autoexcluida, así que por ahora no puede iniciar sesión.',
    whatToDo: `Los accesos siguen bloqueados hasta que termine la autoexclusión. Si tienes preguntas, ${support}.`,
  },
  INVALID_CONNECTIVITY_TO_REGULATOR_DK: {
    title: 'No se ha podido contactar con el regulador danés',
    meaning:
      'Betfair no ha recibido a tiempo respuesta de los sistemas del regulador del juego danés, así que no ha podido completar el acceso.',
    whatToDo: REGULATOR_DOWN,
  },
  NOT_AUTHORIZED_BY_REGULATOR_DK: {
    title: 'No autorizado por el regulador danés',
    meaning: 'Las normas del regulador danés no permiten que esta cuenta juegue en Dinamarca.',
    whatToDo: `${SUPPORT} para saber qué hace falta. ${NO_RETRY}`,
  },
  INVALID_CONNECTIVITY_TO_REGULATOR_IT: {
    title: 'No se ha podido contactar con el regulador italiano',
    meaning:
      'Betfair no ha recibido a tiempo respuesta de los sistemas del regulador del juego italiano, así que no ha podido completar el acceso.',
    whatToDo: REGULATOR_DOWN,
  },
  NOT_AUTHORIZED_BY_REGULATOR_IT: {
    title: 'No autorizado por el regulador italiano',
    meaning: 'Las normas del regulador italiano no permiten que esta cuenta juegue en Italia.',
    whatToDo: `${SUPPORT} para saber qué hace falta. ${NO_RETRY}`,
  },
  SECURITY_RESTRICTED_LOCATION: {
    title: 'Cuenta restringida por motivos de seguridad',
    meaning: 'Betfair ha restringido la cuenta por un problema de seguridad.',
    whatToDo: `${SUPPORT} para que revisen la cuenta. ${NO_RETRY}`,
  },
  BETTING_RESTRICTED_LOCATION: {
    title: 'No se permite apostar desde esta ubicación',
    meaning: 'El acceso llegó desde un país o una red desde donde Betfair no permite apostar.',
    whatToDo:
      'Haz la prueba (y ejecuta tu bot) desde un lugar donde Betfair esté permitido. Si estás en un país permitido, una VPN o un proveedor de alojamiento en el extranjero pueden hacer que parezca que estás en otro país: desactiva la VPN o usa un servidor en tu propio país. Si tienes dudas, pregunta a Atención al Cliente.',
  },
  TRADING_MASTER: {
    title: 'Cuenta maestra de trading',
    meaning: 'Esta es una cuenta maestra de trading, que no puede iniciar sesión de esta forma.',
    whatToDo: `Inicia sesión con la cuenta con la que va a apostar tu bot, o ${support} para preguntar qué cuenta usar.`,
  },
  TRADING_MASTER_SUSPENDED: {
    title: 'Cuenta maestra de trading suspendida',
    meaning: 'Esta cuenta maestra de trading está suspendida.',
    whatToDo: `${SUPPORT}. ${NO_RETRY}`,
  },
  AGENT_CLIENT_MASTER: {
    title: 'Cuenta maestra de agente',
    meaning: 'Esta es la cuenta maestra de un agente, que no puede iniciar sesión de esta forma.',
    whatToDo: `Inicia sesión con una cuenta de cliente, o ${support} para preguntar qué cuenta usar.`,
  },
  AGENT_CLIENT_MASTER_SUSPENDED: {
    title: 'Cuenta maestra de agente suspendida',
    meaning: 'Esta cuenta maestra de agente está suspendida.',
    whatToDo: `${SUPPORT}. ${NO_RETRY}`,
  },
  DANISH_AUTHORIZATION_REQUIRED: {
    title: 'Hace falta la autorización danesa',
    meaning:
      'Esta cuenta necesita la autorización danesa, que solo se puede obtener con el inicio de sesión interactivo.',
    whatToDo: `El acceso de bots no está disponible para las cuentas danesas. Inicia sesión en betfair.dk desde tu navegador y haz que tu programa use el inicio de sesión interactivo de Betfair. Si tu cuenta no debería ser danesa, ${support}.`,
    action: { label: 'Abrir betfair.dk', target: 'website-dk' },
  },
  SPAIN_MIGRATION_REQUIRED: {
    title: 'Hace falta pasar la cuenta a Betfair España',
    meaning: 'Primero hay que trasladar la cuenta al sitio español de Betfair.',
    whatToDo:
      'Inicia sesión en betfair.es desde tu navegador y sigue los pasos para trasladar tu cuenta. Después, elige España en este asistente, sube el certificado en betfair.es y vuelve a probar.',
    action: { label: 'Abrir betfair.es', target: 'website-es' },
  },
  DENMARK_MIGRATION_REQUIRED: {
    title: 'Hace falta pasar la cuenta a Betfair Dinamarca',
    meaning: 'Primero hay que trasladar la cuenta al sitio danés de Betfair.',
    whatToDo:
      'Inicia sesión en betfair.dk desde tu navegador y sigue los pasos. Ten en cuenta que las cuentas danesas no pueden usar el acceso de bots: tu programa necesitará el inicio de sesión interactivo de Betfair.',
    action: { label: 'Abrir betfair.dk', target: 'website-dk' },
  },
  SPANISH_TERMS_ACCEPTANCE_REQUIRED: {
    title: 'Nuevas condiciones españolas por aceptar',
    meaning: 'Betfair España tiene nuevos términos y condiciones que esta cuenta todavía no ha aceptado.',
    whatToDo:
      'Inicia sesión en betfair.es desde tu navegador, acepta las nuevas condiciones cuando aparezcan y vuelve a probar.',
    action: { label: 'Abrir betfair.es', target: 'website-es' },
  },
  ITALIAN_CONTRACT_ACCEPTANCE_REQUIRED: {
    title: 'Nuevo contrato italiano por aceptar',
    meaning: 'Betfair Italia tiene una nueva versión de su contrato que esta cuenta todavía no ha aceptado.',
    whatToDo:
      'Inicia sesión en betfair.it desde tu navegador, acepta el nuevo contrato cuando aparezca y vuelve a probar.',
    action: { label: 'Abrir betfair.it', target: 'website-it' },
  },
  CERT_AUTH_REQUIRED: {
    title: 'Certificado no reconocido',
    meaning:
      'Betfair no ha podido iniciar sesión con este certificado. Lo más habitual es que todavía no se haya subido a esta cuenta, que haya otro certificado subido o que se subiera en otro sitio de Betfair.',
    whatToDo: (c) =>
      `Abre la página de seguridad en ${c.site}, busca el apartado «Automated Betting Program Access» (acceso de programas de apuestas automáticas) y comprueba que el certificado que aparece allí es el que estás probando (compara su nombre y su fecha de caducidad). Si no lo es, sube allí tu archivo .crt. La subida y la prueba deben usar el mismo sitio de Betfair, así que revisa el país que has elegido. Después, vuelve a probar.`,
    action: { label: (c) => `Abrir mi página de seguridad en ${c.site}`, target: 'security-page' },
  },
  CHANGE_PASSWORD_REQUIRED: {
    title: 'Hace falta cambiar la contraseña',
    meaning: 'Betfair quiere que elijas una contraseña nueva antes de volver a iniciar sesión.',
    whatToDo: (c) =>
      `Inicia sesión en ${c.site} desde tu navegador y cambia tu contraseña cuando te lo pida. Después, vuelve a probar con la nueva.`,
    action: { label: openSite, target: 'website' },
  },
  PERSONAL_MESSAGE_REQUIRED: {
    title: 'Tienes un mensaje de Betfair pendiente',
    meaning: 'Betfair tiene un mensaje personal para ti que debes leer antes de poder iniciar sesión.',
    whatToDo: (c) =>
      `Inicia sesión en ${c.site} desde tu navegador, lee el mensaje y confírmalo. Después, vuelve a probar.`,
    action: { label: openSite, target: 'website' },
  },
  INTERNATIONAL_TERMS_ACCEPTANCE_REQUIRED: {
    title: 'Nuevas condiciones de Betfair por aceptar',
    meaning: 'Los términos y condiciones de Betfair han cambiado y esta cuenta todavía no ha aceptado los nuevos.',
    whatToDo: (c) =>
      `Inicia sesión en ${c.site} desde tu navegador, acepta las nuevas condiciones cuando aparezcan y vuelve a probar.`,
    action: { label: openSite, target: 'website' },
  },
  EMAIL_LOGIN_NOT_ALLOWED: {
    title: 'Correo electrónico en lugar de nombre de usuario',
    meaning:
      'El nombre de usuario parece un correo electrónico, y esta cuenta no está configurada para iniciar sesión con su correo.',
    whatToDo: (c) =>
      `Escribe tu nombre de usuario de Betfair. Si no lo sabes, inicia sesión en ${c.site} y míralo en los datos de tu cuenta.`,
    action: { label: openSite, target: 'website' },
  },
  MULTIPLE_USERS_WITH_SAME_CREDENTIAL: {
    title: 'Varias cuentas coinciden con estos datos',
    meaning:
      'Más de una cuenta de Betfair coincide con lo que has escrito (a menudo, un correo electrónico compartido por varias cuentas), así que Betfair no sabe a cuál te refieres.',
    whatToDo: `Usa el nombre de usuario de la cuenta en lugar de un correo electrónico. Si eso no ayuda, ${support}.`,
  },
  ACCOUNT_PENDING_PASSWORD_CHANGE: {
    title: 'Hace falta restablecer la contraseña',
    meaning: 'Hay que restablecer la contraseña de la cuenta antes de poder volver a usarla.',
    whatToDo:
      'Restablece tu contraseña en la página de Betfair para contraseñas olvidadas y vuelve a probar con la nueva.',
    action: { label: 'Restablecer mi contraseña', target: 'recover-password' },
  },
  TEMPORARY_BAN_TOO_MANY_REQUESTS: {
    title: 'Demasiados accesos: Betfair los bloquea 20 minutos',
    meaning:
      'En un minuto, esta cuenta ha iniciado sesión correctamente más veces de las que Betfair permite, y ahora Betfair rechaza los nuevos accesos durante 20 minutos.',
    whatToDo:
      'Espera 20 minutos: esta app no enviará otro acceso de prueba hasta entonces. Mientras tanto, asegúrate de que ningún bot ni script siga iniciando sesión con esta cuenta.',
  },
  ITALIAN_PROFILING_ACCEPTANCE_REQUIRED: {
    title: 'Condiciones italianas por aceptar',
    meaning:
      'Betfair Italia necesita que aceptes sus nuevas condiciones (sobre cómo se usan tus datos) antes de iniciar sesión.',
    whatToDo:
      'Inicia sesión en betfair.it desde tu navegador, acepta las condiciones cuando aparezcan y vuelve a probar.',
    action: { label: 'Abrir betfair.it', target: 'website-it' },
  },
  AUTHORIZED_ONLY_FOR_DOMAIN_RO: {
    title: 'La cuenta no corresponde al sitio rumano',
    meaning:
      'Betfair Rumanía (betfair.ro) y esta cuenta no van juntas: ese sitio solo admite cuentas abiertas en betfair.ro.',
    whatToDo: (c) =>
      c.jurisdiction === 'ro'
        ? 'En lugar de Rumanía, elige el país en el que abriste tu cuenta (para la mayoría es Internacional, betfair.com), sube el certificado en ese sitio y vuelve a probar.'
        : 'Betfair dice que esta cuenta pertenece a Betfair Rumanía. Elige Rumanía en este asistente, sube el certificado en betfair.ro y vuelve a probar.',
    action: { label: 'Abrir betfair.ro', target: 'website-ro' },
  },
  AUTHORIZED_ONLY_FOR_DOMAIN_SE: {
    title: 'La cuenta no corresponde al sitio sueco',
    meaning:
      'Betfair Suecia (betfair.se) y esta cuenta no van juntas: ese sitio solo admite cuentas abiertas en betfair.se.',
    whatToDo: (c) =>
      c.jurisdiction === 'se'
        ? 'En lugar de Suecia, elige el país en el que abriste tu cuenta (para la mayoría es Internacional, betfair.com), sube el certificado en ese sitio y vuelve a probar.'
        : 'Betfair dice que esta cuenta pertenece a Betfair Suecia. Elige Suecia en este asistente, sube el certificado en betfair.se y vuelve a probar.',
    action: { label: 'Abrir betfair.se', target: 'website-se' },
  },
  SWEDEN_NATIONAL_IDENTIFIER_REQUIRED: {
    title: 'Hace falta el número de identidad personal sueco',
    meaning: 'Betfair Suecia necesita tu número de identidad personal sueco antes de que puedas iniciar sesión.',
    whatToDo:
      'Inicia sesión en betfair.se desde tu navegador, escribe tu número de identidad personal donde te lo pida y vuelve a probar.',
    action: { label: 'Abrir betfair.se', target: 'website-se' },
  },
  SWEDEN_BANK_ID_VERIFICATION_REQUIRED: {
    title: 'Hace falta la verificación sueca con BankID',
    meaning: 'Betfair Suecia necesita que confirmes quién eres con BankID antes de que puedas iniciar sesión.',
    whatToDo: 'Inicia sesión en betfair.se desde tu navegador, completa la verificación con BankID y vuelve a probar.',
    action: { label: 'Abrir betfair.se', target: 'website-se' },
  },
  ACTIONS_REQUIRED: {
    title: 'Betfair necesita más información',
    meaning: 'Faltan algunos datos en tu cuenta, y Betfair los necesita antes de que puedas iniciar sesión.',
    whatToDo: (c) =>
      `Inicia sesión en ${c.site} desde tu navegador y rellena lo que te pida. Después, vuelve a probar.`,
    action: { label: openSite, target: 'website' },
  },
  INPUT_VALIDATION_ERROR: {
    title: 'Betfair no ha podido leer la solicitud',
    meaning:
      'Betfair ha dicho que una parte de la solicitud de acceso no tenía el formato esperado. Esta app la envía tal como está documentado, así que la causa habitual es un valor vacío o extraño.',
    whatToDo:
      'Revisa que la clave de aplicación (vuelve a copiarla de las páginas para desarrolladores de Betfair) y el nombre de usuario no tengan espacios o caracteres sobrantes, y vuelve a probar. Si sigue pasando, ponte en contacto con el soporte para desarrolladores de Betfair y diles la hora de la prueba.',
    action: { label: 'Abrir el soporte para desarrolladores de Betfair', target: 'developer-support' },
  },
  MIGRATION_REQUIRED: {
    title: 'La cuenta brasileña debe pasar a betfair.bet.br',
    meaning:
      'Para clientes en Brasil: desde el 1 de enero de 2025 hay que trasladar la cuenta al sitio brasileño de Betfair antes de poder iniciar sesión.',
    whatToDo: 'Inicia sesión en betfair.bet.br desde tu navegador y sigue los pasos para trasladar tu cuenta.',
    action: { label: 'Abrir betfair.bet.br', target: 'website-bet-br' },
  },
  TERMS_AND_CONDITIONS: {
    title: 'Nuevas condiciones brasileñas por aceptar',
    meaning:
      'Para clientes en Brasil: desde el 1 de enero de 2025 hay que aceptar las nuevas condiciones de Betfair en su sitio brasileño.',
    whatToDo:
      'Inicia sesión en betfair.bet.br desde tu navegador, acepta los nuevos términos y condiciones y vuelve a probar.',
    action: { label: 'Abrir betfair.bet.br', target: 'website-bet-br' },
  },
};

/** Para un código que el catálogo no conoce (un código futuro de Betfair). */
export const UNKNOWN_STATUS_TEXT: Messages['UNKNOWN_STATUS_TEXT'] = {
  title: 'Betfair ha respondido con un código desconocido',
  meaning: (code: string): string =>
    `Betfair ha respondido "${code}", que esta app todavía no conoce. El acceso no ha funcionado.`,
  whatToDo: (ctx: StatusTextContext, code: string): string =>
    `Inicia sesión en ${ctx.site} desde tu navegador para ver si te piden algo. Si no, ponte en contacto con Atención al Cliente de Betfair e indica el código ${code}.`,
  actionLabel: 'Abrir el soporte para desarrolladores de Betfair',
};
