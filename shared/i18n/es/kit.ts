/** The bot kit in Spanish: its README.txt, the dashboard's "Set up my bot" and `bot-login kit`. */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

const PASSWORD_ENV = ENV.password;
const P12_PASSWORD_ENV = ENV.p12Password;

export const KIT_README_TEXT: Messages['KIT_README_TEXT'] = {
  title: (framework: string) => `Kit para el bot ${framework}: el login de tu bot de Betfair, listo para el servidor`,
  made: (date: string, site: string) => `Creado el ${date} por Bot Login Wizard, para una cuenta en ${site}.`,
  privateKey:
    'Esta carpeta contiene tu clave privada. Cópiala solo a tu propia máquina, la que ejecuta tu bot. No la envíes nunca por correo ni por chat, y no la pongas en un sitio compartido (un repositorio Git, un disco compartido): quien tenga la clave y tu contraseña puede entrar como tú.',
  noSecrets:
    'Tu contraseña de Betfair y las sesiones no están en esta carpeta: la contraseña la añades tú en el servidor.',
  modesOwnerOnly:
    'Los archivos con la clave solo los puedes leer tú (permisos 0600). Mantenlos así en el servidor: chmod 600 ARCHIVO.',
  modesWindows:
    'Windows no tiene permisos como 0600: estos archivos siguen las reglas de acceso de la carpeta en la que están. Guarda la carpeta dentro de tu carpeta de usuario; en un servidor Linux, haz que los archivos de la clave solo los pueda leer el bot (chmod 600 ARCHIVO).',
  /** The README as the app's file list names it (in the README itself it is "this file"). */
  readmeInApp: 'cómo configurarlo en el servidor, en tu idioma',
  filesHeading: 'Qué hay en esta carpeta',
  files: {
    certificate: 'el certificado (público: el que subiste a Betfair)',
    privateKey: 'la clave privada: mantenla en secreto',
    keystore: 'certificado y clave en un solo archivo, protegidos con la contraseña que elegiste: mantenlo en secreto',
    envExample:
      'tus ajustes para kit_settings.py, con tu clave de aplicación ya escrita: cópialo como .env y añade tu contraseña',
    settings: 'los ajustes que comparten tu bot y la prueba: lee .env y encuentra certs/ a su lado',
    check: 'una prueba corta: inicia sesión, mantiene viva la sesión una vez, lee tus fondos, cierra la sesión',
    project: 'el archivo de proyecto, para que "dotnet run" pueda compilar Program.cs',
    readme: 'este archivo',
    oneFileCli: 'la línea de comandos bot-login en un solo archivo: prueba el login desde el servidor',
  },
  stepsHeading: 'En el servidor, en tres pasos',
  stepCopy: (folder: string) =>
    `1. Copia toda esta carpeta al servidor, por ejemplo: scp -r ${folder} tu@tu-servidor:~/  y en el servidor: chmod 700 ~/${folder}`,
  stepSecretsPython: (envVar: string, passwordVar: string) =>
    `2. Copia .env.example como .env y escribe tu contraseña de Betfair entre las comillas después de ${passwordVar}= (${envVar} ya tiene tu clave de aplicación). Luego: chmod 600 .env. No hace falta exportar nada en la shell.`,
  stepSecretsKeystore: (passwordVar: string, keystoreVar: string) =>
    `2. Pasa tus secretos a la prueba como variables de entorno, nunca en el código: ${passwordVar} (tu contraseña de Betfair) y ${keystoreVar} (la contraseña que elegiste para el archivo de la clave).`,
  stepSecretsNode: (passwordVar: string) =>
    `2. Pasa a la prueba tu contraseña de Betfair en la variable de entorno ${passwordVar}, nunca en el código.`,
  stepRun: (command: string) => `3. Desde esta carpeta, ejecuta la prueba: ${command}`,
  checkSays:
    'La prueba dice qué pasó en cada paso y termina con OK o con el código que respondió Betfair (mira abajo). Nunca muestra tu contraseña ni el token de sesión.',
  checkPathPython:
    'Su primera línea dice cómo inició sesión: con betfairlightweight (si está instalado: el mismo código que tu bot) o con requests.',
  needs: (tools: string) => `Necesita ${tools}.`,
  inYourBotHeading: 'En tu bot',
  inYourBotPython: (lines: string) =>
    `Pon el archivo .py de tu bot en esta carpeta (o copia kit_settings.py, .env y certs/ a su lado). Estas líneas leen el mismo .env que la prueba y encuentran certs/ junto a kit_settings.py, esté donde esté la carpeta; no hay nada que exportar:\n${lines}`,
  inYourBotKeystore: (file: string) => `Abre ${file} como lo hace la prueba, con la contraseña leída del entorno.`,
  inYourBotNode: 'Pasa el certificado y la clave a la petición https como lo hace la prueba.',
  cliHeading: 'Prueba con la línea de comandos en un solo archivo',
  cliIncluded:
    'bot-login.cjs solo necesita Node.js 20 o más reciente: no hay nada que instalar. Te pide tu contraseña de Betfair (o la lee de ' +
    PASSWORD_ENV +
    ') y te dice con palabras sencillas qué respondió Betfair. Desde esta carpeta:',
  cliMissing:
    'bot-login.cjs no estaba junto a la app cuando se creó este kit. Descarga bot-login.cjs de la página de versiones (releases) de Bot Login Wizard (la de la versión de tu app) en esta carpeta. Solo necesita Node.js 20 o más reciente. Luego, desde esta carpeta:',
  cliKeystore: `También te pide la contraseña del archivo de la clave (o la lee de ${P12_PASSWORD_ENV}).`,
  troubleHeading: 'Si algo sale mal',
  trouble: {
    certsNotFound:
      'CertsError ("Certificates not found in directory" o "No such file or directory"): certs/ no está junto a kit_settings.py, o le falta client-2048.crt o client-2048.key. Deja la carpeta tal como la hizo el kit.',
    pemLib:
      '"PEM lib" o "key values mismatch" (un error SSL) al iniciar sesión: el .crt y el .key de certs/ no van juntos, o uno de ellos está dañado. Vuelve a copiar los dos desde el kit y no los edites.',
    strayFiles:
      'Un .pem, un .csr o un segundo .crt o .key de más en la carpeta certs: la biblioteca coge el archivo que encuentra, quizá el equivocado. Deja allí solo client-2048.crt y client-2048.key.',
    certAuthRequired:
      'CERT_AUTH_REQUIRED: Betfair no conoce este certificado. Sube client-2048.crt (no el .pem, no el .key) en la página de seguridad de tu cuenta, en la sección de acceso para programas de apuestas automáticas, y vuelve a intentarlo.',
    restrictedLocation:
      'BETTING_RESTRICTED_LOCATION (u otro ..._RESTRICTED_LOCATION): Betfair rechazó el login por el lugar desde el que la máquina se conecta a internet. Una prueba en casa no lo puede mostrar: un servidor en la nube o una VPN en otro país pueden ser rechazados. Solo una prueba desde el propio servidor lo dice; si lo rechaza, el bot tiene que ejecutarse desde un lugar que Betfair permita para tu cuenta.',
    wrongLogin:
      'INVALID_USERNAME_OR_PASSWORD: el nombre de usuario o la contraseña de Betfair no son correctos. Revisa la contraseña que pusiste en el servidor.',
    keystorePasswordJava: (file: string, keystoreVar: string) =>
      `"Integrity check failed", "Failed PKCS12 integrity checking" o "keystore password was incorrect" al abrir ${file}: ${keystoreVar} no es la contraseña que elegiste al crear el kit. Pon la correcta; si la perdiste, crea un kit nuevo.`,
    javaEncoding:
      'INVALID_USERNAME_OR_PASSWORD aunque la contraseña es correcta, y tiene letras fuera del inglés básico (como £ o é): Java la leyó con la codificación equivocada. Arranca Java con LANG=C.UTF-8 (por ejemplo: LANG=C.UTF-8 java CheckLogin.java), y tu bot de la misma forma.',
    keystorePasswordDotnet: (file: string, keystoreVar: string) =>
      `"The specified network password is not correct" (Windows) o "the password may be incorrect" (Linux, macOS) al abrir ${file}: ${keystoreVar} no es la contraseña que elegiste al crear el kit. Pon la correcta; si la perdiste, crea un kit nuevo.`,
    nodeKey:
      '"bad decrypt" o "mac verify failure": Node recibió una clave protegida con contraseña, o un .p12/.pfx con la frase de paso equivocada. La clave de certs/ no lleva contraseña: pasa el .crt y el .key como lo hace la prueba.',
    appKey:
      'INVALID_APP_KEY o NO_APP_KEY al leer los fondos: la clave de aplicación es incorrecta o no es de esta cuenta. Usa una clave de esta cuenta (para una prueba vale la clave con retraso).',
    noRequests: 'No module named requests: instálalo con python3 -m pip install requests',
    network:
      'Un timeout o "connection refused": el servidor no llega a Betfair (cortafuegos, proxy). Tiene que estar permitido el HTTPS de salida (puerto 443).',
  },
  expires: (date: string) => `El certificado vale hasta el ${date}; antes de esa fecha crea uno nuevo y un kit nuevo.`,
};

export const KIT_UI_TEXT: Messages['KIT_UI_TEXT'] = {
  heading: 'Preparar mi bot',
  intro:
    'Crea una carpeta con todo lo que tu bot necesita en su máquina: el certificado en la forma que quiere tu framework, una prueba corta del login y un README.',
  frameworkLegend: '¿Qué framework usa tu bot?',
  username: 'Nombre de usuario de Betfair',
  appKey: 'Clave de aplicación',
  kitPassword: (file: string) => `Contraseña para el archivo ${file}`,
  kitPasswordAgain: 'La misma contraseña otra vez',
  kitPasswordHint: 'La eliges ahora; tu bot la necesita para abrir el archivo. No se guarda en ningún sitio.',
  showPasswords: 'Mostrar las contraseñas',
  p12Password: 'Contraseña de tu archivo .p12',
  write: 'Crear el kit',
  writing: 'Creando el kit…',
  written: (dir: string) => `El kit está listo en ${dir}`,
  filesLabel: 'Archivos del kit',
  showFolder: 'Mostrar en la carpeta',
  noCli: 'No se encontró la línea de comandos en un solo archivo junto a la app; el README dice dónde descargarla.',
  readmeRest: 'El archivo README.txt de la carpeta explica el resto: las líneas para tu bot y qué hacer si algo falla.',
  privateKeyNote: 'La carpeta contiene tu clave privada: cópiala solo a tu propia máquina.',
  passwordsDiffer: 'Las dos contraseñas no son iguales. Escribe dos veces la misma contraseña.',
  passwordNeeded: (file: string) => `Elige una contraseña para el archivo ${file} y escríbela dos veces.`,
};

export const KIT_ERROR_TEXT: Messages['KIT_ERROR_TEXT'] = {
  notWritten: (dir: string) =>
    `No se pudo escribir el kit en ${dir}. Comprueba que la carpeta existe y que puedes escribir en ella, y vuelve a intentarlo.`,
  dirNotMade: (dir: string) =>
    `No se pudo crear la carpeta ${dir}. Revisa la ruta y que puedes escribir en la carpeta que la contiene, y vuelve a intentarlo.`,
  unreadable:
    'No se pudo leer el certificado o su clave para el kit. Revisa el certificado en el panel y vuelve a intentarlo.',
  badValue: (what: string) =>
    `El valor de ${what} no puede ir en el código del kit: tiene espacios, comillas u otros caracteres que Betfair no usa.`,
  username: 'nombre de usuario',
  appKey: 'clave de aplicación',
  badAppKey:
    "La clave de aplicación no puede ir en el kit: solo lleva letras, cifras, '-' y '_'. Cópiala otra vez desde tu cuenta de Betfair.",
  kitPasswordShort: (min: number) =>
    `Elige una contraseña más larga para el archivo de la clave: al menos ${min} caracteres, porque el archivo lleva tu clave privada a otra máquina.`,
  framework: 'Elige uno de los frameworks: betfairlightweight, flumine, dotnet, java o node.',
  kitPasswordNeeded:
    'Elige una contraseña para el archivo de la clave: .NET y Java abren la clave desde un archivo protegido con contraseña.',
  kitPasswordAscii:
    'Java solo abre el archivo de la clave con una contraseña de letras simples, cifras, espacios y signos de puntuación (sin letras con tilde ni otros alfabetos). Elige otra contraseña.',
};
