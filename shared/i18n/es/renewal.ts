/** Renovar el certificado sin que el bot se pare (shared/renewal.ts): la tarjeta del panel y sus respuestas. */
import type { Messages } from '../messages.js';

export const RENEWAL_TEXT: Messages['RENEWAL_TEXT'] = {
  heading: 'Renueva tu certificado',
  plan: [
    'La app crea un certificado nuevo en una carpeta propia, junto al que usa tu bot. Nada de lo que lee tu bot cambia: sigue funcionando.',
    'Subes el certificado nuevo a Betfair. Betfair guarda un solo certificado por cuenta, así que desde entonces solo el nuevo puede iniciar sesión. Un bot que ya ha iniciado sesión conserva su sesión; solo su próximo inicio de sesión necesita los archivos nuevos.',
    'Justo después de subirlo, cambia dos archivos en la máquina del bot: certs/client-2048.crt y certs/client-2048.key en la carpeta del bot. Los nuevos tienen los mismos nombres, así que ningún ajuste del bot cambia.',
    'Pruebas aquí el certificado nuevo. Solo si funciona ocupa el lugar del antiguo; el antiguo se guarda en una carpeta de archivo hasta que lo borres.',
  ],
  start: 'Crear el certificado nuevo',
  notNow: 'Ahora no',
  making: 'Creando el certificado nuevo…',
  inProgress: {
    'not-uploaded': 'Renovación en curso: el certificado nuevo aún no está subido.',
    'not-tested': 'Renovación en curso: el certificado nuevo está subido pero aún no se ha probado.',
  },
  nextUpload:
    'Siguiente: sube el certificado nuevo en la página de seguridad de Betfair y pulsa «Ya lo he subido». Hasta entonces tu bot sigue funcionando con el antiguo.',
  nextTest:
    'Siguiente: cambia los dos archivos en la máquina del bot (abajo) y prueba aquí tu inicio de sesión con el certificado nuevo.',
  newCertificate: (name: string, fingerprint: string) =>
    `Certificado nuevo: ${name} (la huella empieza por ${fingerprint})`,
  working: (name: string, date: string) => `Tu bot aún usa: ${name}, caduca el ${date}`,
  showNew: 'Mostrar el archivo del certificado nuevo',
  uploaded: 'Ya lo he subido',
  testNew: 'Probar el certificado nuevo',
  cancel: 'Cancelar la renovación',
  cancelTitle: '¿Cancelar la renovación?',
  cancelText:
    'Vuelves al certificado en uso, sin cambios. El certificado nuevo no se borra: pasa a la carpeta de archivo.',
  cancelTextUploaded: (path: string) =>
    `Vuelves al certificado en uso, sin cambios; el nuevo pasa a la carpeta de archivo. Ya subiste el certificado nuevo y Betfair guarda solo uno: vuelve a subir el que está en uso (${path}) o tu bot no podrá iniciar sesión.`,
  keepGoing: 'Seguir con la renovación',
  botFilesHeading: 'En la máquina del bot',
  botFiles: (dir: string) =>
    `En la carpeta de tu bot, cambia certs/client-2048.crt y certs/client-2048.key por los dos archivos de ${dir}. Mantén los nombres y la carpeta: los ajustes de tu bot no cambian.`,
  showBotFiles: 'Mostrar los archivos para el bot',
  keystoreKits:
    'Un kit de .NET o Java lee un .pfx o .p12: después de la prueba, crea un kit nuevo con «Preparar mi bot» y cambia ese archivo en la carpeta del bot.',
  doneHeading: 'Renovación hecha: el certificado nuevo funciona',
  done: 'El certificado nuevo es ahora el que está en uso, con los mismos nombres de archivo en la misma carpeta.',
  archive: (dir: string) =>
    `El certificado antiguo se guarda en ${dir} (solo tú puedes abrirlo). Bórralo cuando tu bot haya iniciado sesión con el certificado nuevo: hasta entonces es tu camino de vuelta.`,
  deleteArchive: 'Borrar los certificados antiguos',
  deleteTitle: '¿Borrar los certificados antiguos?',
  deleteText: (dir: string) =>
    `Esto borra ${dir} y todos los certificados y claves que contiene. Hazlo solo cuando tu bot haya iniciado sesión con el certificado nuevo.`,
  deleteConfirm: 'Borrar',
  closeDone: 'Cerrar esta nota',
  afterTest: (dir: string) =>
    `Tu bot necesita los archivos nuevos: en su carpeta, cambia certs/client-2048.crt y certs/client-2048.key por los dos de ${dir}, y después reinícialo o deja que vuelva a iniciar sesión.`,
  kitOutdated: (folder: string) =>
    `${folder} contiene un certificado antiguo: su bot no puede iniciar sesión con él. Cambia sus archivos de certificado o crea un kit nuevo.`,
  testedCertificate: (name: string, fingerprint: string) =>
    `El certificado probado: ${name}, la huella empieza por ${fingerprint}. Compáralo con el de la página de Betfair.`,
  errors: {
    noRenewal: 'No hay ninguna renovación en curso. Pulsa «Renovar certificado» para empezar una.',
    notUploaded: 'Sube primero el certificado nuevo a Betfair y pulsa «Ya lo he subido».',
    filesMissing:
      'Los archivos de la renovación ya no están donde la app los creó. Cancela la renovación y empiézala de nuevo; tu certificado en uso no se ha tocado.',
    notWritten:
      'La app no pudo escribir el certificado nuevo junto al que está en uso. Comprueba que se puede escribir en la carpeta y que hay espacio libre; tu certificado en uso no se ha tocado.',
    notMoved:
      'El certificado nuevo funciona, pero la app no pudo ponerlo en el lugar del que está en uso. No se ha perdido nada: los dos siguen donde estaban. Vuelve a probar.',
    archiveNotDeleted: 'No se pudo borrar la carpeta de archivo. Bórrala tú en el explorador de archivos.',
  },
};
