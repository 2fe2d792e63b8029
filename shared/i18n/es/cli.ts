/**
 * The CLI's words in one table (CLI_TEXT): its commands' help, usage and refusals, what `bot-login login` prints,
 * and its own words where the app's speak of the window (fields, buttons, steps), put in place by
 * electron/cli/terminal-words.ts.
 */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';
import { JURISDICTION_IDS } from '../../jurisdictions.js';
import { KEY_KINDS_TEXT } from './app-keys.js';

const P12_PASSWORD_ENV = ENV.p12Password;

/** "1 día", "0 días", "7 días": en español solo el 1 va en singular. */
const dayCount = (n: number): string => `${n} ${Math.abs(n) === 1 ? 'día' : 'días'}`;

const PASSWORD_ENV = ENV.password;

const NO_ARGV_PASSWORD = `No se aceptan contraseñas en la línea de comandos (otros usuarios de este ordenador pueden verlas). Define ${PASSWORD_ENV} (y ${P12_PASSWORD_ENV} para un archivo .p12), o ejecuta el comando en un terminal para que te la pida.`;

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

const KIT_PASSWORD_ENV = ENV.kitPassword;

export const CLI_TEXT: Messages['CLI_TEXT'] = {
  args: {
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
  },
  generate: {
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
  },
  inspect: {
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
  },
  login: {
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
  --p12 FILE          un archivo .p12/.pfx; su contraseña se toma de ${P12_PASSWORD_ENV}
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
  },
  passwordStdin: {
    help: `
La contraseña desde un script:
  --password-stdin    lee la contraseña de Betfair de la entrada estándar (la primera
                      línea), p. ej.  pass show betfair | bot-login login ... --password-stdin
                      Es más seguro que ${ENV.password}: en Linux una variable de
                      entorno sigue legible en /proc/<pid>/environ (para tu propio
                      usuario y para root) durante toda la ejecución, aunque el comando
                      la quite de su propio entorno en cuanto la ha leído.
`,
    empty:
      'No ha llegado ninguna contraseña por la entrada estándar (--password-stdin): pásala con una tubería, p. ej. pass show betfair | bot-login login ...',
    tooLong:
      'Lo que ha llegado por la entrada estándar es demasiado largo para ser una contraseña (--password-stdin lee una línea).',
    noLine: (seconds: number) =>
      `No ha llegado ninguna línea por la entrada estándar en ${seconds} segundos (--password-stdin solo espera la primera línea): pasa la contraseña con una tubería seguida de un salto de línea, p. ej. pass show betfair | bot-login login ...`,
    terminal:
      'La entrada estándar es este terminal, donde --password-stdin mostraría lo que escribes. Quita --password-stdin: el comando te pedirá la contraseña sin mostrarla.',
  },
  keyCheck: {
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
  },
  status: {
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
  },
  fault: {
    BOT_LOGIN_NOT_AVAILABLE:
      'Haz que tu bot use el acceso interactivo de Betfair. Si no vives en Dinamarca, vuelve a ejecutar el comando con --jurisdiction del país donde abriste tu cuenta de Betfair.',
    APP_KEY_INVALID:
      'Vuelve a copiar la clave de la página de tu cuenta de Betfair que lista tus claves de aplicación (la columna «Application Key»), o quita --app-key.',
    DATA_DIR_UNWRITABLE: `Comprueba que puedes escribir en la carpeta de datos (espacio libre en disco, permisos), o define ${ENV.dataDir} con una carpeta tuya, y vuelve a ejecutar el comando.`,
    LOGIN_FAILED_UNEXPECTEDLY: 'Vuelve a ejecutar el comando. Si sigue pasando, avísanos.',
    INPUT_MISSING: `Da tu nombre de usuario con --username y la contraseña en ${ENV.password} (o escríbela cuando te la pida, en un terminal), y vuelve a ejecutar el comando.`,
  },
  certificate: {
    p12PasswordNeeded: (file: string) => `"${file}" está protegido con una contraseña.`,
    notRsa: `Este certificado usa un tipo de clave (no RSA) que Betfair no acepta. ${NEW_CERTIFICATE}`,
    rsaSize: (bits: number) => `Esta clave tiene ${bits} bits; Betfair pide 2048 bits. ${NEW_CERTIFICATE}`,
    noClientAuth: `Este certificado no se puede usar para iniciar sesión (no es un certificado de cliente). ${NEW_CERTIFICATE}`,
    notUsable:
      'Estos archivos de certificado no sirven para iniciar sesión. Revísalos con "bot-login inspect FILE...".',
    keyFailed: 'No se ha podido crear una clave nueva. Vuelve a ejecutar el comando; si sigue fallando, avísanos.',
    invalidEmail: 'La dirección de correo no parece correcta. Revísala o quita --email.',
  },
  renew: {
    summary: 'Renueva el certificado junto al que está en uso, para que el bot siga funcionando',
    help: `Uso: bot-login renew --dir DIR [--finish | --cancel] [--json]

Renueva el certificado de DIR (la carpeta con client-2048.crt y client-2048.key) sin
parar el bot. Betfair guarda un solo certificado por cuenta: en cuanto subes el nuevo,
el antiguo deja de iniciar sesión, así que el orden importa.

  bot-login renew --dir DIR           crea el conjunto nuevo en DIR/renewal-FECHA (los archivos
                                      en uso no se tocan), con los archivos de recambio para el
                                      bot en DIR/renewal-FECHA/for-the-bot/certs/, y muestra los
                                      pasos; si se vuelve a ejecutar, muestra la renovación en curso
  bot-login renew --dir DIR --finish  cuando la prueba con el certificado nuevo ha salido bien: el
                                      conjunto nuevo toma los nombres de los archivos en uso en DIR
                                      y el antiguo pasa a DIR/old-certificates (solo para ti)
  bot-login renew --dir DIR --cancel  vuelve al conjunto en uso; el conjunto nuevo sin usar pasa a
                                      DIR/old-certificates

Opciones:
  --json   muestra un objeto JSON en lugar de texto

Códigos de salida: 0 hecho, 1 no se pudo (se muestra el motivo), 2 uso incorrecto.
`,
    noDir: 'Indica con --dir DIR la carpeta del certificado en uso.',
    bothFlags: 'Usa --finish o --cancel, no los dos.',
    noWorking: (dir: string) =>
      `No hay ningún certificado (client-2048.crt) en ${dir}. Indica la carpeta de tu certificado en uso.`,
    noRenewal: (dir: string) =>
      `No hay ninguna renovación en curso en ${dir}. Empieza una con: bot-login renew --dir ${dir}`,
    started: (dir: string) =>
      `Se ha creado el certificado nuevo junto al que está en uso, en ${dir}. Tus archivos en uso no se han tocado.`,
    resumed: (dir: string) =>
      `Hay una renovación en curso en ${dir}: el certificado nuevo aún no es el que está en uso.`,
    newCertificate: (name: string, fingerprint: string, date: string) =>
      `Certificado nuevo:   ${name} (la huella empieza por ${fingerprint}), válido hasta el ${date}`,
    working: (name: string, date: string) => `Tu bot aún usa:     ${name}, caduca el ${date}`,
    stepsHeading: 'En este orden:',
    stepUpload: (crt: string) =>
      `  1. Sube ${crt} en la página de seguridad de tu cuenta de Betfair. Desde entonces solo el certificado nuevo inicia sesión; un bot que ya ha iniciado sesión conserva su sesión.`,
    stepBotFiles: (dir: string, files: string) =>
      `  2. Justo después, en la máquina del bot, cambia ${files} en la carpeta del bot por los archivos de ${dir} (mismos nombres: ninguna ruta cambia).`,
    kitFound: (kit: string) => `Kit creado para el certificado en uso: ${kit} (cambia sus archivos de certs/)`,
    stepTest: (command: string) => `  3. Prueba el certificado nuevo: ${command}`,
    stepFinish: (command: string) =>
      `  4. Cuando esa prueba salga bien, haz que el conjunto nuevo sea el que está en uso: ${command}`,
    cancelHint: (command: string) => `Para volver al conjunto en uso en cualquier momento: ${command}`,
    finished: (dir: string) =>
      `El certificado nuevo es ahora el que está en uso en ${dir}, con los mismos nombres de archivo.`,
    botFilesAgain: (dir: string) =>
      `Si aún no lo has hecho, cambia certs/client-2048.crt y certs/client-2048.key en la carpeta del bot por los archivos de ${dir}.`,
    archived: (dir: string) =>
      `El certificado antiguo está en ${dir} (solo para ti). Bórralo cuando tu bot haya iniciado sesión con el nuevo.`,
    cancelled: (archive: string) =>
      `De vuelta al certificado en uso, sin cambios. El conjunto nuevo sin usar está en ${archive}. Si ya subiste el certificado nuevo, vuelve a subir el que está en uso.`,
    failed: (message: string) => `No se pudo renovar el certificado: ${message}`,
  },
  botChecks: {
    stream: (title: string, host: string) => `Streaming (${host}): ${title}`,
    keepAlive: (title: string) => `Mantener la sesión (keepAlive): ${title}`,
    request: (message: string) => `  Escribe: ${message}`,
    noStreamFlag: 'Salta la comprobación de la Exchange Stream API.',
    requireStreamFlag: 'Sale con 5 cuando la clave no puede hacer streaming (NOT_AUTHORIZED y los demás rechazos).',
  },
  kit: {
    summary:
      'Crea un kit para el bot: el certificado en la forma que quiere tu framework, una prueba del login y un README',
    help: `Uso: bot-login kit --framework NOMBRE --dir CARPETA (--cert ARCHIVO --key ARCHIVO | --pem ARCHIVO | --p12 ARCHIVO)
                  --jurisdiction ID --username NOMBRE --app-key CLAVE

Escribe una carpeta nueva dentro de CARPETA (bot-kit-NOMBRE-FECHA, nunca encima de un kit anterior)
con lo que necesita un bot en otra máquina:
  betfairlightweight, flumine   certs/ con el .crt y el .key, .env.example, check_login.py, kit_settings.py
  dotnet                        un .pfx protegido con una contraseña que eliges tú, Program.cs
  java                          un almacén de claves .p12 protegido con una contraseña que eliges tú, CheckLogin.java
  node                          certs/ con el .crt y el .key, check-login.mjs
y en cada kit un README.txt en tu idioma y bot-login.cjs (esta línea de comandos en un solo archivo).

Opciones:
  --framework NOMBRE    betfairlightweight, flumine, dotnet, java o node
  --dir CARPETA         la carpeta donde escribir el kit (normalmente la del certificado)
  --cert ARCHIVO --key ARCHIVO, --pem ARCHIVO o --p12 ARCHIVO
                        el certificado y la clave con los que inicias sesión
  --jurisdiction ID     international, au, it, es, ro o se
  --username NOMBRE     tu nombre de usuario de Betfair
  --app-key CLAVE       tu clave de aplicación
  --legacy-keystore     dotnet, java: cierra el .pfx/.p12 a la manera antigua (3DES, SHA-1),
                        para lectores más antiguos que los de docs/bot-kit.md (por defecto
                        AES-256 con PBKDF2 y un MAC SHA-256)
  --json                muestra un objeto JSON en lugar de texto

Las contraseñas nunca se aceptan en la línea de comandos. La contraseña del nuevo .pfx/.p12 (dotnet,
java) se lee de ${KIT_PASSWORD_ENV}, si no se pregunta dos veces en el terminal; la de un archivo
--p12, de ${P12_PASSWORD_ENV}, si no se pregunta.

Códigos de salida: 0 escrito, 1 no se pudo escribir (se muestra el motivo), 2 uso incorrecto.
`,
    passwordFlag: `Las contraseñas no se aceptan en la línea de comandos (otros usuarios pueden verlas). Usa ${KIT_PASSWORD_ENV} o ${P12_PASSWORD_ENV}.`,
    needFramework: 'Indica con --framework qué framework usa el bot: betfairlightweight, flumine, dotnet, java o node.',
    badFramework: (name: string) =>
      `No existe el framework "${name}". Elige betfairlightweight, flumine, dotnet, java o node.`,
    noDir: 'Indica dónde escribir el kit con --dir CARPETA.',
    needAppKey: 'Indica tu clave de aplicación con --app-key CLAVE.',
    kitPasswordPrompt: 'Elige una contraseña para el archivo de la clave: ',
    kitPasswordAgain: 'La misma contraseña otra vez: ',
    kitPasswordsDiffer: 'Las dos contraseñas no son iguales. Vuelve a ejecutar el comando.',
    kitPasswordNeeded: `Pon en ${KIT_PASSWORD_ENV} la contraseña para el archivo de la clave (.NET y Java la necesitan), o ejecuta el comando en un terminal para que te la pida.`,
    p12Prompt: 'Contraseña del archivo .p12: ',
    made: (dir: string) => `Kit para el bot creado en ${dir}`,
    noCli: 'No se encontró bot-login.cjs junto a esta línea de comandos: el README dice dónde descargarlo.',
    readNext: 'Después: lee README.txt en el kit y copia la carpeta a la máquina donde se ejecuta tu bot.',
    failed: (message: string) => `No se pudo crear el kit: ${message}`,
  },
};
