/**
 * Textos del armazón de la app que ve el usuario: el aviso de ajustes, los rechazos y mensajes de validación de
 * la tabla de manejadores, los títulos y comentarios de los fragmentos de código. Palabras sencillas; ni volcados
 * de pila ni jerga.
 */
import type { Messages } from '../messages.js';

export const appText: Messages['appText'] = {
  settings: {
    damagedNotice:
      'Tu archivo de ajustes estaba dañado, así que la app lo ha apartado y ha empezado con ajustes nuevos. ' +
      'Tus archivos de certificado están intactos: vuelve a elegir tu país e indica a la app dónde están.',
    cannotSaveNotice:
      'La app no puede guardar sus ajustes en su carpeta, así que olvidará lo que elijas al cerrarla. ' +
      'Comprueba que tu cuenta de usuario tiene permiso de escritura en su carpeta de datos de aplicaciones.',
  },
  input: {
    generic:
      'La app ha recibido una solicitud interna que no entiende. Vuelve a intentarlo; si sigue pasando, reinicia la app.',
    appKey: 'La clave de aplicación es demasiado larga: una clave de aplicación es un código corto de letras y cifras.',
    appName: 'Elige un nombre para tus claves de aplicación, de 1 a 64 caracteres.',
    username: 'Escribe tu nombre de usuario de Betfair.',
    password: 'Escribe tu contraseña de Betfair.',
    p12Password: 'La contraseña del archivo .p12 es demasiado larga.',
    folder: 'Elige la carpeta indicando su ruta completa.',
    paths: 'Elige al menos un archivo para comprobar (como máximo diez).',
    path: 'Elige el archivo indicando su ruta completa.',
    url: 'Ese enlace no es una dirección web que la app pueda abrir.',
    jurisdiction: 'Primero elige dónde vives.',
    days: 'Elige cuántos días debe durar el certificado (entre 1 y 3650).',
    country: 'El país debe ser un código de dos letras, como ES.',
    subjectField: 'Uno de los datos del certificado es demasiado largo (cada uno debe tener menos de 64 caracteres).',
  },
  errors: {
    unexpectedTitle: 'Algo ha salido mal',
    unexpected:
      'Ha ocurrido un error inesperado dentro de la app. No se ha enviado nada a Betfair. Vuelve a intentarlo; si sigue pasando, reinicia la app.',
    notAllowedFolder:
      'La app solo muestra archivos que ha creado ella o que has elegido tú en la app. Primero vuelve a elegir el archivo en la app.',
    notAllowedLink:
      'Por tu seguridad, la app solo abre las páginas web seguras de Betfair, y este enlace no es una de ellas.',
    notAllowedSender: 'Esta solicitud no venía de la propia ventana de la app, así que se ha rechazado.',
    fileMissing: 'Ese archivo ya no está donde lo dejó la app. Puede que se haya movido o borrado.',
    needsJurisdiction: 'Primero elige dónde vives, para que la app sepa qué sitio de Betfair usar.',
    needsCertificate: 'Primero crea un certificado o elige el que ya tienes.',
    needsSetupTitle: 'Falta un paso',
    botLoginNotAvailable:
      'Betfair no ofrece el acceso de bots a los clientes de Dinamarca, así que no hay código que mostrar. Inicia sesión como siempre en la web.',
    bridgeFailed: 'La ventana ha perdido la conexión con la app. Reinicia la app.',
  },
  snippets: {
    betfairlightweightTitle: 'Python (betfairlightweight)',
    curlTitle: 'Línea de comandos (curl)',
    nodeTitle: 'Node.js (https)',
    keyWarning:
      'La clave privada es solo para ti: nunca la compartas, ni la envíes por correo, ni la subas a ningún repositorio de código.',
    passwordFromEnv:
      'Tu contraseña se lee de la variable de entorno BETFAIR_PASSWORD, así que nunca queda escrita en este archivo.',
    passwordOnStdin:
      'curl la lee de su entrada estándar, así que nunca aparece en la lista de programas en ejecución que pueden ver otros usuarios.',
    p12PasswordFromEnv: 'La contraseña del archivo .p12 se lee de la variable de entorno BETFAIR_P12_PASSWORD.',
    betfairlightweightNeedsPair:
      'betfairlightweight busca un archivo .crt y otro .key en la carpeta de abajo. Tu certificado está en un solo archivo combinado, ' +
      'así que copia la parte del certificado en un archivo .crt y la parte de la clave en un archivo .key, en una carpeta que solo puedas leer tú.',
  },
  reminder: {
    summary: 'Renueva tu certificado de bot de Betfair',
    description: (expires: string, commonName: string | null, dir: string) =>
      `Tu certificado de bot de Betfair${commonName ? ` "${commonName}"` : ''} caduca el ${expires}. ` +
      `Abre Bot Login Wizard, crea un certificado nuevo y súbelo a Betfair antes de esa fecha, o tu bot dejará de poder iniciar sesión.\n` +
      `Los archivos del certificado están en ${dir}.`,
    lateDescription: (expires: string, commonName: string | null, dir: string) =>
      `Tu certificado de bot de Betfair${commonName ? ` "${commonName}"` : ''} caduca el ${expires}, dentro de menos de dos semanas, así que este recordatorio es para el día siguiente, no dos semanas antes. ` +
      `Abre ya Bot Login Wizard y pulsa "Renovar certificado", o tu bot dejará de poder iniciar sesión.\n` +
      `Los archivos del certificado están en ${dir}.`,
    exists:
      'Junto a tu certificado ya hay un archivo con el nombre del recordatorio que no ha creado la app, así que se ha dejado como estaba. Muévelo o cámbiale el nombre y vuelve a intentarlo.',
    saved:
      'No se ha podido guardar el recordatorio junto a tu certificado. Comprueba que la carpeta sigue existiendo y que puedes escribir en ella.',
    notOpened: (path: string) =>
      `El recordatorio se ha guardado como ${path}, pero ningún programa de calendario lo ha abierto. Abre tú ese archivo con tu calendario.`,
  },
  crt: {
    unreadable:
      'No se ha podido leer el certificado de tu archivo. Si es un archivo .p12, revisa su contraseña y vuelve a intentarlo.',
    exists:
      'Junto a tu certificado ya hay otro archivo .crt con ese nombre, así que se ha dejado como estaba. Muévelo o cámbiale el nombre y vuelve a intentarlo.',
    notSaved:
      'No se ha podido guardar el archivo .crt junto a tu certificado. Comprueba que la carpeta sigue existiendo y que puedes escribir en ella.',
    changed:
      'El archivo ya no contiene el certificado que usa el asistente. Vuelve a elegir tu certificado en el paso 2.',
  },
  menu: {
    file: 'Archivo',
    edit: 'Edición',
    window: 'Ventana',
  },
  dialogs: {
    chooseFolderTitle: 'Elige una carpeta para tu certificado',
    chooseFolderButton: 'Usar esta carpeta',
    chooseFilesTitle: 'Elige los archivos de tu certificado y tu clave',
    chooseFilesButton: 'Comprobar archivos',
    certificateFilesFilter: 'Certificados y claves',
  },
};
