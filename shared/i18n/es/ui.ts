/**
 * Todos los textos que muestra la ventana del asistente (español). La interfaz solo lee texto de aquí
 * (nombres de lugar: ./jurisdictions.ts).
 */
import type { Messages } from '../messages.js';

/** "1 día", "0 días", "7 días": en español solo el 1 va en singular. */
function plural(n: number, one: string, many: string): string {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}

export const ui: Messages['ui'] = {
  appTitle: 'Bot Login Wizard',

  common: {
    next: 'Siguiente',
    back: 'Atrás',
    cancel: 'Cancelar',
    showInFolder: 'Mostrar en carpeta',
    loading: 'Cargando…',
    version: (v: string) => `Versión ${v}`,
    details: 'Detalles',
  },

  steps: {
    label: 'Pasos',
    names: {
      jurisdiction: 'Sitio de Betfair',
      certificate: 'Certificado',
      upload: 'Subir',
      test: 'Probar',
      dashboard: 'Listo',
    },
    position: (n: number, total: number) => `Paso ${n} de ${total}`,
    done: 'hecho',
  },

  language: {
    label: 'Idioma',
    offerQuestion: '¿Quieres usar la app en español?',
    offerAccept: 'Cambiar a español',
    offerDecline: 'No, gracias',
  },

  banners: {
    testEndpoint: (origin: string) => `Servidor de pruebas: ${origin}`,
    testEndpointHint: 'Los accesos de prueba van a este servidor de pruebas, no a Betfair.',
    dismiss: 'Cerrar',
  },

  errors: {
    noBridge:
      'El asistente no ha podido comunicarse con el resto de la app. Cierra la ventana y vuelve a abrir la app.',
    unexpectedTitle: 'Algo ha salido mal',
    unexpected: 'La app ha tenido un problema inesperado. Vuelve a intentarlo; si sigue pasando, reinicia la app.',
    startupTitle: 'El asistente no ha podido arrancar',
  },

  jurisdiction: {
    heading: '¿Qué sitio de Betfair usas?',
    intro:
      'Betfair tiene sitios distintos para algunos países, y tu cuenta pertenece a uno de ellos. Elige el sitio en el que inicias sesión cuando apuestas.',
    legend: '¿Qué sitio de Betfair usas?',
    preselected: 'Elegido según el idioma y la región de tu ordenador. Cámbialo si tu cuenta está en otro sitio.',
    needsChoice: 'Elige tu sitio de Betfair para continuar.',
    denmarkHeading: 'El acceso de bots no está disponible en betfair.dk',
    denmarkWhy:
      'Las cuentas de betfair.dk deben iniciar sesión con MitID, y eso solo funciona en la propia ventana de acceso de Betfair (el inicio de sesión interactivo). Por eso Betfair no ofrece acceso con certificado (para bots) en betfair.dk, y este asistente no puede configurarlo.',
    denmarkInstead:
      'Lo que puedes hacer en su lugar: un programa puede usar el inicio de sesión interactivo de Betfair, en el que tú mismo inicias sesión en la ventana de acceso de Betfair y luego el programa apuesta por ti hasta que termine la sesión.',
    denmarkLink: 'Página de Betfair sobre el inicio de sesión interactivo',
    denmarkOtherSite: 'Si tu cuenta está en otro sitio de Betfair, elígelo arriba.',
    saveFailed: 'No se ha podido guardar tu elección.',
  },

  certificate: {
    p12PasswordAgain: 'Repite la contraseña del .p12',
    showP12Password: 'Mostrar la contraseña del .p12',
    p12Mismatch: 'Las dos contraseñas del .p12 no coinciden. Escribe la misma contraseña en los dos campos.',
    p12NotAscii:
      'Usa solo letras sin tilde (A\u2013Z, a\u2013z), números, espacios y los símbolos de un teclado inglés. Los programas leen los demás caracteres (como \u00f1, \u00e9 o los emojis) de formas distintas, así que tu bot podría no poder abrir el archivo .p12.',
    heading: 'Tu certificado',
    intro:
      'Betfair reconoce a tu bot gracias a un certificado: unos pocos archivos pequeños que se crean en este ordenador. Crea uno nuevo aquí o usa uno que ya tengas.',
    createHeading: 'Crear un certificado nuevo',
    folderLabel: 'Los archivos se guardarán en esta carpeta:',
    changeFolder: 'Cambiar carpeta…',
    advanced: 'Opciones avanzadas',
    commonName: 'Nombre que se ve en Betfair',
    validDays: 'Válido durante (días)',
    validDaysError: (min: number, max: number) => `Escribe un número entero de días de ${min} a ${max}.`,
    commonNameError: 'Escribe un nombre para el certificado.',
    p12Password: 'Contraseña para un archivo .p12 (opcional)',
    p12PasswordHint:
      'Algunos programas (por ejemplo, los de .NET) necesitan un archivo .p12. Si escribes una contraseña, también se creará uno.',
    create: 'Crear certificado',
    creating: 'Creando tu certificado…',
    replaceTitle: '¿Sustituir el certificado existente?',
    replaceText:
      'Esta carpeta ya contiene archivos de certificado. Si los sustituyes, los antiguos se moverán a una subcarpeta de copia de seguridad, y tendrás que subir el certificado nuevo a Betfair.',
    replace: 'Sustituir',
    backupMoved: (dir: string) => `Tus archivos anteriores se han movido a ${dir}.`,
    keyFilesOwnerOnly: 'Solo tu cuenta de usuario puede leer los archivos de clave.',
    keyFilesNoModes:
      'Windows no puede marcar los archivos de clave como legibles solo por ti, así que guarda esta carpeta dentro de tu propia carpeta de usuario, donde otras cuentas no pueden leerla.',
    useExisting: 'Usar un certificado existente',
    readyHeading: 'Certificado listo \u2013 siguiente paso: subirlo',
    readyIntro: 'Tu bot iniciará sesión con estos archivos. Ahora, añade el certificado a tu cuenta de Betfair.',
    makeNew: 'Crear un certificado nuevo',
    useOther: 'Usar otros archivos',
    fileRoles: {
      certificate: 'súbelo a Betfair',
      key: 'guárdalo en secreto: es tu clave privada',
      pem: 'clave y certificado en un solo archivo para bots (Python, curl); guárdalo en secreto',
      p12: 'para programas .NET/Java; guárdalo en secreto',
      other: 'guárdalo bien',
    },
    existingHeading: 'Usar un certificado que ya tienes',
    existingIntro:
      'Elige el certificado y su clave (.crt y .key), un solo archivo .pem combinado o un archivo .p12/.pfx.',
    chooseFiles: 'Elegir archivos de certificado…',
    noFilesChosen: 'Aún no has elegido archivos.',
    chosenFiles: 'Archivos elegidos:',
    existingP12Password: 'Contraseña del .p12',
    check: 'Comprobar archivos',
    checking: 'Comprobando…',
    findingsHeading: 'Resultado de la comprobación',
    notUsable: 'Todavía no se pueden usar estos archivos. Corrige los problemas de arriba y vuelve a comprobarlos.',
    commonNameValue: 'Nombre que se ve en Betfair',
    fingerprint: 'Huella digital (SHA-256)',
    files: 'Archivos',
    needsCertificate: 'Crea o elige un certificado para continuar.',
  },

  expiry: {
    expiresOn: (date: string, days: number) => `Caduca el ${date} (dentro de ${plural(days, 'día', 'días')})`,
    expiredOn: (date: string, daysAgo: number) => `Caducó el ${date} (hace ${plural(daysAgo, 'día', 'días')})`,
    soonWarning: (days: number) =>
      `Tu certificado caduca dentro de ${plural(days, 'día', 'días')}. Pulsa «Renovar certificado»: la app crea el nuevo junto al que está en uso y te dice en qué orden subirlo y cambiar dos archivos, para que tu bot siga funcionando.`,
    expiredWarning:
      'Tu certificado ha caducado: tu bot no puede iniciar sesión con él. Crea uno nuevo y súbelo a Betfair.',
    renew: 'Renovar certificado',
    addReminder: 'Añadir recordatorio de renovación al calendario',
    reminderAdded: (path: string) =>
      `Se ha guardado un recordatorio para dos semanas antes de que caduque el certificado (${path}) y se ha abierto con tu calendario.`,
    reminderAddedLate: (path: string) =>
      `Quedan menos de dos semanas, así que el recordatorio es para mañana (no dos semanas antes). Se ha guardado como ${path} y se ha abierto con tu calendario. Mejor aún: renueva ahora.`,
  },

  upload: {
    heading: 'Sube tu certificado',
    intro: (place: string) =>
      `Tu bot no podrá iniciar sesión hasta que Betfair tenga tu certificado. Añádelo a tu cuenta en el sitio de Betfair que usas (${place}).`,
    openPage: 'Abrir página de seguridad de Betfair',
    showCrt: 'Mostrar el archivo .crt',
    noCrt:
      'Tu certificado está dentro de un archivo que también contiene la clave privada, y Betfair necesita el certificado en un archivo aparte (.crt). El asistente puede guardarlo como .crt por ti.',
    saveCrt: 'Guardar el certificado como .crt',
    savingCrt: 'Guardando…',
    crtSaved: (fileName: string) => `Guardado como ${fileName}: sube este archivo`,
    crtP12Password: 'Contraseña del .p12 (para leer el certificado)',
    stepsHeading: 'Cómo subirlo',
    steps: (crtName: string, crtOnDisk: boolean) => [
      'Pulsa «Abrir página de seguridad de Betfair». Tu navegador abrirá la página de seguridad de tu cuenta. Inicia sesión si Betfair te lo pide.',
      'Baja hasta el apartado «Automated Betting Program Access» (acceso de programas de apuestas automáticas, o acceso a la API) y pulsa su botón «Editar».',
      crtOnDisk
        ? `Pulsa «Examinar» (o «Elegir archivo») y selecciona ${crtName}. Pulsa «Mostrar el archivo .crt» para ver dónde está guardado.`
        : 'Primero pulsa aquí «Guardar el certificado como .crt» y luego, en la página de Betfair, pulsa «Examinar» (o «Elegir archivo») y selecciona el archivo .crt.',
      'Pulsa el botón para subir el certificado. Sus datos aparecerán entonces en ese apartado de la página.',
      'Vuelve aquí y marca la casilla de abajo.',
    ],
    crtHint: 'Sube solo el archivo .crt. Nunca subas ni envíes a nadie los archivos .key, .pem o .p12.',
    confirm: 'He subido el certificado',
    needsConfirm: 'Marca la casilla cuando el certificado esté en tu cuenta de Betfair.',
  },

  test: {
    remember: 'Recordar mi nombre de usuario y mi clave de aplicación en este ordenador',
    heading: 'Probar mi acceso',
    notTestedTitle: 'Todavía no has probado tu acceso',
    notTestedText: 'Sin una prueba no sabrás si tu bot puede iniciar sesión. Puedes probarlo más tarde desde el panel.',
    notTestedGoOn: 'Continuar sin probar',
    notTestedStay: 'Primero, probar mi acceso',
    intro:
      'Escribe tu nombre de usuario y tu contraseña de Betfair, y tu clave de aplicación si la tienes. El asistente inicia sesión una vez, igual que lo hará tu bot, comprueba la clave y cierra la sesión enseguida.',
    appKey: 'Clave de aplicación',
    appKeyHint: 'Opcional. Si la dejas vacía, el asistente la buscará por ti.',
    username: 'Nombre de usuario',
    password: 'Contraseña',
    p12Password: 'Contraseña del .p12',
    showPassword: 'Mostrar contraseña',
    passwordNeverStored: 'Tu contraseña nunca se guarda. Solo se envía a Betfair para esta prueba.',
    button: 'Probar mi acceso',
    testing: 'Probando…',
    waitButton: (countdown: string) => `Probar mi acceso (espera ${countdown})`,
    checkedButton: 'Ya la he comprobado, probar de nuevo',
    checkedWaitButton: (countdown: string) => `Probar de nuevo (espera ${countdown})`,
    waitReason: {
      'rate-limited': 'Pocas pruebas por minuto protegen tu cuenta.',
      banned: 'Betfair ha pausado los accesos de esta cuenta: toca esperar.',
      'password-check': 'Dos contraseñas incorrectas seguidas: compruébala antes.',
    },
    passwordCheck:
      'Betfair no aceptó el usuario y la contraseña dos veces seguidas, y más intentos fallidos pueden bloquear la cuenta. Compruébalos entrando en la web de Betfair (o restablece la contraseña); tras una breve espera, pulsa "Ya la he comprobado, probar de nuevo".',
    rateLimited:
      'Para proteger tu cuenta, el asistente solo hace unos pocos intentos por minuto. Podrás volver a probar cuando termine la cuenta atrás.',
    banned:
      'Betfair ha bloqueado temporalmente los accesos de esta cuenta tras demasiados intentos. El asistente esperará a que termine el bloqueo para no alargarlo.',
    missingUsername: 'Escribe tu nombre de usuario.',
    missingPassword: 'Escribe tu contraseña.',
    missingP12: 'Escribe la contraseña de tu archivo .p12.',
    loggedOut: 'Se ha cerrado la sesión de prueba, así que no queda nada abierto.',
    logoutFailed: 'No se ha podido cerrar la sesión de prueba; se cerrará sola al cabo de un rato.',
    whatItMeans: 'Qué significa',
    whatToDo: 'Qué hacer',
    faultTitle: 'No se ha podido hacer la prueba',
    testEndpointUsed: 'Esta prueba ha usado el servidor de pruebas, no Betfair.',
  },

  /** La parte de la clave de aplicación de una prueba: titulares, las claves de la cuenta, crear claves, recordar. */
  appKeys: {
    whatIsIt: '¿Qué es una clave de aplicación?',
    listHeading: 'Tus claves de aplicación',
    listIntro: 'Estas claves están en tu cuenta de Betfair. Pulsa «Usar esta clave» para ponerla en el formulario.',
    appName: 'Nombre de la aplicación',
    key: 'Clave',
    delayed: 'Clave con retraso',
    live: 'Clave en directo',
    kindAndState: (kind: string, state: string) => `${kind}, ${state}`,
    copyKey: 'Copiar clave',
    useKey: 'Usar esta clave',
    keyFilled:
      'Esta clave ya está en el formulario. Escribe tu contraseña y pulsa «Probar mi acceso» para comprobarla.',
    keyFilledRemembered:
      'Esta clave ya está en el formulario, y el asistente la recuerda. Escribe tu contraseña y pulsa «Probar mi acceso» para comprobarla.',
    createHeading: 'Crea tus claves de aplicación',
    appNameLabel: 'Nombre para tus claves',
    appNameHint: 'Cualquier nombre que nadie más use en Betfair. No puede contener tu nombre de usuario.',
    createPassword: 'Contraseña de Betfair',
    createPasswordMissing: 'Escribe tu contraseña de Betfair.',
    createPasswordHint:
      'El asistente nunca guarda tu contraseña, así que la necesita una vez más para crear las claves.',
    createButton: 'Crear mis claves de aplicación',
    creating: 'Creando tus claves\u2026',
    goToDashboard: 'Ir a mi panel',
  },

  dashboard: {
    heading: 'El acceso de tu bot',
    jurisdiction: 'Sitio de Betfair',
    certificateHeading: 'Certificado',
    lastTest: 'Última prueba',
    lastTestNone: 'Aún sin pruebas.',
    lastTestSuccess: (title: string, when: string) => `${title} (probado: ${when})`,
    lastTestFailure: (title: string, when: string) => `Aún no está listo: ${title} (probado: ${when})`,
    testAgainHeading: 'Volver a probar',
    snippetsHeading: 'Ejemplos de código para tu bot',
    snippetsIntro: 'Código que inicia sesión con tu certificado, ya relleno con las rutas de tus archivos.',
    copy: (title: string) => `Copiar el código de ${title}`,
    copied: 'Copiado',
    copyFailed: 'No se ha podido copiar. Selecciona el código y cópialo a mano.',
    keyWarning:
      'Tus archivos de clave (.key, .pem y .p12) son solo para ti: nunca los compartas, ni los envíes por correo, ni los subas a git ni a ningún otro repositorio de código. Quien los tenga, junto con tu contraseña, puede iniciar sesión como si fuera tú.',
    snippetsFailed: 'No se han podido cargar los ejemplos de código.',
    startOver: 'Empezar de nuevo',
    startOverTitle: '¿Empezar de nuevo?',
    startOverText:
      'El asistente olvidará lo que has elegido y el certificado que usa. Los archivos del certificado se quedan en tu ordenador, y el certificado sigue en tu cuenta de Betfair hasta que lo quites allí.',
    startOverConfirm: 'Sí, empezar de nuevo',
  },
};
