/** `bot-login renew`: los pasos de la renovación para el terminal (shared/renewal.ts). */
import type { Messages } from '../messages.js';

export const CLI_RENEW_TEXT: Messages['CLI_RENEW_TEXT'] = {
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
  resumed: (dir: string) => `Hay una renovación en curso en ${dir}: el certificado nuevo aún no es el que está en uso.`,
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
};
